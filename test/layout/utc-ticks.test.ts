/**
 * The axis's own UTC ticks (src/layout/utc-ticks.ts) against d3-time's `utcTicks`, which they
 * replace on the first paint's path: the same instants for any span and count, from milliseconds
 * to hundreds of thousands of years, and the same every-unit ticks.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as d3 from 'd3-time';
import { tickStep, utcDayInterval, utcMinuteInterval, utcMonthInterval, utcSecondInterval, utcTicks, utcYearInterval } from '../../src/layout/utc-ticks';

const MIN = new Date(0).setUTCFullYear(-271820, 0, 2);
const MAX = 8.64e15 - 120 * 86_400_000;
const times = (ticks: Date[]) => ticks.map((d) => d.getTime());

describe('utcTicks, as d3-time has them', () => {
  it('gives the same ticks as d3-time for spans from a millisecond to hundreds of millennia', () => {
    const spans = [1, 37, 1000, 61_000, 3_600_000, 86_400_000, 40 * 86_400_000, 400 * 86_400_000, 3.2e11, 3.2e12, 3.2e13, 1e15];
    fc.assert(
      fc.property(fc.integer({ min: -6e13, max: 6e13 }), fc.constantFrom(...spans), fc.double({ min: 0.1, max: 4, noNaN: true }), fc.integer({ min: 1, max: 30 }), (start, span, stretch, count) => {
        const stop = Math.min(MAX, start + span * stretch);
        expect(times(utcTicks(start, stop, count))).to.deep.equal(times(d3.utcTicks(new Date(start), new Date(stop), count)));
      }),
      { seed: 4217, numRuns: 3000 },
    );
  });

  it('gives the same ticks at the edges of what a Date holds, and in reverse order', () => {
    for (const [a, b] of [
      [MIN, MIN + 1e15],
      [MAX - 1e15, MAX],
      [MIN, MAX],
      [Date.UTC(2023, 6, 19), Date.UTC(2000, 6, 19)],
    ])
      for (const count of [2, 5, 9, 13])
        expect(times(utcTicks(a, b, count)), `${a}…${b} / ${count}`).to.deep.equal(times(d3.utcTicks(new Date(a), new Date(b), count)));
  });

  it('gives every boundary of a unit as d3-time does', () => {
    const units = [
      [utcYearInterval, d3.utcYear],
      [utcMonthInterval, d3.utcMonth],
      [utcDayInterval, d3.utcDay],
      [utcMinuteInterval, d3.utcMinute],
      [utcSecondInterval, d3.utcSecond],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: -6e13, max: 6e13 }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4 }), (start, n, which) => {
        const [ours, theirs] = units[which];
        const step = [3.2e10, 2.6e9, 8.64e7, 60_000, 1000][which];
        const stop = start + (n * step) / 40;
        expect(times(utcTicks(start, stop, ours))).to.deep.equal(times(d3.utcTicks(new Date(start), new Date(stop), theirs as unknown as number)));
      }),
      { seed: 9311, numRuns: 800 },
    );
  });

  it('steps by 1, 2 or 5 times a power of ten, as d3-array does', () => {
    expect(tickStep(0, 1, 10)).to.equal(0.1);
    expect(tickStep(0, 100, 3)).to.equal(50);
    expect(tickStep(1990, 2024, 5)).to.equal(5);
    expect(tickStep(2024, 1990, 5)).to.equal(-5);
    expect(tickStep(1990, 2024, 3)).to.equal(10);
  });
});
