/**
 * Counts what could leak from an element: ResizeObservers still observing, event listeners still
 * registered, timers and animation frames still pending. Installed around a test and restored
 * after it; timers are attributed to the project by their creation stack (a frame in /src/).
 */

interface Registration {
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

export interface LeakCounters {
  /** ResizeObservers observing something and not disconnected. */
  observers(): number;
  /** Listeners registered, and not removed, on the targets `where` accepts. */
  listeners(where: (target: EventTarget) => boolean): number;
  /** Timeouts, intervals and animation frames created from /src/ code, not yet run or cleared. */
  timers(): { timeouts: number; intervals: number; frames: number };
  restore(): void;
}

const fromProject = () => {
  const stack = new Error().stack ?? '';
  return stack.split('\n').some((line) => line.includes('/src/'));
};

/** The browser's timer functions, typed without Node's overloads. */
interface Timers {
  setTimeout(handler: unknown, ms?: number, ...args: unknown[]): number;
  clearTimeout(id?: number): void;
  setInterval(handler: unknown, ms?: number, ...args: unknown[]): number;
  clearInterval(id?: number): void;
}

export function instrument(): LeakCounters {
  const timers = window as unknown as Timers;
  const originals = {
    ResizeObserver: window.ResizeObserver,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval,
    clearInterval: timers.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    stackTraceLimit: (Error as { stackTraceLimit?: number }).stackTraceLimit,
  };
  (Error as { stackTraceLimit?: number }).stackTraceLimit = 60;

  const observing = new Set<ResizeObserver>();
  window.ResizeObserver = class CountedResizeObserver extends originals.ResizeObserver {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      observing.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      observing.delete(this);
      super.disconnect();
    }
  };

  const registrations = new Map<EventTarget, Registration[]>();
  const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
    typeof options === 'boolean' ? options : Boolean(options?.capture);
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    if (listener) {
      const list = registrations.get(this) ?? [];
      const capture = captureOf(options);
      const once = typeof options === 'object' && options.once;
      if (!once && !list.some((r) => r.type === type && r.listener === listener && r.capture === capture)) list.push({ type, listener, capture });
      registrations.set(this, list);
    }
    return originals.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    const list = registrations.get(this);
    if (list && listener) {
      const capture = captureOf(options);
      const i = list.findIndex((r) => r.type === type && r.listener === listener && r.capture === capture);
      if (i >= 0) list.splice(i, 1);
    }
    return originals.remove.call(this, type, listener, options);
  };

  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  timers.setTimeout = (handler, ms, ...args) => {
    const mine = fromProject();
    const id = originals.setTimeout.call(
      window,
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args,
    );
    if (mine) timeouts.add(id);
    return id;
  };
  timers.clearTimeout = (id) => {
    if (id !== undefined) timeouts.delete(id);
    originals.clearTimeout.call(window, id);
  };
  timers.setInterval = (handler, ms, ...args) => {
    const id = originals.setInterval.call(window, handler, ms, ...args);
    if (fromProject()) intervals.add(id);
    return id;
  };
  timers.clearInterval = (id) => {
    if (id !== undefined) intervals.delete(id);
    originals.clearInterval.call(window, id);
  };
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const mine = fromProject();
    const id = originals.requestAnimationFrame.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    if (mine) frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    originals.cancelAnimationFrame.call(window, id);
  };

  return {
    observers: () => observing.size,
    listeners(where) {
      let n = 0;
      for (const [target, list] of registrations) if (where(target)) n += list.length;
      return n;
    },
    timers: () => ({ timeouts: timeouts.size, intervals: intervals.size, frames: frames.size }),
    restore() {
      window.ResizeObserver = originals.ResizeObserver;
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
      timers.setTimeout = originals.setTimeout;
      timers.clearTimeout = originals.clearTimeout;
      timers.setInterval = originals.setInterval;
      timers.clearInterval = originals.clearInterval;
      window.requestAnimationFrame = originals.requestAnimationFrame;
      window.cancelAnimationFrame = originals.cancelAnimationFrame;
      (Error as { stackTraceLimit?: number }).stackTraceLimit = originals.stackTraceLimit;
    },
  };
}

/** Targets outside any element that keep listeners alive as long as the page lives. */
export const pageTargets = (target: EventTarget) =>
  target === window || target === document || target === document.documentElement || target === document.body;
