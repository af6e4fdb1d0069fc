/**
 * Deterministic synthetic events for the benchmark: seeded, 20% spans, dates across 2000–2023
 * at mixed precision, same-day pile-ups (every 50th event lands on one of a few busy days), and
 * a few important events (every 97th has importance 2, every 13th 1; set by position, so the
 * random dates are those of the benchmark before importance existed).
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

type SyntheticEvent = { id: string; start: string; end?: string; title: string; category: string; importance?: number };

export function syntheticEvents(n: number, seed = 1): SyntheticEvent[] {
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
    const event: SyntheticEvent = {
      id: `e${i}`,
      start,
      title: `${words[i % words.length]} ${i} ${words[(i * 7) % words.length]}`,
      category: words[(i * 3) % 5],
    };
    if (i % 97 === 0) event.importance = 2;
    else if (i % 13 === 0) event.importance = 1;
    if (random() < 0.2) event.end = day(Math.min(t1, t + random() * 400 * 86_400_000) + 86_400_000);
    if (event.end && event.end <= event.start) delete event.end;
    events.push(event);
  }
  return events;
}
