import { expect } from '@open-wc/testing';
import { declaredFormat, detectFormat } from '../../src/formats/index.js';

describe('detectFormat', () => {
  it('trusts the content type first', () => {
    expect(detectFormat('data.json', 'text/csv; charset=utf-8', '{}')).to.equal('csv');
    expect(detectFormat('data.csv', 'text/tab-separated-values', 'a,b')).to.equal('tsv');
    expect(detectFormat('data.csv', 'application/json', 'a,b')).to.equal('json');
  });

  it('then the extension of the URL path, ignoring query and hash', () => {
    expect(detectFormat('https://example.org/t.TSV?format=.json#x.csv', 'text/plain', 'a,b')).to.equal('tsv');
    expect(detectFormat('/data/events.json?v=2', null, 'a,b')).to.equal('json');
    expect(detectFormat('events.csv#top', 'application/octet-stream', '{')).to.equal('csv');
  });

  it('then sniffs the body: { or [ is JSON, a tab in the first line is TSV, else CSV', () => {
    expect(detectFormat('https://example.org/data', null, '\uFEFF  [{"start":"1999"}]')).to.equal('json');
    expect(detectFormat('data', null, 'start\ttitle\n1999\tx')).to.equal('tsv');
    expect(detectFormat('data', null, 'start,title\n1999,"a\tb"')).to.equal('csv');
  });
});

describe('declaredFormat', () => {
  it('names the format of the content type or extension, and nothing for others', () => {
    expect(declaredFormat('x', 'application/csv')).to.equal('csv');
    expect(declaredFormat('x', 'text/x-csv')).to.equal('csv');
    expect(declaredFormat('x', 'text/tsv')).to.equal('tsv');
    expect(declaredFormat('x.tab', 'text/plain')).to.equal('tsv');
    expect(declaredFormat('x.txt', 'text/plain')).to.equal(undefined);
    expect(declaredFormat('/api/data', null)).to.equal(undefined);
  });
});
