/**
 * The drafting demo (draft.html): paste or drop a text, get a draft timeline beside the text.
 * Every date expression is highlighted in the text and linked both ways with its event (in the
 * timeline and in the list); events can be edited or deleted and the result downloaded as JSON
 * or CSV. Text from the user only ever becomes text nodes (no innerHTML).
 */
import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { parsePartialDate, type Precision } from '../src/time/partial-date';
import { draftEvents, toCSV, toDataset, type Draft, type DraftEvent } from '../src/draft/index';

/** A short chronology in our own words, to try the page without a text at hand. */
export const EXAMPLE_TEXT = `The Berlin Wall

1961
August 13: East German troops close the border between East and West Berlin; work on the wall begins.

1963
June 26: President Kennedy speaks in West Berlin.

Between 1961 and 1989 the wall divided the city. On 9 November 1989 the border crossings opened, and the wall fell.

Germany was reunified on 3 October 1990. Two years later, a memorial was planned. Today the remaining pieces are a monument.
`;

type Precise = Extract<Precision, 'year' | 'month' | 'day'>;
const PRECISIONS: readonly Precise[] = ['year', 'month', 'day'];

/** A partial date at another precision: cut, or extended by "-01" for the user to correct. */
export function withPrecision(date: string, precision: Precise): string {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/.exec(date.trim());
  if (!m) return date;
  const [, year, month = '01', day = '01', qualifier] = m;
  const parts = precision === 'year' ? [year] : precision === 'month' ? [year, month] : [year, month, day];
  return parts.join('-') + qualifier;
}

/** What is wrong with an event as edited, or '' when it can be drawn. */
export function eventProblem(e: DraftEvent): string {
  if (!e.title.trim()) return 'A title is needed.';
  const start = parsePartialDate(e.start);
  if (!start.ok) return `Start: ${start.error}.`;
  if (e.end === undefined) return '';
  const end = parsePartialDate(e.end);
  if (!end.ok) return `End: ${end.error}.`;
  if (end.date.end <= start.date.start) return 'The end is before the start.';
  return '';
}

/** Makes an element with text content and attributes (never markup). */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * Scrolls a box (not the window) so that an element inside it is visible: selecting an event
 * must not move the page under the pointer.
 */
function reveal(el: HTMLElement, box: HTMLElement): void {
  const outer = box.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  if (inner.top < outer.top) box.scrollTop -= outer.top - inner.top + 8;
  else if (inner.bottom > outer.bottom) box.scrollTop += inner.bottom - outer.bottom + 8;
}

/** The page, mounted on the elements of draft.html found inside `root`. */
export class DraftPage {
  draft: Draft = draftEvents('');
  events: DraftEvent[] = [];
  selected: string | null = null;
  private timer = 0;
  readonly input: HTMLTextAreaElement;
  readonly timeline: EventTimeline;
  readonly list: HTMLOListElement;
  readonly source: HTMLElement;
  readonly skipped: HTMLUListElement;
  readonly status: HTMLElement;

