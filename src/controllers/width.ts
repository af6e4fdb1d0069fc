import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of the element's content box: measured when it connects (so the first render draws
 * at the real width, not at 0 and again), then followed with a ResizeObserver on a zero-height
 * sizer that the element draws across its content box. The sizer's size never depends on what the
 * element draws, so a taller timeline never notifies (no resize loop); only the width counts.
 */
export class WidthController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The sizer, once drawn. */
    private readonly sizer: () => Element | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update(this.measure());
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  private observe(): void {
    const sizer = this.sizer();
    // A new sizer (server-rendered HTML drawn anew) is observed in place of the old one.
    if ((this.observer && this.observed === sizer) || !sizer || !this.host.isConnected) return;
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => this.update(entries[entries.length - 1].contentRect.width));
    this.observer.observe(sizer);
    this.observed = sizer;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private update(width: number): void {
    const rounded = Math.max(0, Math.floor(width));
    if (rounded === this.width) return;
    this.width = rounded;
    this.host.requestUpdate();
  }

  /** The content-box width now (forces a layout once, at connection). */
  private measure(): number {
    const style = getComputedStyle(this.host);
    if (style.display === 'none') return 0;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
    const border = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth) || 0;
    const box = this.host.getBoundingClientRect().width;
    return box === 0 ? 0 : box - padding - border;
  }
}
