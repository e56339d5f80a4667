/**
 * A fresh run's residents and its streets' and districts' households wait to be made until read
 * (populationLater.ts): made then, every value is the one the year's opening stores (a run on an Arena,
 * openYear.ts), to the last bit and in an array of the same kind, on the demo without its geometry and on
 * random scenarios, whichever is read first, and in storage handed back; a city with geometry works them out as it goes (coverage
 * reads residents as the projection is made); each is made once, and a released projection's cannot be read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { countWaited, freshAndWritten, waits } from '../../fixtures/madeOnRead';
import { Arena } from '../arena';
import { flatten } from '../flatten';
import { project } from '../project';
import type { Projection } from '../projection';
import { releaseProjection } from '../release';
import type { Scenario } from '../scenario';

/** Whether p's residents and households are still waiting to be made. */
const waiting = (p: Projection) => [waits(p.series, 'residents'), waits(p.series, 'households')];

/** The scenario with its city's geometry left out, so no coverage is prepared. */
function withoutGeometry(s: Scenario): Scenario {
  const { spatial: _, ...city } = s.city;
  return { ...s, city };
}

/** The scenario with half a resident more in its first community: counts no longer whole, the run keeps them in 64-bit floats (wholeCounts.ts). */
function withHalfResident(s: Scenario): Scenario {
  const [d, ...ds] = s.city.districts;
  const [st, ...sts] = d.streets;
  const [c, ...cs] = st.communities;
  const streets = [{ ...st, communities: [{ ...c, residents: c.residents + 0.5 }, ...cs] }, ...sts];
  return { ...s, city: { ...s.city, districts: [{ ...d, streets }, ...ds] } };
}

/** Compares a fresh run of s with one whose opening writes every figure (arrays from an Arena); returns whether the fresh run's waited. */
function check(s: Scenario): boolean {
  const { waited, writtenWaited, differences } = freshAndWritten(s, waiting);
  expect(writtenWaited).toEqual([false, false]);
  expect(differences).toEqual([]);
  expect(waited[0]).toBe(waited[1]);
  return waited[0];
}

/** A fresh run and a written one of s, residents read first in the fresh one: the same values, in arrays of the same kind. */
function residentsFirst(s: Scenario): void {
  const fresh = project(s);
  const written = project(s, {}, { flat: flatten(s.city), prep: null, alloc: new Arena() });
  const residents = fresh.series.residents;
  expect(waits(fresh.series, 'households')).toBe(true);
  for (const name of ['residents', 'households'] as const) {
    const [a, b] = [name === 'residents' ? residents : fresh.series.households, written.series[name]];
    expect(a.constructor).toBe(b.constructor);
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) expect(`${name} ${i}: ${a[i]}`).toBe(`${b[i]}`);
  }
}

describe('residents and stations’ households made when read', () => {
  it('give every value the opening writes, on the demo without its geometry', () => {
    expect(check(withoutGeometry(demoScenario()))).toBe(true);
    residentsFirst(withoutGeometry(demoScenario()));
  });

  it('give every value the opening writes in 64-bit counts', () => {
    const s = withHalfResident(withoutGeometry(demoScenario()));
    expect(project(s).series.residents).toBeInstanceOf(Float64Array);
    expect(check(s)).toBe(true);
    residentsFirst(s);
    fc.assert(fc.property(arbScenario, (r) => residentsFirst(withHalfResident(r))), { numRuns: 200 });
  });

  it('are worked out as the run goes where coverage reads the residents', () => {
    expect(check(demoScenario())).toBe(false);
  });

  it('give every value the opening writes, on random scenarios', () => {
    expect(countWaited(arbScenario, check, 1000)).toBeGreaterThan(100);
  });

  it('give every value the opening writes where money binds from every side', () => {
    expect(countWaited(arbMoneyBinding, check, 1000)).toBeGreaterThan(100);
  });

  it('give every value the opening writes when the residents are read first', () => {
    fc.assert(fc.property(arbScenario, (s) => residentsFirst(withoutGeometry(s))), { numRuns: 300 });
  });

  it('start the stations from 0 in storage a released projection handed back', () => {
    const s = withoutGeometry(demoScenario());
    const first = project(s);
    void first.series.households;
    releaseProjection(first);
    residentsFirst(s);
  });

  it('are made once, then kept', () => {
    const p = project(withoutGeometry(demoScenario()));
    expect(waiting(p)).toEqual([true, true]);
    const { households, residents } = p.series;
    expect(waiting(p)).toEqual([false, false]);
    expect(p.series.households).toBe(households);
    expect(p.series.residents).toBe(residents);
  });

  it('cannot be read once the projection is released, made or not', () => {
    const made = project(withoutGeometry(demoScenario()));
    void made.series.residents;
    void made.series.households;
    const unmade = project(withoutGeometry(demoScenario()));
    releaseProjection(made);
    releaseProjection(unmade);
    for (const p of [made, unmade]) {
      expect(() => p.series.residents).toThrow(/released/);
      expect(() => p.series.households).toThrow(/released/);
    }
  });
});
