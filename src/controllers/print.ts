import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ViewContext } from '../view/context.js';
import type { TimelineSnapshot } from '../view/snapshot.js';
import * as printing from '../view/print.js';
import { adoptStyles } from '../styles/adopt.js';
import { vertical as verticalStyles } from '../styles/vertical.js';

/**
 * Printing: when the page is about to print (`beforeprint`, or the print media query), the whole
 * chronology is laid out for paper (see `view/print.ts`) and drawn in place of the live plot;
 * after printing it is dropped. This module (with the print layout and its styles) loads on
 * demand once the page is idle after the first render, so it is ready before anyone prints and
 * never delays the first render; printed before that, the page prints the live plot and the list.
 */
export class PrintController implements ReactiveController {
  /** The printed layout, while the page prints. */
  layout?: printing.PrintLayout;
  private media?: MediaQueryList;

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
    // The printed chronology is drawn in the vertical layout, with its sheet.
    adoptStyles(this.host.renderRoot, verticalStyles);
    adoptStyles(this.host.renderRoot, printing.printStyles);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.media?.removeEventListener('change', this.onMedia);
    this.layout = undefined;
  }

  /** The printed chronology, while printing. */
  render(ctx: ViewContext): TemplateResult | typeof nothing {
    return this.layout ? printing.printTemplate(ctx, this.layout) : nothing;
  }

  private readonly before = (): void => {
    if (this.layout) return;
    const s = this.snapshot();
    this.layout = s && printing.printLayout(s);
    if (this.layout) this.host.requestUpdate();
  };

  private readonly after = (): void => {
    if (!this.layout) return;
    this.layout = undefined;
    this.host.requestUpdate();
  };

  private readonly onMedia = (e: MediaQueryListEvent): void => (e.matches ? this.before() : this.after());
}
