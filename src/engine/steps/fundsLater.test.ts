/**
 * A fresh run's per-community fund lines wait to be made until read (fundsLater.ts): made then, every
 * value is the one bookLine stores when it writes them (a run on an Arena), to the last bit, on the demo
 * and on random scenarios; a line whose item is earmarked is written as before; a line is made once, and
 * a released projection's cannot be read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { countWaited, freshAndWritten, waits } from '../../fixtures/madeOnRead';
import { COST_PARAMS } from '../costParams';
import { project } from '../project';
import type { Projection } from '../projection';
import { releaseProjection } from '../release';
import { COST_LINES } from '../runState';
import type { Scenario } from '../scenario';

/** The cost lines booked once per community or village. */
const FUNDS = COST_LINES.flatMap(({ key }, k) => (['community', 'ruralCommunity'].includes(COST_PARAMS.find((c) => c.key === key)?.basis ?? '') ? [k] : []));

/** The fund lines of p still waiting to be made (accessors, not stored arrays). */
const waiting = (p: Projection) => FUNDS.filter((k) => waits(p.costs, k));

/** Compares a fresh run of s (fund lines may wait) with one whose steps write every line (arrays from an Arena); returns the lines that waited. */
function check(s: Scenario): number[] {
  const { waited, writtenWaited, differences } = freshAndWritten(s, waiting);
  expect(writtenWaited).toEqual([]);
  expect(differences).toEqual([]);
  return waited;
}

describe('fund lines made when read', () => {
  it('give every value bookLine writes, on the demo, and hold back a line whose item is earmarked', () => {
    const demo = demoScenario();
    const waited = check(demo);
    expect(waited.length).toBeGreaterThan(0);
    const { item, payer } = COST_LINES[waited[0]];
    const years = Object.keys(demo.plan.budgets.city ?? { [demo.horizon.baseYear + 1]: 0 });
    const earmarked: Scenario = { ...demo, plan: { ...demo.plan, earmarks: { [payer]: { [item]: Object.fromEntries(years.map((y) => [y, 1e6])) } } } };
    expect(check(earmarked)).not.toContain(waited[0]);
  });

  it('give every value bookLine writes, on random scenarios', () => {
    expect(countWaited(fc.oneof(arbScenario, arbMoneyBinding), (s) => check(s).length > 0, 1500)).toBeGreaterThan(100);
  });

  it('are made once, then kept', () => {
    const p = project(demoScenario());
    const [k] = waiting(p);
    const line = p.costs[k];
    expect(waiting(p)).not.toContain(k);
    expect(p.costs[k]).toBe(line);
  });

  it('cannot be read once the projection is released, made or not', () => {
    const p = project(demoScenario());
    const [made, unmade] = waiting(p);
    void p.costs[made];
    releaseProjection(p);
    expect(() => p.costs[made]).toThrow(/released/);
    expect(() => p.costs[unmade]).toThrow(/released/);
  });
});
