/**
 * A fresh run's certified and graduate staff wait to be made until read (qualificationsLater.ts): made
 * then, every value is the one the year's opening and hiring store (a run on an Arena), to the last bit,
 * on the demo with several attrition rates and shares of qualified hires, and on random scenarios; the
 * rest of the projection is unchanged; each is made once, and a released projection's cannot be read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { projectionDifferences } from '../../fixtures/projectionDifferences';
import { Arena } from '../arena';
import { prepareCoverage } from '../coverage/prepare';
import { flatten } from '../flatten';
import { project } from '../project';
import type { Projection } from '../projection';
import { releaseProjection } from '../release';
import type { Scenario } from '../scenario';

/** Whether p's certified and graduate staff are still waiting to be made (accessors, not stored arrays). */
const waiting = (p: Projection) => (['certified', 'bachelor'] as const).every((k) => Object.getOwnPropertyDescriptor(p.series, k)?.get !== undefined);

/** Compares a fresh run of s (qualifications may wait) with one whose steps write them (arrays from an Arena); returns whether the fresh run's waited. */
function check(s: Scenario): boolean {
  const prepared = () => ({ flat: flatten(s.city), prep: prepareCoverage(s) });
  const fresh = project(s, {}, prepared());
  const written = project(s, {}, { ...prepared(), alloc: new Arena() });
  const waited = waiting(fresh);
  expect(waiting(written)).toBe(false);
  expect(projectionDifferences(fresh, written)).toEqual([]);
  return waited;
}

const withHiring = (s: Scenario, attritionRate: number, certifiedShare: number, bachelorShare: number): Scenario => ({
  ...s,
  plan: { ...s.plan, hiring: { ...s.plan.hiring, attritionRate, certifiedShare, bachelorShare } },
});

describe('qualifications made when read', () => {
  it('give every value the steps write, on the demo, with attrition and shares of qualified hires from none to all', () => {
    const demo = demoScenario();
    for (const s of [demo, withHiring(demo, 0, 0, 0), withHiring(demo, 1, 1, 1), withHiring(demo, 0.13, 0.37, 0.61)]) expect(check(s)).toBe(true);
  });

  it('give every value the steps write, on random scenarios', () => {
    let waited = 0;
    fc.assert(
      fc.property(arbScenario, (s) => {
        if (check(s)) waited++;
      }),
      { numRuns: 1000 },
    );
    expect(waited).toBeGreaterThan(100);
  });

  it('give every value the steps write where money binds from every side', () => {
    let waited = 0;
    fc.assert(
      fc.property(arbMoneyBinding, (s) => {
        if (check(s)) waited++;
      }),
      { numRuns: 1000 },
    );
    expect(waited).toBeGreaterThan(100);
  });

  it('are made once, then kept', () => {
    const p = project(demoScenario());
    expect(waiting(p)).toBe(true);
    const certified = p.series.certified;
    expect(Object.getOwnPropertyDescriptor(p.series, 'certified')?.get).toBeUndefined();
    expect(p.series.certified).toBe(certified);
    expect(Object.getOwnPropertyDescriptor(p.series, 'bachelor')?.get).toBeDefined();
  });

  it('cannot be read once the projection is released, made or not', () => {
    const made = project(demoScenario());
    void made.series.certified;
    const unmade = project(demoScenario());
    releaseProjection(made);
    releaseProjection(unmade);
    expect(() => made.series.certified).toThrow(/released/);
    expect(() => unmade.series.certified).toThrow(/released/);
  });
});
