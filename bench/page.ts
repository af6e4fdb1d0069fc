// The benchmark page: mounts <event-timeline> with synthetic data and measures from inside.
import '../src/event-timeline';
import { syntheticEvents } from './synthetic';

declare global {
  interface Window {
    mountCase(n: number, seed: number): Promise<{ firstRenderMs: number; nodes: number; heapMB: number }>;
    startFrames(): void;
    stopFrames(): { avg: number; p95: number; count: number; nodes: number };
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

window.mountCase = async (n, seed) => {
  document.body.innerHTML = '<div id="box" style="width:1200px"></div>';
  const events = syntheticEvents(n, seed);
  const el = document.createElement('event-timeline');
  document.getElementById('box')!.append(el);
  await el.updateComplete;
  await frame();
  await frame();
  const start = performance.now();
  el.events = events;
  await el.updateComplete;
  await frame();
  await frame();
  const firstRenderMs = performance.now() - start;
  // What the page keeps, not what it has not collected yet (the browser runs with --expose-gc).
  (window as unknown as { gc?: () => void }).gc?.();
  return {
    firstRenderMs,
    nodes: el.shadowRoot!.querySelectorAll('*').length,
    heapMB: (performance.memory?.usedJSHeapSize ?? 0) / 1024 / 1024,
  };
};

let stamps: number[] = [];
let running = false;
window.startFrames = () => {
  stamps = [];
  running = true;
  const loop = (t: number) => {
    stamps.push(t);
    if (running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
};
window.stopFrames = () => {
  running = false;
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]);
  deltas.sort((a, b) => a - b);
  const avg = deltas.reduce((a, b) => a + b, 0) / Math.max(1, deltas.length);
  const p95 = deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * 0.95))] ?? 0;
  const el = document.querySelector('event-timeline')!;
  return { avg, p95, count: deltas.length, nodes: el.shadowRoot!.querySelectorAll('*').length };
};
