/**
 * Deterministic synthetic events for the benchmark: seeded, 20% spans, dates across 2000–2023
 * at mixed precision, and same-day pile-ups (every 50th event lands on one of a few busy days).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const words = ['treaty', 'visit', 'summit', 'agreement', 'talks', 'exchange', 'delegation', 'forum', 'accord', 'meeting', 'report', 'session'];

export function syntheticEvents(n: number, seed = 1): { id: string; start: string; end?: string; title: string; category: string }[] {
  const random = mulberry32(seed);
  const t0 = Date.UTC(2000, 0, 1);
  const t1 = Date.UTC(2023, 11, 31);
  const busyDays = [Date.UTC(2004, 2, 3), Date.UTC(2011, 8, 11), Date.UTC(2019, 3, 25)];
  const day = (t: number) => {
    const d = new Date(t);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  const events = [];
  for (let i = 0; i < n; i++) {
    const pileUp = i % 50 === 0;
    const t = pileUp ? busyDays[i % busyDays.length] : t0 + random() * (t1 - t0);
    const kind = random();
    let start = day(t);
    if (!pileUp && kind < 0.1) start = start.slice(0, 7); // month precision
    else if (!pileUp && kind < 0.15) start = start.slice(0, 4); // year precision
    const event: { id: string; start: string; end?: string; title: string; category: string } = {
      id: `e${i}`,
      start,
      title: `${words[i % words.length]} ${i} ${words[(i * 7) % words.length]}`,
      category: words[(i * 3) % 5],
    };
    if (random() < 0.2) event.end = day(Math.min(t1, t + random() * 400 * 86_400_000) + 86_400_000);
    if (event.end && event.end <= event.start) delete event.end;
    events.push(event);
  }
  return events;
}
