/** How text is measured: a canvas, the metrics table, or 8 px a character. */
export type TextMetrics = 'canvas' | 'table' | 'chars';

/** How many distinct strings are measured exactly before switching to per-character sums. */
const EXACT_BUDGET = 300;

/**
 * Measures text width with a canvas in a given CSS font, caching repeated strings. The one
 * browser-dependent input of the layout; the layout itself receives only `measure`.
 */
export class TextMeasurer {
  private context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
  private currentFont = '13px sans-serif';
  private cache = new Map<string, number>();
  private chars = new Map<string, number>();
  private exact = 0;
  private metrics: TextMetrics = 'canvas';

  /**
   * The metrics table (interaction/text-metrics.ts), where the page loaded it: `event-timeline/ssr`
   * and `event-timeline/hydrate` do (the plain element has no use for it).
   */
  static table?: (text: string, size: number) => number;

  /** The font text is measured in (CSS shorthand), and how when not with a canvas (`table 13px …`). */
  get font(): string {
    return this.metrics === 'canvas' ? this.currentFont : `${this.metrics} ${this.currentFont}`;
  }

  /**
   * How text is measured: with a canvas; with the metrics table, which errs wide (on the server,
   * which has no canvas, and in the first render after a server render, which must draw what it
   * drew); or as 8 px a character where neither is there.
   */
  setMetrics(metrics: TextMetrics): void {
    if (metrics === this.metrics) return;
    this.metrics = metrics;
    this.cache.clear();
    this.chars.clear();
    this.exact = 0;
  }

  /** Sets the font (CSS shorthand, e.g. "13px system-ui"); clears the cache when it changes. */
  setFont(font: string): void {
    if (font === this.currentFont) return;
    this.currentFont = font;
    this.cache.clear();
    this.chars.clear();
    this.exact = 0;
    if (this.context) this.context.font = font;
  }

  /** Width of `text` in CSS pixels. */
  readonly measure = (text: string): number => {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    if (!this.context && this.metrics === 'canvas') {
      this.context =
        typeof OffscreenCanvas !== 'undefined'
          ? new OffscreenCanvas(1, 1).getContext('2d')
          : typeof document !== 'undefined'
            ? document.createElement('canvas').getContext('2d')
            : null;
      if (this.context) this.context.font = this.currentFont;
    }
    // Without a canvas, an estimate that errs wide keeps labels apart.
    let width: number;
    const table = TextMeasurer.table;
    if (this.metrics === 'table' && table) width = table(text, parseFloat(this.currentFont) || 13);
    else if (this.metrics !== 'canvas' || !this.context) width = text.length * 8;
    else if (this.exact < EXACT_BUDGET) {
      this.exact++;
      width = this.context.measureText(text).width;
    } else width = this.sumOfCharacters(text);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(text, width);
    return width;
  };

  /**
   * Past the budget of exact measurements (large datasets), a label's width is the sum of its
   * characters' widths, each measured once, plus a margin for kerning and shaping: about 30×
   * faster, and it errs wide, which only keeps labels further apart.
   */
  private sumOfCharacters(text: string): number {
    let width = 0;
    for (const ch of text) {
      let w = this.chars.get(ch);
      if (w === undefined) {
        w = this.context!.measureText(ch).width;
        this.chars.set(ch, w);
      }
      width += w;
    }
    return width * 1.04 + 1;
  }
}
