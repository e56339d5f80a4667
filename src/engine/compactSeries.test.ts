/**
 * A fresh run keeps its hires, m² completed and late starts compact (compactSeries.ts): made whole on
 * their first read, every value is the one a run on an Arena stores, to the last bit, on the demo and on
 * random scenarios, and still after a later run of a city that size has reused the working buffer they
 * were worked in; hires a byte cannot hold are kept as 32-bit counts, with the same values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../fixtures/arbMoneyBinding';
import { arbScenario } from '../fixtures/arbScenario';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { freshAndWritten, waits } from '../fixtures/madeOnRead';
import { projectionDifferences } from '../fixtures/projectionDifferences';
import { Arena } from './arena';
import { keepCompact } from './compactSeries';
import { prepareCoverage } from './coverage/prepare';
import { flatten } from './flatten';
import { project } from './project';
import type { Projection, Series } from './projection';
import type { Scenario } from './scenario';

/** Whether p's hires and completions still wait to be made. */
const waiting = (p: Projection) => ({ hires: waits(p.series, 'hires'), completed: waits(p.series, 'spaceCompleted') });

/** The same city growing twice as fast: other hires and completions in arrays of the same size. */
const faster = (s: Scenario): Scenario => ({
  ...s,
  city: { ...s.city, districts: s.city.districts.map((d) => ({ ...d, streets: d.streets.map((st) => ({ ...st, communities: st.communities.map((c) => ({ ...c, growth: 2 * c.growth })) })) })) },
});

/** A fresh run of s, then a fresh run of the faster city before the first is read, against s on an Arena. */
function afterAnotherRun(s: Scenario): string[] {
  const fresh = project(s);
  project(faster(s));
  return projectionDifferences(fresh, project(s, {}, { flat: flatten(s.city), prep: prepareCoverage(s), alloc: new Arena() }));
}

describe('hires and completions kept compact', () => {
  it('give every value the steps write, on the demo', () => {
    const { waited, differences } = freshAndWritten(demoScenario(), waiting);
    expect(waited).toEqual({ hires: true, completed: true });
    expect(differences).toEqual([]);
  });

  it('give every value the steps write after a later run reused the working buffer', () => {
    expect(afterAnotherRun(demoScenario())).toEqual([]);
    fc.assert(
      fc.property(fc.oneof(arbScenario, arbMoneyBinding), (s) => {
        expect(afterAnotherRun(s)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('keep hires a byte cannot hold as 32-bit counts', () => {
    // One community of 2,000,000 households needs thousands of staff: its first year's hires pass 255.
    const demo = demoScenario();
    const [d] = demo.city.districts;
    const [st] = d.streets;
    const [c, ...rest] = st.communities;
    const streets = [{ ...st, communities: [{ ...c, households: 2_000_000 }, ...rest] }, ...d.streets.slice(1)];
    const big: Scenario = { ...demo, city: { ...demo.city, districts: [{ ...d, streets }, ...demo.city.districts.slice(1)] } };
    const { waited, differences } = freshAndWritten(big, (p) => ({ ...waiting(p), most: Math.max(...p.series.hires) }));
    expect(waited.most).toBeGreaterThan(255);
    expect(waited.hires).toBe(false);
    expect(differences).toEqual([]);
  });

  it('keep every cell, the eight-at-a-time part and the rest of arrays of 21 cells alike', () => {
    // 21 = two groups of eight and a rest of five: a value or a count too large in either part must come back as it was.
    const completed = [0, 1.5, 0, 0, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 3e-300, 0, Number.MAX_VALUE];
    const late = [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1];
    for (const hires of [Array.from({ length: 21 }, (_, i) => i % 5), [...Array(20).fill(255), 256], [300, ...Array(20).fill(0)], [...Array(20).fill(0), -1]]) {
      const working = { spaceCompleted: Float64Array.from(completed), hires: Int32Array.from(hires), late: Float64Array.from(late) };
      const series = { spaceCompleted: working.spaceCompleted, hires: working.hires } as unknown as Series;
      const later = { late: working.late } as Parameters<typeof keepCompact>[1];
      keepCompact(series, later, { hireBytes: new Uint8Array(21) });
      // The next run reuses the working arrays: what is kept must not read them.
      for (const a of Object.values(working)) a.fill(9);
      // Only counts 0–255 are kept in bytes: they wait to be made; the others stay the 32-bit counts they were.
      expect(waits(series, 'hires')).toBe(hires.every((h) => h >= 0 && h <= 255));
      expect(Array.from(series.spaceCompleted)).toEqual(completed);
      expect(Array.from(later!.late)).toEqual(late);
      expect(Array.from(series.hires)).toEqual(hires);
    }
  });
});
