/** How text is measured: a canvas, the metrics table, or 8 px a character. */
export type TextMetrics = 'canvas' | 'table' | 'chars';

/** How many distinct strings are measured exactly before switching to per-character sums. */
const EXACT_BUDGET = 300;

/** Widths of single UTF-16 code units per font, shared by every timeline on the page (-1: not yet measured). */
const codeUnitWidths = new Map<string, Float32Array>();

/**
 * Measures text width with a canvas in a given CSS font, caching repeated strings. The one
 * browser-dependent input of the layout; the layout itself receives only `measure`.
 */
export class TextMeasurer {
  private context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
  private currentFont = '13px sans-serif';
  private cache = new Map<string, number>();
  /** Widths of characters outside the Basic Multilingual Plane (surrogate pairs), by pair. */
  private pairs = new Map<string, number>();
  private units?: Float32Array;
  private exact = 0;
  private metrics: TextMetrics = 'canvas';

  /**
   * The metrics table (interaction/text-metrics.ts), where it was loaded: by `event-timeline/ssr`,
   * and on demand by an element that hydrates a server's drawing (the plain element has no use for it).
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
    this.pairs.clear();
    this.exact = 0;
  }

  /** Sets the font (CSS shorthand, e.g. "13px system-ui"); clears the cache when it changes. */
  setFont(font: string): void {
    if (font === this.currentFont) return;
    this.currentFont = font;
    this.cache.clear();
    this.pairs.clear();
    this.units = undefined;
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
    // Without a canvas, a table (server rendering) or an estimate, each erring wide, keeps labels apart.
    const table = TextMeasurer.table;
    if (this.metrics === 'table' && table) return table(text, parseFloat(this.currentFont) || 13);
    if (this.metrics !== 'canvas' || !this.context) return text.length * 8;
    if (this.exact >= EXACT_BUDGET) return this.sumOfCharacters(text);
    this.exact++;
    const width = this.context.measureText(text).width;
    this.cache.set(text, width);
    return width;
  };

  /**
   * Past the budget of exact measurements (large datasets), a label's width is the sum of its
   * characters' widths, each measured once per font (a typed array by code unit, shared by every
   * timeline), plus a margin for kerning and shaping: many times faster, and it errs wide, which
   * only keeps labels further apart.
   */
  private sumOfCharacters(text: string): number {
    let units = this.units;
    if (!units) {
      units = codeUnitWidths.get(this.currentFont);
      if (!units) codeUnitWidths.set(this.currentFont, (units = new Float32Array(65536).fill(-1)));
      this.units = units;
    }
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const pair = text.slice(i, i + 2);
        let w = this.pairs.get(pair);
        if (w === undefined) this.pairs.set(pair, (w = this.context!.measureText(pair).width));
        width += w;
        i++;
        continue;
      }
      let w = units[code];
      if (w < 0) units[code] = w = this.context!.measureText(text[i]).width;
      width += w;
    }
    return width * 1.04 + 1;
  }
}
