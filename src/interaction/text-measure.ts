/**
 * Measures text width with a canvas in a given CSS font, caching repeated strings. The one
 * browser-dependent input of the layout; the layout itself receives only `measure`.
 */
export class TextMeasurer {
  private context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null = null;
  private font = '13px sans-serif';
  private cache = new Map<string, number>();

  /** Sets the font (CSS shorthand, e.g. "13px system-ui"); clears the cache when it changes. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.cache.clear();
    if (this.context) this.context.font = font;
  }

  /** Width of `text` in CSS pixels. */
  readonly measure = (text: string): number => {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    if (!this.context) {
      this.context = typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.font;
    }
    // Without a canvas, an estimate that errs wide keeps labels apart.
    const width = this.context ? this.context.measureText(text).width : text.length * 8;
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(text, width);
    return width;
  };
}
