/**
 * Category bands (`group-by="category"`): grouping, the horizontal adapter with one band of lanes
 * per category, and the legend (the colours are in the element's styles). Loaded on demand, only by timelines that
 * group: the first paint of one that does not never carries it.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type ChildPart, type DirectiveResult } from 'lit/async-directive.js';
import { layoutGroupedLevel, type GroupedLevelLayout, type LevelLayout } from '../layout/zoom-levels.js';
import { foldGroups, legendEntries, type CategoryGroup } from '../layout/categories.js';
import { HorizontalPlot, HORIZONTAL } from './horizontal.js';
import { categoryClass, isolate, type ViewContext } from './context.js';
import { count, viewWords } from '../messages/views.js';
import { adoptStyles } from '../styles/adopt.js';
import { legendPanel } from '../styles/legend-panel.js';

/** The bands' and the legend's style sheet, adopted when they are first drawn. */
export { groups as groupStyles } from '../styles/groups.js';
import type { FrameGroup, PlotInput } from './frame.js';

export { groupByCategory } from '../layout/categories.js';

/** The horizontal adapter in category bands: each band its own lanes, titled, stacked in order. */
export class GroupedHorizontalPlot extends HorizontalPlot {
  /** The category bands drawn, the smallest folded into one "Other". */
  private readonly bands: CategoryGroup[];

  constructor(input: PlotInput & { bands: readonly CategoryGroup[] }, levels: { layoutFor(k: number): LevelLayout }) {
    super(input, levels);
    this.bands = foldGroups(input.bands, HORIZONTAL.maxBands);
  }

  override readonly layoutLevel = (level: number): LevelLayout => {
    const { base, measure } = this.input;
    return layoutGroupedLevel(this.bands, base, level, measure, this.levelOptions(HORIZONTAL.groupLanes));
  };

  /** The title row of each category band. */
  protected override groups(level: LevelLayout): FrameGroup[] {
    const { laneHeight, width, words } = this.input;
    return ((level as GroupedLevelLayout).groups ?? []).map((g, i) => {
      const top = this.laneY(g.headerRow) - laneHeight / 2;
      return {
        group: this.bands[i],
        band: { x: 0, y: top, width, height: laneHeight * 0.75 },
        // The category is isolated: a bidi control in it cannot move the count.
        label: { x: 6, y: top + laneHeight * 0.375, lines: [`${isolate(g.category, true) || words.uncategorized} (${g.count})`], anchor: 'start', lineHeight: 0 },
      };
    });
  }
}

/** The legend's row holds at most this many entries; past that, the largest and "N more". */
export const LEGEND_ROW = 8;
/** The legend's panel of further categories shows this many a page. */
export const LEGEND_PAGE = 40;

/** One legend entry: a toggle button that hides or shows its category (its colour swatch is drawn by CSS). */
function entry(ctx: ViewContext, g: CategoryGroup): TemplateResult {
  const hidden = ctx.hidden.has(g.category);
  return html`<button
    type="button"
    part="legend-item${hidden ? ' legend-item--hidden' : ''}"
    class=${categoryClass(g.colorIndex)}
    aria-pressed=${hidden ? 'false' : 'true'}
    @click=${() => ctx.on.toggleCategory(g.category)}
  >
    <bdi>${g.category || ctx.messages.uncategorized}</bdi>
    <span class="legend-count">${g.events.length}</span>
  </button>`;
}

/**
 * The legend, with the state of its panel: open or not, the text that finds a category, and the
 * page shown. Drawn again only when the categories, what is hidden, the words or that state change.
 */
class LegendDirective extends AsyncDirective {
  private open = false;
  private find = '';
  private page = 0;
  private key: readonly unknown[] = [];
  private ctx?: ViewContext;
  private root?: ParentNode | null;
  private split?: { categories: readonly CategoryGroup[]; locale: string; row: CategoryGroup[]; more: CategoryGroup[] };

  render(ctx: ViewContext): TemplateResult {
    const m = ctx.messages;
    const w = viewWords(ctx.locale);
    const { row, more } = this.entries(ctx);
    const hidden = more.reduce((n, g) => n + (ctx.hidden.has(g.category) ? 1 : 0), 0);
    return html`<div class="legend" part="legend" role="group" aria-label=${m.categories}>
      ${row.map((g) => entry(ctx, g))}
      ${more.length > 0
        ? html`<button
            type="button"
            part="legend-more"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="legend-panel"
            @click=${this.toggle}
          >
            ${w.legendMore(count(more.length, ctx.locale), hidden ? count(hidden, ctx.locale) : undefined)}
          </button>`
        : nothing}
      ${this.open && more.length > 0 ? this.panel(ctx, more) : nothing}
    </div>`;
  }

