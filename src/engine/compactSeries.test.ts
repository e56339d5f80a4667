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
import { prepareCoverage } from './coverage/prepare';
import { flatten } from './flatten';
import { project } from './project';
import type { Projection } from './projection';
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
});
