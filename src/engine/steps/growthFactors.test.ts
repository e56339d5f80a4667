/**
 * The building programme's households ahead, kept growth factors and all, equal householdsAfter's for
 * every community to the last bit: year after year, across runs that take turns, after a skipped year
 * and beyond the years that are multiplied out.
 */
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../../fixtures/arbScenario';
import { flatten } from '../flatten';
import { project } from '../project';
import type { Run } from '../runState';
import { factorsAhead, householdsAt } from './growthFactors';
import { householdsAfter } from './population';

/** A run as householdsAhead reads it: communities' base households, growth and dwellings, and two streets after them. */
const runOf = (cs: { h0: number; growth: number; dwellings: number }[]): Run =>
  ({
    flat: {
      nCommunities: cs.length,
      nEntities: cs.length + 2,
      base: {
        households: Float64Array.from([...cs.map((c) => c.h0), 0, 0]),
        growth: Float64Array.from([...cs.map((c) => c.growth), 0, 0]),
        dwellings: Float64Array.from([...cs.map((c) => c.dwellings), 0, 0]),
      },
    },
  }) as unknown as Run;

const arbCommunities = fc.array(
  fc.record({
    h0: fc.integer({ min: 0, max: 20_000 }),
    growth: fc.double({ min: -0.05, max: 0.15, noNaN: true }),
    dwellings: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 40_000 })),
  }),
  { minLength: 1, maxLength: 40 },
);

/** Households ahead as the building programme's pass takes them: the last (1 + growth) multiplied in and written back. */
function householdsAhead(run: Run, y: number, ahead: number, out: Float64Array): void {
  const { households, growth, dwellings } = run.flat.base;
  const { factors, last } = factorsAhead(run, y, ahead);
  for (let e = 0; e < run.flat.nCommunities; e++) {
    factors[e] = last ? factors[e] * (1 + growth[e]) : factors[e];
    out[e] = householdsAt(households[e], factors[e], dwellings[e]);
  }
}

/** Every community of run equals householdsAfter ahead years on. */
function expectAsAfter(run: Run, y: number, ahead: number): void {
  const out = new Float64Array(run.flat.nEntities);
  householdsAhead(run, y, ahead, out);
  const { households, growth, dwellings } = run.flat.base;
  for (let e = 0; e < run.flat.nCommunities; e++) expect(Object.is(out[e], householdsAfter(households[e], growth[e], dwellings[e], ahead))).toBe(true);
}

describe('households ahead for the building programme', () => {
  it('equal householdsAfter year after year, with two runs taking turns', () => {
    fc.assert(
      fc.property(arbCommunities, arbCommunities, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (a, b, fromA, fromB) => {
        const [runA, runB] = [runOf(a), runOf(b)];
        for (let y = 0; y < 8; y++) {
          expectAsAfter(runA, y, fromA + y);
          expectAsAfter(runB, y, fromB + y);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('equal householdsAfter when a year is skipped, a run starts again or looks further than is multiplied out', () => {
    fc.assert(
      fc.property(arbCommunities, (cs) => {
        const run = runOf(cs);
        expectAsAfter(run, 0, 2);
        expectAsAfter(run, 1, 3);
        // year 2 without a programme: year 3 looks five years ahead, two more than year 1's
        expectAsAfter(run, 3, 5);
        // the same run projected again from its first year
        expectAsAfter(run, 0, 6);
        expectAsAfter(run, 1, 7);
        expectAsAfter(run, 2, 300);
        expectAsAfter(run, 3, 301);
        expectAsAfter(run, 4, 0);
        expectAsAfter(run, 5, 1);
      }),
      { numRuns: 100 },
    );
  });

  it('keep no earlier run alive while runs follow one another in one task, as a sweep or the CLI makes them', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Each run's base is three arrays of 200,002 doubles, 4.8 MB; twenty runs are made one after another.
    const n = 200_000;
    const bigRun = () => ({ flat: { nCommunities: n, nEntities: n + 2, base: { households: new Float64Array(n + 2).fill(300), growth: new Float64Array(n + 2).fill(0.01), dwellings: new Float64Array(n + 2).fill(Infinity) } } }) as unknown as Run;
    const out = new Float64Array(n + 2);
    householdsAhead(bigRun(), 0, 2, out);
    gc();
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 20; i++) householdsAhead(bigRun(), 0, 2, out);
    // Twice: a collection frees array memory on a helper thread, and the next one waits for that.
    gc();
    gc();
    // At most the last run's 4.8 MB may stay; twenty runs kept would be 96 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2 * 4.8e6);
  });

  it('give a run the households householdsAfter gives, every year, worked out in the pass that reads the claims', () => {
    // The programme works out the households of the year its starts complete and writes them into the
    // series, where that year's opening leaves them: with a lead of 1–3 years, every year after the first
    // few is one it wrote.
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 1, max: 3 }), (s, lead) => {
        const scenario = { ...s, plan: { ...s.plan, building: { ...s.plan.building, leadTimeYears: lead } } };
        const p = project(scenario);
        const { nCommunities: nc, base } = flatten(scenario.city);
        for (let y = 0; y < p.years.length; y++) {
          for (let e = 0; e < nc; e++) {
            const want = householdsAfter(base.households[e], base.growth[e], base.dwellings[e], p.years[y] - scenario.horizon.baseYear);
            if (!Object.is(p.series.households[y * p.nEntities + e], want)) return false;
          }
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
