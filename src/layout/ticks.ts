import { utcDayInterval, utcMinuteInterval, utcMonthInterval, utcSecondInterval, utcYearInterval, type UtcInterval } from './utc-ticks.js';
import { precisionOrder, type Precision } from '../time/partial-date.js';
import { tickUnit } from '../time/format.js';
import type { TimeScale } from './scale.js';

/** One tick of the time axis: where it falls and what it says. */
export interface AxisTick {
  /** The instant (ms since epoch, UTC). */
  t: number;
  text: string;
}

/** Tick intervals no finer than a precision. */
const tickInterval: Record<Precision, UtcInterval> = { year: utcYearInterval, month: utcMonthInterval, day: utcDayInterval, minute: utcMinuteInterval, second: utcSecondInterval };

/**
 * About `count` ticks for a time scale, labelled at the unit their spacing represents, and never
 * finer than the finest date in the data (no hours on a chronology of days). Pure: the tick
 * formatter comes in (see `createTickFormat`).
 */
export function axisTicks(
  scale: TimeScale,
  count: number,
  finest: Precision,
  format: (date: Date, unit: Precision) => string,
): AxisTick[] {
  let ticks = scale.ticks(Math.max(2, Math.floor(count)));
  let unit = tickUnit(ticks.length > 1 ? ticks[1].getTime() - ticks[0].getTime() : 365 * 86_400_000);
  if (precisionOrder.indexOf(unit) > precisionOrder.indexOf(finest)) {
    ticks = scale.ticks(tickInterval[finest]);
    unit = finest;
  }
  return ticks.map((d) => ({ t: d.getTime(), text: format(d, unit) }));
}
