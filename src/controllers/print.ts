import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ViewContext } from '../view/context.js';
import type { TimelineSnapshot } from '../view/snapshot.js';
import type { PrintLayout } from '../view/print.js';
import { adoptStyles } from '../styles/adopt.js';

type PrintModule = typeof import('../view/print.js');

/**
 * Printing: when the page is about to print (`beforeprint`, or the print media query), the whole
 * chronology is laid out for paper (see `view/print.ts`) and drawn in place of the live plot;
 * after printing it is dropped. The print code is loaded once the page is idle after the element
 * is connected, so it is ready before anyone prints and never delays the first render.
 */
export class PrintController implements ReactiveController {
  /** The printed layout, while the page prints. */
  layout?: PrintLayout;
  private module?: PrintModule;
  private media?: MediaQueryList;
  private idle?: number;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly snapshot: () => TimelineSnapshot | undefined,
  ) {
    host.addController(this);
  }

  /** True while the page prints and the printed chronology is drawn. */
  get printing(): boolean {
    return this.layout !== undefined;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    this.media = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.media?.addEventListener('change', this.onMedia);
    if (!this.module && this.idle === undefined) {
      const load = () => {
        this.idle = undefined;
        void import('../view/print.js').then((m) => {
          this.module = m;
          adoptStyles(this.host.renderRoot, m.printStyles);
        });
      };
      this.idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 3000 }) : (setTimeout(load, 200) as unknown as number);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.media?.removeEventListener('change', this.onMedia);
    if (this.idle !== undefined) {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(this.idle);
      else clearTimeout(this.idle);
      this.idle = undefined;
    }
    this.layout = undefined;
  }

  /** The printed chronology, while printing. */
  render(ctx: ViewContext): TemplateResult | typeof nothing {
    return this.layout && this.module ? this.module.printTemplate(ctx, this.layout) : nothing;
  }

  private readonly before = (): void => {
    if (this.layout || !this.module) return;
    const s = this.snapshot();
    this.layout = s && this.module.printLayout(s);
    if (this.layout) this.host.requestUpdate();
  };

  private readonly after = (): void => {
    if (!this.layout) return;
    this.layout = undefined;
    this.host.requestUpdate();
  };

  private readonly onMedia = (e: MediaQueryListEvent): void => (e.matches ? this.before() : this.after());
}
