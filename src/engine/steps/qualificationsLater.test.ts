/**
 * A fresh run's certified and graduate staff wait to be made until read (qualificationsLater.ts): made
 * then, every value is the one the year's opening and hiring store (a run on an Arena), to the last bit,
 * on the demo with several attrition rates and shares of qualified hires, and on random scenarios; the
 * rest of the projection is unchanged; each is made once, and a released projection's cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { countWaited, freshAndWritten, waits } from '../../fixtures/madeOnRead';
import { project } from '../project';
import type { Projection } from '../projection';
import { releaseProjection } from '../release';
import type { Scenario } from '../scenario';

/** Whether p's certified and graduate staff are still waiting to be made (accessors, not stored arrays). */
const waiting = (p: Projection) => waits(p.series, 'certified') && waits(p.series, 'bachelor');

/** Compares a fresh run of s (qualifications may wait) with one whose steps write them (arrays from an Arena); returns whether the fresh run's waited. */
function check(s: Scenario): boolean {
  const { waited, writtenWaited, differences } = freshAndWritten(s, waiting);
  expect(writtenWaited).toBe(false);
  expect(differences).toEqual([]);
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
    expect(countWaited(arbScenario, check, 1000)).toBeGreaterThan(100);
  });

  it('give every value the steps write where money binds from every side', () => {
    expect(countWaited(arbMoneyBinding, check, 1000)).toBeGreaterThan(100);
  });

  it('are made once, then kept', () => {
    const p = project(demoScenario());
    expect(waiting(p)).toBe(true);
    const certified = p.series.certified;
    expect(waits(p.series, 'certified')).toBe(false);
    expect(p.series.certified).toBe(certified);
    expect(waits(p.series, 'bachelor')).toBe(true);
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
