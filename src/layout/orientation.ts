/** Which way time runs: the element's `orientation` setting, resolved by the container's width. Pure. */

/** The `orientation` setting of the element. */
export type OrientationSetting = 'horizontal' | 'vertical' | 'auto';

/** Below this container width, `orientation="auto"` lays the timeline out vertically. */
export const VERTICAL_BELOW = 600;

/**
 * The orientation to draw: `horizontal` or `vertical` as set; `auto` (and anything unknown) is
 * vertical in a container narrower than {@link VERTICAL_BELOW} px, horizontal otherwise (and
 * before the width is known).
 */
export function orientationFor(setting: string, width: number): 'horizontal' | 'vertical' {
  if (setting === 'horizontal' || setting === 'vertical') return setting;
  return width > 0 && width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
}