  constructor(readonly root: ParentNode) {
    const find = <T extends Element>(id: string) => {
      const el = root.querySelector<T>(`#${id}`);
      if (!el) throw new Error(`draft page: #${id} is missing`);
      return el;
    };
    this.input = find('draft-input');
    this.timeline = find('draft-timeline');
    this.list = find('draft-list');
    this.source = find('draft-source');
    this.skipped = find('draft-skipped');
    this.status = find('draft-status');
    this.input.addEventListener('input', () => this.schedule());
    const drop = find<HTMLElement>('draft-drop');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('is-dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('is-dragging'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('is-dragging');
      const file = e.dataTransfer?.files[0];
      if (file) void this.readFile(file);
      else if (e.dataTransfer?.getData('text/plain')) this.setText(e.dataTransfer.getData('text/plain'));
    });
    find<HTMLInputElement>('draft-file').addEventListener('change', (e) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) void this.readFile(file);
    });
    find<HTMLButtonElement>('draft-example').addEventListener('click', () => this.setText(EXAMPLE_TEXT));
    find<HTMLButtonElement>('draft-download-json').addEventListener('click', () => this.download('json'));
    find<HTMLButtonElement>('draft-download-csv').addEventListener('click', () => this.download('csv'));
    this.timeline.addEventListener('timeline-select', (e) => this.select(e.detail.id, 'timeline'));
    this.source.addEventListener('click', (e) => this.fromMark(e));
    this.source.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') this.fromMark(e);
    });
    this.run();
  }

  /** Replaces the text and drafts it at once. */
  setText(text: string): void {
    this.input.value = text;
    this.run();
  }

  private async readFile(file: File): Promise<void> {
    this.setText(await file.text());
  }

  /** Drafts after a pause in typing. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.run(), 250);
  }

  /** Drafts the text now and redraws everything. */
  run(): void {
    clearTimeout(this.timer);
    this.draft = draftEvents(this.input.value);
    this.events = this.draft.events.map((e) => structuredClone(e));
    this.selected = null;
    this.renderList();
    this.renderSource();
    this.renderSkipped();
    this.update();
  }

  /** The timeline, the status line and the download buttons after a change of events. */
  private update(): void {
    this.timeline.events = this.events.filter((e) => eventProblem(e) === '').map(({ id, start, end, title, source }) => ({ id, start, ...(end ? { end } : {}), title, source }));
    const n = this.events.length;
    const skipped = this.draft.skipped.length;
    this.status.textContent = this.input.value.trim()
      ? `${n} event${n === 1 ? '' : 's'} drafted from ${this.draft.paragraphs.length} paragraph${this.draft.paragraphs.length === 1 ? '' : 's'}` +
        (skipped ? `; ${skipped} expression${skipped === 1 ? '' : 's'} not dated` : '') +
        (this.draft.dateline ? `; dateline ${this.draft.dateline.date}` : '')
      : 'Paste or drop a text to draft its timeline.';
  }

  /** Selects an event everywhere but where the selection came from. */
  select(id: string | null, from: 'timeline' | 'list' | 'text' | 'code' = 'code'): void {
    this.selected = id;
    if (from !== 'timeline') this.timeline.selected = id;
    for (const mark of this.source.querySelectorAll<HTMLElement>('mark[data-id]')) {
      const on = mark.dataset.id === id;
      mark.classList.toggle('is-selected', on);
      if (on) mark.setAttribute('aria-current', 'true');
      else mark.removeAttribute('aria-current');
      if (on) reveal(mark, this.source);
    }
    for (const item of this.list.querySelectorAll<HTMLElement>('li[data-id]')) {
      const on = item.dataset.id === id;
      item.classList.toggle('is-selected', on);
      if (on && from !== 'list') reveal(item, this.list);
    }
  }

  private fromMark(e: Event): void {
    const mark = (e.target as Element).closest?.('mark[data-id]') as HTMLElement | null;
    if (!mark?.dataset.id) return;
    e.preventDefault();
    this.select(mark.dataset.id, 'text');
  }

  private renderList(): void {
    this.list.replaceChildren(...this.events.map((e) => this.item(e)));
  }

  /** One editable event of the list. */
  private item(e: DraftEvent): HTMLLIElement {
    const li = make('li', { 'data-id': e.id, class: 'draft-item' });
    const head = make('div', { class: 'draft-item-head' });
    const show = make('button', { type: 'button', class: 'draft-show' }, `¶ ${e.source.paragraph}`);
    show.title = 'Show its words in the text';
    head.append(show, make('span', { class: 'draft-confidence' }, `confidence ${e.confidence}`));
    const field = (label: string, cls: string, value: string, placeholder = '') => {
      const wrap = make('label', { class: `draft-field ${cls}` });
      const input = make('input', { type: 'text', spellcheck: 'false', autocomplete: 'off' });
      input.value = value;
      if (placeholder) input.placeholder = placeholder;
      wrap.append(make('span', {}, label), input);
      return { wrap, input };
    };
    const title = field('Title', 'draft-title', e.title);
    const start = field('Start', 'draft-start', e.start);
    const end = field('End', 'draft-end', e.end ?? '', 'none');
    const precision = make('label', { class: 'draft-field draft-precision' });
    const select = make('select');
    const current = parsePartialDate(e.start);
    for (const p of PRECISIONS) {
      const option = make('option', { value: p }, p);
      option.selected = current.ok && current.date.precision === p;
      select.append(option);
    }
    precision.append(make('span', {}, 'Precision'), select);
    const note = make('p', { class: 'draft-note' }, e.source.note);
    const error = make('p', { class: 'draft-error', role: 'alert' });
    const remove = make('button', { type: 'button', class: 'draft-delete' }, 'Delete');
    remove.setAttribute('aria-label', `Delete “${e.title}”`);
    li.append(head, title.wrap, start.wrap, end.wrap, precision, note, error, remove);

    const changed = () => {
      e.title = title.input.value;
      e.start = start.input.value.trim();
      const endText = end.input.value.trim();
      if (endText) e.end = endText;
      else delete e.end;
      const problem = eventProblem(e);
      error.textContent = problem;
      for (const input of [title.input, start.input, end.input]) input.removeAttribute('aria-invalid');
      if (problem) (problem.startsWith('Start') ? start.input : problem.startsWith('End') || problem.includes('end') ? end.input : title.input).setAttribute('aria-invalid', 'true');
      const parsed = parsePartialDate(e.start);
      if (parsed.ok) select.value = parsed.date.precision === 'year' || parsed.date.precision === 'month' ? parsed.date.precision : 'day';
      this.update();
    };
    for (const input of [title.input, start.input, end.input]) input.addEventListener('input', changed);
    select.addEventListener('change', () => {
      const p = select.value as Precise;
      const before = start.input.value;
      start.input.value = withPrecision(before, p);
      if (e.end) end.input.value = withPrecision(end.input.value, p);
      changed();
      if (start.input.value.length > before.length) {
        // A finer precision adds "-01": select it, for the user to type what the source says.
        start.input.focus();
        start.input.setSelectionRange(before.replace(/[~?%]$/, '').length, start.input.value.replace(/[~?%]$/, '').length);
      }
    });
    remove.addEventListener('click', () => this.remove(e.id));
    show.addEventListener('click', () => this.select(e.id, 'list'));
    li.addEventListener('focusin', () => {
      if (this.selected !== e.id) this.select(e.id, 'list');
    });
    return li;
  }

  /** Deletes an event: from the list, the timeline and the text's highlights. */
  remove(id: string): void {
    const index = this.events.findIndex((e) => e.id === id);
    if (index < 0) return;
    this.events.splice(index, 1);
    const item = this.list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
    const next = item?.nextElementSibling ?? item?.previousElementSibling;
    item?.remove();
    if (this.selected === id) this.select(null);
    this.renderSource();
    this.update();
    (next?.querySelector('button.draft-delete') as HTMLElement | null)?.focus();
  }

  /** The text, paragraph by paragraph, each date expression a highlight. */
  private renderSource(): void {
    const nodes: Node[] = [];
    const frame = (label: string, text: string) => {
      const p = make('p', { class: 'draft-frame' });
      p.append(make('span', { class: 'draft-num' }, label), document.createTextNode(text));
      nodes.push(p);
    };
    if (this.draft.headline) frame('headline', this.draft.headline.text);
    if (this.draft.dateline) frame('dateline', this.draft.dateline.text);
    for (const paragraph of this.draft.paragraphs) {
      const p = make('p', { 'data-paragraph': String(paragraph.number) });
      p.append(make('span', { class: 'draft-num', 'aria-label': `paragraph ${paragraph.number}` }, String(paragraph.number)));
      const spans = [
        ...this.events.filter((e) => e.source.paragraph === paragraph.number).map((e) => ({ offset: e.source.offset, length: e.source.length, event: e, reason: '' })),
        ...this.draft.skipped.filter((s) => s.paragraph === paragraph.number).map((s) => ({ offset: s.offset, length: s.length, event: undefined, reason: s.reason })),
      ].sort((a, b) => a.offset - b.offset);
      let at = 0;
      for (const span of spans) {
        if (span.offset < at) continue;
        p.append(document.createTextNode(paragraph.text.slice(at, span.offset)));
        const words = paragraph.text.slice(span.offset, span.offset + span.length);
        const mark = span.event
          ? make('mark', { 'data-id': span.event.id, tabindex: '0', role: 'button', class: 'draft-mark' }, words)
          : make('mark', { class: 'draft-mark draft-mark--skipped' }, words);
        mark.title = span.event ? `${span.event.start}${span.event.end ? ` to ${span.event.end}` : ''}: ${span.event.title}` : `Not dated: ${span.reason}`;
        p.append(mark);
        at = span.offset + span.length;
      }
      p.append(document.createTextNode(paragraph.text.slice(at)));
      nodes.push(p);
    }
    this.source.replaceChildren(...nodes);
    if (this.selected) this.select(this.selected, 'code');
  }

  private renderSkipped(): void {
    this.skipped.replaceChildren(
      ...this.draft.skipped.map((s) => make('li', {}, `¶ ${s.paragraph} “${s.text.replace(/\s+/g, ' ')}”: ${s.reason}`)),
    );
  }

  /** The draft as edited: its events and their current values. */
  edited(): Draft {
    return { ...this.draft, events: this.events.filter((e) => eventProblem(e) === '').map((e) => structuredClone(e)) };
  }

  /** Offers the edited draft as a file. */
  download(format: 'json' | 'csv'): void {
    const draft = this.edited();
    const body = format === 'json' ? `${JSON.stringify(toDataset(draft), null, 2)}\n` : toCSV(draft);
    const blob = new Blob([body], { type: format === 'json' ? 'application/json' : 'text/csv' });
    const url = URL.createObjectURL(blob);
    const a = make('a', { href: url, download: `${draft.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft'}.${format}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Mounts the page on the elements of draft.html inside `root`. */
export function mountDraftPage(root: ParentNode = document): DraftPage {
  return new DraftPage(root);
}
