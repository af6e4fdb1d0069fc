import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { mountDraftPage, withPrecision, type DraftPage } from '../../demo/draft-page.js';
import { settle } from '../harness.js';
import { datasetValidator, schemaErrors } from './support.js';

/** The <main> of demo/draft.html, with its styles, mounted in the test page. */
async function mountPage(): Promise<DraftPage> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const doc = new DOMParser().parseFromString(await (await fetch('/demo/draft.html')).text(), 'text/html');
  for (const href of ['/demo/demo.css', '/demo/draft.css']) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    container.append(link);
    await new Promise((r) => link.addEventListener('load', r, { once: true }));
  }
  container.append(document.importNode(doc.querySelector('main')!, true));
  return mountDraftPage(container);
}

/** Clicks the middle of an element with the real mouse. */
async function click(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 30));
  expect(condition(), what).to.equal(true);
}

const items = (page: DraftPage) => [...page.list.querySelectorAll<HTMLLIElement>('li[data-id]')];
const marks = (page: DraftPage) => [...page.source.querySelectorAll<HTMLElement>('mark[data-id]')];
const drawnEvent = (page: DraftPage, id: string) => page.timeline.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`);

describe('demo/draft.html, driven with real keys and mouse', () => {
  let page: DraftPage;
  beforeEach(async () => {
    page = await mountPage();
  });

  it('drafts what is typed: list, highlights and timeline', async () => {
    await click(page.input);
    await sendKeys({ type: 'In 1998 the treaty was signed.' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'The leader visited Russia in April 2019. Today all is calm.' });
    await until(() => items(page).length === 2, 'two events listed');
    expect(marks(page).map((m) => m.textContent)).to.deep.equal(['1998', 'April 2019']);
    expect(page.source.querySelector('.draft-mark--skipped')?.textContent).to.equal('Today');
    expect(page.skipped.textContent).to.contain('¶ 2 “Today”');
    expect(page.status.textContent).to.equal('2 events drafted from 2 paragraphs; 1 expression not dated');
    await settle(page.timeline);
    expect(drawnEvent(page, 'p1-1998')).to.not.equal(null);
    expect(drawnEvent(page, 'p2-2019-04')).to.not.equal(null);
  });

  it('links both ways: a highlight selects its event; an event selected in the timeline highlights its words', async () => {
    page.setText('In 1998 the treaty was signed.\n\nThe leader visited Russia in April 2019.');
    await settle(page.timeline);
    const [first, second] = marks(page);
    await click(second);
    expect(page.timeline.selected).to.equal('p2-2019-04');
    expect(items(page)[1].classList.contains('is-selected')).to.equal(true);
    expect(second.classList.contains('is-selected')).to.equal(true);

    await settle(page.timeline);
    await click(drawnEvent(page, 'p1-1998')!);
    await until(() => first.classList.contains('is-selected'), 'the words of the event clicked in the timeline are highlighted');
    expect(first.getAttribute('aria-current')).to.equal('true');
    expect(second.classList.contains('is-selected')).to.equal(false);
    expect(items(page)[0].classList.contains('is-selected')).to.equal(true);

    // Keyboard: a highlight is a button.
    second.focus();
    await sendKeys({ press: 'Enter' });
    expect(page.timeline.selected).to.equal('p2-2019-04');
  });

  it('edits a title and a precision, and deletes an event', async () => {
    page.setText('In 1998 the treaty was signed.\n\nThe leader visited Russia in April 2019.');
    const [, visit] = items(page);
    const title = visit.querySelector<HTMLInputElement>('.draft-title input')!;
    await click(title);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Visit to Russia' });
    const shown = () => (page.timeline.events as { id: string; title: string; start: string }[]).find((e) => e.id === 'p2-2019-04');
    expect(shown()?.title).to.equal('Visit to Russia');
    expect(page.timeline.selected).to.equal('p2-2019-04');

    const precision = visit.querySelector<HTMLSelectElement>('.draft-precision select')!;
    expect(precision.value).to.equal('month');
    precision.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => visit.querySelector<HTMLInputElement>('.draft-start input')!.value === '2019', 'the start cut to the year');
    expect(shown()?.start).to.equal('2019');

    const start = visit.querySelector<HTMLInputElement>('.draft-start input')!;
    await click(start);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '-13' });
    expect(visit.querySelector('.draft-error')!.textContent).to.match(/^Start: /);
    expect(start.getAttribute('aria-invalid')).to.equal('true');
    expect(shown()).to.equal(undefined);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '04' });
    expect(shown()?.start).to.equal('2019-04');

    await click(items(page)[0].querySelector('.draft-delete')!);
    expect(items(page).map((li) => li.dataset.id)).to.deep.equal(['p2-2019-04']);
    expect(marks(page).map((m) => m.textContent)).to.deep.equal(['April 2019']);
    expect((page.timeline.events as unknown[]).length).to.equal(1);
  });

  it('downloads the edited draft as JSON valid against the schema, and as CSV', async () => {
    page.setText('Talks\n\nJuly 19, 2023\n\nOn the day in 2000 the declaration was signed.');
    const files: Record<string, string> = {};
    const grab = async (button: string) => {
      // The page clicks a link with a download name; take its file instead of saving it.
      const captured = new Promise<HTMLAnchorElement>((resolve) => {
        const listener = (e: Event) => {
          const a = e.target as HTMLAnchorElement;
          if (!(a instanceof HTMLAnchorElement) || !a.download) return;
          e.preventDefault();
          document.removeEventListener('click', listener, true);
          resolve(a);
        };
        document.addEventListener('click', listener, true);
      });
      await click(page.root.querySelector(`#${button}`)!);
      const a = await captured;
      files[a.download] = await (await fetch(a.href)).text();
    };
    await grab('draft-download-json');
    await grab('draft-download-csv');
    expect(Object.keys(files)).to.deep.equal(['talks.json', 'talks.csv']);
    const dataset = JSON.parse(files['talks.json']);
    expect(schemaErrors(await datasetValidator(), dataset)).to.deep.equal([]);
    expect(dataset.events.map((e: { start: string }) => e.start)).to.deep.equal(['2000-07-19']);
    expect(files['talks.csv'].split('\n')[1]).to.match(/^p1-2000-07-19,2000-07-19,,/);
  });

  it('shows markup in the text as text', async () => {
    page.setText('In 1998 <img src=x onerror="window.__drafted=1"> was <b>bold</b>.');
    expect(page.source.querySelector('img, b')).to.equal(null);
    expect(page.source.textContent).to.contain('<img src=x');
    expect(page.list.querySelector('img, b')).to.equal(null);
    expect((window as unknown as { __drafted?: number }).__drafted).to.equal(undefined);
  });

  it('changes precision by cutting the date, or by adding "-01" for the user to correct', () => {
    expect(withPrecision('2019-04-12', 'month')).to.equal('2019-04');
    expect(withPrecision('2019-04~', 'year')).to.equal('2019~');
    expect(withPrecision('-0043', 'month')).to.equal('-0043-01');
    expect(withPrecision('not a date', 'year')).to.equal('not a date');
  });
});
