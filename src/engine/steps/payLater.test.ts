/**
 * A fresh run's staff-pay lines wait to be made until read (payLater.ts): made then, every value is the
 * one the steps store when they write the lines (a run on an Arena, recurringCosts.ts), to the last bit,
 * on the demo, with trained hires, and random scenarios; the rest of the projection is unchanged; a
 * line is made once, and a released projection's lines cannot be read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { countWaited, freshAndWritten, waits } from '../../fixtures/madeOnRead';
import { project } from '../project';
import type { Projection } from '../projection';
import { releaseProjection } from '../release';
import { COST_LINES } from '../runState';
import type { Scenario } from '../scenario';
import { PAY_LINES } from './payLater';

/** Whether cost line k of p is still waiting to be made (an accessor, not a stored array). */
const waiting = (p: Projection, k: number) => waits(p.costs, k);

/** Compares a fresh run of s (pay lines may wait) with one whose steps write every line (arrays from an Arena); returns whether the fresh run's pay lines waited. */
function check(s: Scenario): boolean {
  const { waited, writtenWaited, differences } = freshAndWritten(s, (p) => PAY_LINES.map((k) => waiting(p, k)));
  expect(writtenWaited).not.toContain(true);
  expect(differences).toEqual([]);
  return !waited.includes(false);
}

describe('pay lines made when read', () => {
  it('are the first two cost lines, staff pay of the city and of the district', () => {
    expect(PAY_LINES.map((k) => COST_LINES[k])).toEqual([
      { item: 'staffPay', payer: 'city' },
      { item: 'staffPay', payer: 'district' },
    ]);
  });

  it('give every value the steps write, on the demo, with stations paid and trained hires', () => {
    const demo = demoScenario();
    const trained: Scenario = { ...demo, plan: { ...demo.plan, hiring: { ...demo.plan.hiring, trainingCostPerHire: 3000, trainingYears: 1 } } };
    for (const s of [demo, trained]) expect(check(s)).toBe(true);
  });

  it('give every value the steps write, on random scenarios', () => {
    // About one random scenario in six pays both lines and counts in whole numbers, so its lines waited.
    expect(countWaited(arbScenario, check, 1000)).toBeGreaterThan(100);
  });

  it('give every value the steps write where money binds from every side, earmarks for staff pay included', () => {
    const seen = { waited: 0, earmarked: 0 };
    fc.assert(
      fc.property(arbMoneyBinding, (s) => {
        if (check(s)) seen.waited++;
        if (Object.values(s.plan.earmarks ?? {}).some((e) => e?.staffPay !== undefined)) seen.earmarked++;
      }),
      { numRuns: 1000 },
    );
    expect(seen.waited).toBeGreaterThan(100);
    expect(seen.earmarked).toBeGreaterThan(10);
  });

  it('are made once, then kept', () => {
    const p = project(demoScenario());
    const line = p.costs[0];
    expect(waiting(p, 0)).toBe(false);
    expect(p.costs[0]).toBe(line);
    expect(waiting(p, 1)).toBe(true);
  });

  it('cannot be read once the projection is released, made or not', () => {
    const p = project(demoScenario());
    void p.costs[0];
    releaseProjection(p);
    expect(() => p.costs[0]).toThrow(/released/);
    expect(() => p.costs[1]).toThrow(/released/);
  });
});
