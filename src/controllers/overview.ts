import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { OverviewBrush } from './brush.js';
import { onDemand } from './on-demand.js';
import { adoptStyles } from '../styles/adopt.js';
import type { ViewportController } from './viewport.js';
import type { PlotBuild } from '../view/build.js';
import type { ViewContext } from '../view/context.js';

/**
 * The overview strip: shown with `overview="show"`, or with `auto` while zoomed in. Its module
 * (the density path, the template and the brush) loads the first time the strip is shown; the
 * density is made once per built plot.
 */
export class OverviewController {
  /** The density path for the built plot, and the brush. */
  private state?: { built: PlotBuild; path: string; brush: OverviewBrush };

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly viewport: ViewportController,
    private readonly setting: () => string,
  ) {}

  /** True when the strip is shown now. */
  shows(): boolean {
    const setting = this.setting();
    return setting === 'show' || (setting === 'auto' && this.viewport.transform.k > 1.001);
  }

  /** The brush (pointer handlers), once the strip has been drawn. */
  get brush(): OverviewBrush | undefined {
    return this.state?.brush;
  }

  /** Makes the density for `built` when the strip is shown (asking for its module the first time). */
  prepare(built: PlotBuild | undefined): void {
    const base = this.viewport.scale;
    if (!built || !base || this.state?.built === built || !this.shows()) return;
    const module = onDemand.overview.loaded;
    if (!module) return onDemand.overview.use(this.host, () => this.host.requestUpdate());
    adoptStyles(this.host.renderRoot, module.overviewStyles);
    const path = module.overviewDensity(built.data.events, (t) => base(t), built.width);
    this.state = { built, path, brush: this.state?.brush ?? new module.OverviewBrush(this.viewport) };
  }

  /** The strip, `width` px wide, when shown and ready. */
  render(view: ViewContext, width: number): TemplateResult | typeof nothing {
    const module = onDemand.overview.loaded;
    return this.state && module && this.shows() ? module.overviewTemplate(view, width, this.state.path, this.viewport.brushRange()) : nothing;
  }
}
