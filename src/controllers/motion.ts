/** True when the user asked for reduced motion (checked each time: the setting can change). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long a view transition runs (ms): none under reduced motion. */
export const transitionMs = (): number => (prefersReducedMotion() ? 0 : 250);
