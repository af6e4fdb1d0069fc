/**
 * Category bands (`group-by="category"`): grouping, the horizontal adapter with one band of lanes
 * per category, and the legend (the colours are in the element's styles). Loaded on demand, only by timelines that
 * group: the first paint of one that does not never carries it.
 */
import { html, type TemplateResult } from 'lit';
import { layoutGroupedLevel, type GroupedLevelLayout, type LevelLayout } from '../layout/zoom-levels.js';
import { foldGroups, type CategoryGroup } from '../layout/categories.js';
import { HorizontalPlot, HORIZONTAL } from './horizontal.js';
import { categoryClass, type ViewContext } from './context.js';
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
        label: { x: 6, y: top + laneHeight * 0.375, lines: [`${g.category || words.uncategorized} (${g.count})`], anchor: 'start', lineHeight: 0 },
      };
    });
  }
}

/** Legend of categories: each entry hides or shows its category. */
export function legendTemplate(ctx: ViewContext): TemplateResult {
  const m = ctx.messages;
  return html`<div class="legend" part="legend" role="group" aria-label=${m.categories}>
    ${(ctx.categories ?? []).map((g) => {
      const hidden = ctx.hidden.has(g.category);
      return html`<button
        type="button"
        part="legend-item${hidden ? ' legend-item--hidden' : ''}"
        class=${categoryClass(g.colorIndex)}
        aria-pressed=${hidden ? 'false' : 'true'}
        @click=${() => ctx.on.toggleCategory(g.category)}
      >
        <span class="swatch" aria-hidden="true"></span>${g.category || m.uncategorized}
        <span class="legend-count">${g.events.length}</span>
      </button>`;
    })}
  </div>`;
}
