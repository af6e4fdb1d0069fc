/**
 * Axis ticks at round UTC times: the same ticks as d3-time's `utcTicks` (its calendar intervals
 * and its choice of step, after d3-array's `tickStep`; D3 is ISC-licensed), in a module that
 * carries only what the axis needs. test/layout/utc-ticks.test.ts checks, property by property,
 * that they equal d3-time's. Pure.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** A calendar interval: how to round a date down to its start and to step from one to the next. */
export interface UtcInterval {
  floor(date: Date): void;
  offset(date: Date, step: number): void;
  /** The date's number within the next larger unit (for every-n-th steps), if the interval has one. */
  field?(date: Date): number;
}

const interval = (floor: UtcInterval['floor'], offset: UtcInterval['offset'], field?: UtcInterval['field']): UtcInterval => ({ floor, offset, field });
const addMs = (ms: number) => (date: Date, step: number) => date.setTime(+date + step * ms);

export const utcMillisecondInterval = interval(() => undefined, addMs(1));
export const utcSecondInterval = interval((d) => d.setTime(+d - d.getMilliseconds()), addMs(SECOND), (d) => d.getUTCSeconds());
export const utcMinuteInterval = interval((d) => d.setUTCSeconds(0, 0), addMs(MINUTE), (d) => d.getUTCMinutes());
export const utcHourInterval = interval((d) => d.setUTCMinutes(0, 0, 0), addMs(HOUR), (d) => d.getUTCHours());
export const utcDayInterval = interval((d) => d.setUTCHours(0, 0, 0, 0), (d, step) => d.setUTCDate(d.getUTCDate() + step), (d) => d.getUTCDate() - 1);
/** Days counted from the epoch (every other day runs on across month ends). */
const unixDayInterval = interval(utcDayInterval.floor, utcDayInterval.offset, (d) => Math.floor(+d / DAY));
const utcWeekInterval = interval(
  (d) => {
    d.setUTCDate(d.getUTCDate() - d.getUTCDay());
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCDate(d.getUTCDate() + step * 7),
);
export const utcMonthInterval = interval(
  (d) => {
    d.setUTCDate(1);
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCMonth(d.getUTCMonth() + step),
  (d) => d.getUTCMonth(),
);
export const utcYearInterval = interval(
  (d) => {
    d.setUTCMonth(0, 1);
    d.setUTCHours(0, 0, 0, 0);
  },
  (d, step) => d.setUTCFullYear(d.getUTCFullYear() + step),
);

/** Years that are multiples of k (k > 1). */
function everyYears(k: number): UtcInterval {
  return interval(
    (d) => {
      d.setUTCFullYear(Math.floor(d.getUTCFullYear() / k) * k);
      d.setUTCMonth(0, 1);
      d.setUTCHours(0, 0, 0, 0);
    },
    (d, step) => d.setUTCFullYear(d.getUTCFullYear() + step * k),
  );
}

/** Multiples of k milliseconds (k > 1). */
function everyMilliseconds(k: number): UtcInterval {
  return interval(
    (d) => d.setTime(Math.floor(+d / k) * k),
    (d, step) => d.setTime(+d + step * k),
  );
}

/** Every n-th boundary of an interval, counted by its field ("every 15 minutes"). */
function every(base: UtcInterval, n: number): UtcInterval {
  if (!(n > 1) || !base.field) return base;
  const field = base.field;
  const test = (d: Date) => field(d) % n === 0;
  return interval(
    (d) => {
      if (!(+d >= +d)) return;
      while ((base.floor(d), !test(d))) d.setTime(+d - 1);
    },
    (d, step) => {
      if (!(+d >= +d)) return;
      for (let i = 0; i < step; i++) do base.offset(d, 1);
      while (!test(d));
    },
  );
}

/** Every boundary of `unit` from `start` (rounded up) to before `stop`. */
export function intervalRange(unit: UtcInterval, start: number, stop: number): Date[] {
  const range: Date[] = [];
  const date = new Date(start - 1);
  unit.floor(date);
  unit.offset(date, 1);
  unit.floor(date);
  if (!(+date < stop)) return range;
  let previous: number;
  do {
    range.push(new Date((previous = +date)));
    unit.offset(date, 1);
    unit.floor(date);
  } while (previous < +date && +date < stop);
  return range;
}

/** The candidate steps, finest first: [interval, how many of it, about how long]. */
const STEPS: [UtcInterval, number, number][] = [
  [utcSecondInterval, 1, SECOND],
  [utcSecondInterval, 5, 5 * SECOND],
  [utcSecondInterval, 15, 15 * SECOND],
  [utcSecondInterval, 30, 30 * SECOND],
  [utcMinuteInterval, 1, MINUTE],
  [utcMinuteInterval, 5, 5 * MINUTE],
  [utcMinuteInterval, 15, 15 * MINUTE],
  [utcMinuteInterval, 30, 30 * MINUTE],
  [utcHourInterval, 1, HOUR],
  [utcHourInterval, 3, 3 * HOUR],
  [utcHourInterval, 6, 6 * HOUR],
  [utcHourInterval, 12, 12 * HOUR],
  [unixDayInterval, 1, DAY],
  [unixDayInterval, 2, 2 * DAY],
  [utcWeekInterval, 1, WEEK],
  [utcMonthInterval, 1, MONTH],
  [utcMonthInterval, 3, 3 * MONTH],
  [utcYearInterval, 1, YEAR],
];

/** A round step for about `count` ticks over [start, stop]: 1, 2 or 5 times a power of ten. */
export function tickStep(start: number, stop: number, count: number): number {
  const reverse = stop < start;
  const inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}

function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let i1: number, i2: number, inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickIncrement(start, stop, count * 2);
  return inc;
}

/** The interval that gives about `count` ticks between two instants. */
export function tickInterval(start: number, stop: number, count: number): UtcInterval | undefined {
  const target = Math.abs(stop - start) / count;
  let i = 0;
  while (i < STEPS.length && STEPS[i][2] <= target) i++;
  if (i === STEPS.length) {
    const k = Math.floor(tickStep(start / YEAR, stop / YEAR, count));
    return isFinite(k) && k > 0 ? (k > 1 ? everyYears(k) : utcYearInterval) : undefined;
  }
  if (i === 0) {
    const k = Math.floor(Math.max(tickStep(start, stop, count), 1));
    return isFinite(k) && k > 0 ? (k > 1 ? everyMilliseconds(k) : utcMillisecondInterval) : undefined;
  }
  const [unit, n] = STEPS[target / STEPS[i - 1][2] < STEPS[i][2] / target ? i - 1 : i];
  return every(unit, n);
}

/** About `count` ticks at round UTC times between two instants (in either order), or every boundary of `unit`. */
export function utcTicks(start: number, stop: number, countOrUnit: number | UtcInterval): Date[] {
  // As Date objects hold them: whole milliseconds.
  start = Math.trunc(start);
  stop = Math.trunc(stop);
  const reverse = stop < start;
  if (reverse) [start, stop] = [stop, start];
  const unit = typeof countOrUnit === 'number' ? tickInterval(start, stop, countOrUnit) : countOrUnit;
  const ticks = unit ? intervalRange(unit, start, stop + 1) : [];
  return reverse ? ticks.reverse() : ticks;
}
