/**
 * What the accessibility tests share: WCAG 2.x contrast computed from rendered colours, and
 * media features the stock commands cannot emulate on Chromium (forced colours).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** An sRGB colour with alpha, channels 0..255, alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * Parses a computed CSS colour: `rgb()`/`rgba()` (as browsers serialize most colours) and
 * `color(srgb r g b / a)` (how Chromium serializes `color-mix(in srgb, …)`).
 */
export function parseColor(text: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text.trim());
  if (rgb) return { r: +rgb[1], g: +rgb[2], b: +rgb[3], a: alpha(rgb[4]) };
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(text.trim());
  if (srgb) return { r: +srgb[1] * 255, g: +srgb[2] * 255, b: +srgb[3] * 255, a: alpha(srgb[4]) };
  throw new Error(`cannot read the colour ${JSON.stringify(text)}`);
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text);
}

/** `top` drawn over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.x contrast ratio of two colours (the foreground composited over the opaque background). */
export function contrast(foreground: Rgba | string, background: Rgba | string): number {
  const bg = typeof background === 'string' ? parseColor(background) : background;
  const fg = over(typeof foreground === 'string' ? parseColor(foreground) : foreground, bg);
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** Sets (or, with no features, clears) emulated media features through CDP: forced colours. */
export async function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('cdp-media', { features });
}
