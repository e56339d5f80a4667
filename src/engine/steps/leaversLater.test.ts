/**
 * A fresh run's leavers wait to be made until read (leaversLater.ts): made then, every value is the one
 * the year's opening stores (a run on an Arena, openYear.ts), to the last bit, on the demo, with all staff
 * leaving, and random scenarios; the rest of the projection is unchanged; the leavers are made once, and
 * a released projection's cannot be read.
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

/** Whether p's leavers are still waiting to be made (an accessor, not a stored array). */
const waiting = (p: Projection) => waits(p.series, 'leavers');

/** Compares a fresh run of s (leavers may wait) with one whose opening writes them (arrays from an Arena); returns whether the fresh run's waited. */
function check(s: Scenario): boolean {
  const { waited, writtenWaited, differences } = freshAndWritten(s, waiting);
  expect(writtenWaited).toBe(false);
  expect(differences).toEqual([]);
  return waited;
}

const withAttrition = (s: Scenario, attritionRate: number): Scenario => ({ ...s, plan: { ...s.plan, hiring: { ...s.plan.hiring, attritionRate } } });

describe('leavers made when read', () => {
  it('give every value the opening writes, on the demo, with none and all staff leaving', () => {
    const demo = demoScenario();
    for (const s of [demo, withAttrition(demo, 0), withAttrition(demo, 1)]) expect(check(s)).toBe(true);
  });

  it('give every value the opening writes, on random scenarios', () => {
    expect(countWaited(arbScenario, check, 1000)).toBeGreaterThan(100);
  });

  it('give every value the opening writes where money binds from every side', () => {
    expect(countWaited(arbMoneyBinding, check, 1000)).toBeGreaterThan(100);
  });

  it('are made once, then kept', () => {
    const p = project(demoScenario());
    expect(waiting(p)).toBe(true);
    const leavers = p.series.leavers;
    expect(waiting(p)).toBe(false);
    expect(p.series.leavers).toBe(leavers);
  });

  it('cannot be read once the projection is released, made or not', () => {
    const made = project(demoScenario());
    void made.series.leavers;
    const unmade = project(demoScenario());
    releaseProjection(made);
    releaseProjection(unmade);
    expect(() => made.series.leavers).toThrow(/released/);
    expect(() => unmade.series.leavers).toThrow(/released/);
  });
});
