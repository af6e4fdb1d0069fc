import { expect } from '@open-wc/testing';
import { titleFromText } from '../../src/formats/title-from-text.js';

describe('titleFromText', () => {
  it('titleFromText keeps a short first line as it is', () => {
    expect(titleFromText('Born in Florida, Missouri.\nMore text')).to.equal('Born in Florida, Missouri.');
  });

  it('titleFromText cuts a long line at a word boundary with "…"', () => {
    expect(titleFromText('one two three four five', 12)).to.equal('one two…');
  });

  it('titleFromText drops punctuation before the "…"', () => {
    expect(titleFromText('Samuel Clemens, better known as Mark Twain', 16)).to.equal('Samuel Clemens…');
  });

  it('titleFromText cuts inside a word only when no space is in its second half', () => {
    expect(titleFromText('Supercalifragilistic', 10)).to.equal('Supercali…');
  });

  it('titleFromText never splits a surrogate pair', () => {
    expect([...titleFromText('🚀'.repeat(20), 5)]).to.deep.equal(['🚀', '🚀', '🚀', '🚀', '…']);
  });

  it('titleFromText of empty text is empty', () => {
    expect(titleFromText('  \n ')).to.equal('');
  });
});
