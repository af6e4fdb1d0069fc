/**
 * Text that hides itself, in the element: a title made only of invisible characters is reported
 * like a blank title (and not drawn as an empty label); so is an id that looks blank.
 */
import { expect } from '@open-wc/testing';
import { mount } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';

const problemItems = (root: ShadowRoot) => [...root.querySelectorAll('[part~="problems"] li')].map((li) => li.textContent ?? '');

describe('robustness: titles and ids that hide themselves', () => {
  it('a title of zero-width characters is reported like a blank title, spelled out, and never drawn as an empty label', async () => {
    const t = await mount({ width: 800 });
    const fired = t.next<TimelineErrorDetail>('timeline-error');
    t.el.events = [
      { id: 'good', start: '2001', title: 'Shown' },
      { id: 'zw', start: '2002', title: '\u200B\u200B\u2060' },
      { id: 'blank', start: '2003', title: '  ' },
      { id: '\u200B', start: '2004', title: 'Invisible id' },
      { id: 'filler', start: '2005', title: '\u3164' },
    ];
    const { detail } = await fired;
    await t.settle();
    expect(t.events().map((g) => g.dataset.id)).to.deep.equal(['good']);
    expect(t.labels().map((l) => l.textContent)).to.deep.equal(['Shown']);
    const items = problemItems(t.root);
    expect(items).to.deep.equal([
      'event 1 ("zw"): title must be text, got "\\u200B\\u200B\\u2060" (only invisible characters)',
      'event 2 ("blank"): title must be text, got "  "',
      'event 3: id must be a non-empty string, got "\\u200B" (only invisible characters)',
      'event 4 ("filler"): title must be text, got "\\u3164" (only invisible characters)',
    ]);
    expect(detail.problems.map((p) => p.message)).to.deep.equal(items);
    expect(detail.problems.map((p) => p.field)).to.deep.equal(['title', 'title', 'id', 'title']);
  });
});
