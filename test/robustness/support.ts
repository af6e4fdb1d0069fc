/**
 * What the robustness tests share: waiting for a condition, counting what the element shows
 * (drawn events and the members of "+N" clusters), and catching errors nobody handled.
 */
import type { TimelineHarness } from '../harness';

/** Resolves once `condition()` holds; rejects after `timeout` ms with `what` in the message. */
export async function waitFor(condition: () => boolean, what = 'a condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The number shown in each "+N" cluster badge. */
export function clusterCounts(t: TimelineHarness): number[] {
  return t.clusters().map((c) => {
    const text = [...c.querySelectorAll('text')].map((x) => x.textContent ?? '').join('');
    const m = /\+(\d+)/.exec(text);
    if (!m) throw new Error(`a cluster without a "+N" badge: ${JSON.stringify(text)}`);
    return Number(m[1]);
  });
}

/** Events drawn plus events counted in clusters: everything the user is told about. */
export function shownCount(t: TimelineHarness): number {
  return t.events().length + clusterCounts(t).reduce((a, b) => a + b, 0);
}

/**
 * Collects `error` and `unhandledrejection` events on window until `stop()` is called, which
 * returns their messages. Exceptions in event handlers and in Lit updates end up here.
 */
export function catchGlobalErrors(): { take(): string[]; stop(): string[] } {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    /** What was caught so far, emptying the list; keeps listening. */
    take() {
      return seen.splice(0);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}