  override update(part: ChildPart, [ctx]: [ViewContext]): unknown {
    this.root = part.parentNode as ParentNode | null;
    if (this.root) adoptStyles(this.root.getRootNode() as DocumentFragment, legendPanel);
    this.ctx = ctx;
    const key = this.keyOf(ctx);
    if (key.every((value, i) => value === this.key[i])) return noChange;
    this.key = key;
    return this.render(ctx);
  }

  private keyOf(ctx: ViewContext): unknown[] {
    return [ctx.categories, ctx.hidden, ctx.messages, ctx.locale, this.open, this.find, this.page];
  }

  /** The panel of further categories: a field that finds them, a page of them, and a pager. */
  private panel(ctx: ViewContext, more: readonly CategoryGroup[]): TemplateResult {
    const w = viewWords(ctx.locale);
    const find = this.find.trim().toLocaleLowerCase(ctx.locale);
    const found = find ? more.filter((g) => (g.category || ctx.messages.uncategorized).toLocaleLowerCase(ctx.locale).includes(find)) : more;
    const pages = Math.max(1, Math.ceil(found.length / LEGEND_PAGE));
    const page = Math.min(this.page, pages - 1);
    const shown = found.slice(page * LEGEND_PAGE, (page + 1) * LEGEND_PAGE);
    const n = (value: number) => count(value, ctx.locale);
    return html`<div id="legend-panel" part="legend-panel" class="legend-panel" role="group" aria-label=${w.legendPanel} @keydown=${this.onKeyDown}>
      <input type="search" class="legend-find" aria-label=${w.legendFind} placeholder=${w.legendFind} .value=${this.find} @input=${this.onInput} />
      <div class="legend-page">${shown.length ? shown.map((g) => entry(ctx, g)) : html`<span class="legend-none">${w.legendNone}</span>`}</div>
      ${pages > 1
        ? html`<div class="legend-pager">
            <button type="button" data-go="-1" aria-disabled=${page === 0 ? 'true' : nothing} @click=${this.go}>${w.previous}</button>
            <span role="status">${w.legendRange(n(page * LEGEND_PAGE + 1), n(page * LEGEND_PAGE + shown.length), n(found.length))}</span>
            <button type="button" data-go="1" aria-disabled=${page >= pages - 1 ? 'true' : nothing} @click=${this.go}>${w.next}</button>
          </div>`
        : nothing}
    </div>`;
  }

  /** The row and the rest, split once per set of categories. */
  private entries(ctx: ViewContext): { row: CategoryGroup[]; more: CategoryGroup[] } {
    const categories = ctx.categories ?? [];
    if (this.split?.categories !== categories || this.split.locale !== ctx.locale) {
      const collator = new Intl.Collator(ctx.locale, { numeric: true, sensitivity: 'base' });
      this.split = { categories, locale: ctx.locale, ...legendEntries(categories, LEGEND_ROW, collator.compare) };
    }
    return this.split;
  }

  /** Draws the legend again at once (a change of its own state), then moves the focus. */
  private redraw(focus?: string): void {
    if (!this.ctx || !this.isConnected) return;
    this.key = this.keyOf(this.ctx);
    this.setValue(this.render(this.ctx));
    if (focus) this.root?.querySelector<HTMLElement>(focus)?.focus();
  }

  private readonly toggle = (): void => {
    this.open = !this.open;
    this.redraw(this.open ? '.legend-find' : undefined);
  };

  private readonly onInput = (e: Event): void => {
    this.find = (e.target as HTMLInputElement).value;
    this.page = 0;
    this.redraw();
  };

  private readonly go = (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    if (button.getAttribute('aria-disabled') === 'true') return;
    this.page = Math.max(0, this.page + Number(button.dataset.go));
    this.redraw();
  };

  /** Escape closes the panel and gives the focus back to "N more". */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    this.open = false;
    this.redraw('[part~="legend-more"]');
  };
}

const legendDirective = directive(LegendDirective);

/**
 * Legend of categories: each entry hides or shows its category. Past {@link LEGEND_ROW}
 * categories, the row holds the largest and a "N more" button that opens a panel of the others
 * (a field to find one, {@link LEGEND_PAGE} a page), so that the legend stays small with
 * thousands of categories.
 */
export function legendTemplate(ctx: ViewContext): DirectiveResult {
  return legendDirective(ctx);
}
