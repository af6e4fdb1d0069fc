/**
 * The two real TimelineJS files in ../shared/datasets/ (served as /shared-datasets/<name> by
 * test/server/datasets-plugin.mjs), loaded through `src` as a user would. Where that folder is
 * absent (a clone of this project alone), these tests are skipped and say why.
 */
import { expect } from '@open-wc/testing';
import { mount, overlappingLabels, sampleEvents, type TimelineHarness } from '../harness';
import type { TimelineErrorDetail } from '../../src/event-timeline';

interface TimelineJSEvent {
  start_date?: Record<string, unknown>;
  display_date?: string;
  text?: { headline?: string; text?: string };
}

const REAL_FILES = ['timelinejs-women-in-computing.json', 'timelinejs-marktwain.json'];

/** Tags that occur in the files' HTML and that the element never renders itself. */
const FILE_TAGS = ['span', 'blockquote', 'cite', 'img', 'iframe', 'script', 'b', 'i', 'em', 'strong', 'br', 'sup'];

/** The elements the details panel itself is made of. */
const DETAILS_TAGS = new Set(['section', 'h3', 'p', 'dl', 'dt', 'dd', 'a', 'button']);

const filled = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== '';

async function waitFor(condition: () => boolean, what: string, timeout = 6000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const name of REAL_FILES) {
  describe(`the real TimelineJS file ${name} (from ../shared/datasets; skipped when that folder is absent)`, function () {
    let file: { events: TimelineJSEvent[] };
    let t: TimelineHarness;
    let error: TimelineErrorDetail | undefined;
    /** Every tag the element renders for our own data: heading, details (with a link) and problems shown. */
    let ownTags: Set<string>;

    before(async function () {
      const response = await fetch(`/shared-datasets/${name}`);
      if (!response.ok) {
        console.warn(`Skipped: /shared-datasets/${name} answered ${response.status}: ../shared/datasets/${name} is not next to this project.`);
        this.skip();
      }
      file = await response.json();
      const reference = await mount({ width: 1000, label: 'Reference', events: [...sampleEvents, { id: 'bad' }], selected: 'decl' });
      ownTags = new Set([...reference.root.querySelectorAll('*')].map((e) => e.localName));
      expect(ownTags.has('a')).to.equal(true);
    });

    beforeEach(async () => {
      t = await mount({ width: 1000, locale: 'en-GB' });
      error = undefined;
      t.el.addEventListener('timeline-error', (e) => (error = e.detail));
      t.el.src = `/shared-datasets/${name}`;
      await t.el.updateComplete;
      await waitFor(() => t.el.validEvents.length > 0 || t.status()?.textContent?.includes('Loading') === false, 'the file');
      await t.settle();
    });

    it('shows every event of the file that has a start date, and reports the rest', () => {
      const dated = file.events.filter((e) => filled(e.start_date?.year));
      console.log(
        `${name}: ${file.events.length} events in the file, ${t.el.validEvents.length} shown; problems:` +
          (t.el.problems.length ? t.el.problems.map((p) => `\n  - ${p.message}`).join('') : ' none'),
      );
      expect(t.el.validEvents).to.have.length(dated.length);
      // Drawn one by one at this width (none merged into a "+N" cluster).
      expect(t.events()).to.have.length(dated.length);
      expect(t.clusters()).to.have.length(0);
      expect(error?.problems ?? []).to.deep.equal([...t.el.problems]);
    });

    it('reads each date at the precision the file gives, in the accessible name and in the details', async () => {
      const byIndex = new Map(t.el.validEvents.map((e) => [e.index, e]));
      let checked = 0;
      const dated = file.events.filter((e) => filled(e.start_date?.year));
      for (const [i, source] of dated.entries()) {
        const event = byIndex.get(i)!;
        const parts = source.start_date!;
        const label = t.event(event.id).getAttribute('aria-label')!;
        const dateText = label.slice(event.title.length + 2);
        if (filled(source.display_date) || filled(parts.display_date)) continue;
        const year = String(Number(parts.year));
        if (!filled(parts.month)) {
          expect(dateText, label).to.match(new RegExp(`^${year}\\b`));
        } else if (!filled(parts.day)) {
          expect(dateText, label).to.match(new RegExp(`^[A-Z][a-z]+ ${year}\\b`));
        } else {
          expect(dateText, label).to.match(new RegExp(`^${Number(parts.day)} [A-Z][a-z]+ ${year}\\b`));
        }
        checked++;
      }
      expect(checked).to.be.greaterThan(0);
      const yearOnly = t.el.validEvents.find((e) => e.start.precision === 'year' && !e.end && !e.displayDate);
      if (yearOnly) {
        t.el.selected = yearOnly.id;
        await t.settle();
        expect(t.details()!.querySelector('.details-date')!.textContent).to.equal(String(yearOnly.start.year));
        expect(t.event(yearOnly.id).getAttribute('aria-label')).to.not.contain('January');
      }
    });

    it('draws no label over another', () => {
      expect(t.labels()).to.have.length(t.el.validEvents.length);
      expect(overlappingLabels(t.labels())).to.deep.equal([]);
    });

    it('lets no HTML from the file into the DOM as markup', async () => {
      const tags = () => new Set([...t.root.querySelectorAll('*')].map((e) => e.localName));
      for (const event of t.el.validEvents) {
        t.el.selected = event.id;
        await t.settle();
        const details = t.details()!;
        for (const el of details.querySelectorAll('*')) expect(DETAILS_TAGS.has(el.localName), `<${el.localName}> in ${event.id}`).to.equal(true);
        for (const a of details.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
        expect(details.textContent).to.not.match(/<\/?[a-z][^>]*>/i);
        for (const tag of tags()) expect(ownTags.has(tag), `<${tag}> with ${event.id} selected`).to.equal(true);
        for (const tag of FILE_TAGS) expect(tags().has(tag), `<${tag}> with ${event.id} selected`).to.equal(false);
      }
      // With the details closed, no <a> and no <p> anywhere: the links are the details' own.
      t.el.selected = null;
      await t.settle();
      expect(tags().has('a')).to.equal(false);
      expect([...t.root.querySelectorAll('p')].filter((p) => !p.closest('[part~="status"]'))).to.deep.equal([]);
      for (const label of t.labels()) expect(label.children).to.have.length(0);
    });
  });
}
