/**
 * HiringMoney, made once a run, against the costing it replaced (kept below as the reference: a Map of
 * rates and closures made each year, every listed community's hires with a branch on none): two copies
 * of the engine, one with the reference in its place, project random scenarios whose money binds, and
 * every figure must be the same to the bit (Object.is).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { projectionDifferences as differences } from '../../fixtures/projectionDifferences';
import type { Counts } from '../projection';
import type { Run } from '../runState';
import { PAYERS, payerAt, type Payer, type Scenario } from '../scenario';
import { payClassOf } from './payClass';
import type { UnitCosts } from './unitCosts';

// ---- the reference: the costing as it was, word for word ----

function referenceHiringMoney(
  run: Run,
  u: UnitCosts,
  defer: boolean,
): { affordable: (hires: Counts, communities: Int32Array) => number; short: { payer?: Payer; perHire: number }; ratesOf: (p: Payer) => Float64Array } {
  const { nCommunities: nc, nEntities: n, nDistricts, entities } = run.flat;
  const { district, kind } = entities;
  const train = (p: Payer) => (u.training.payer === p ? u.training.perHire : 0);
  const rates = new Map<Payer, Float64Array>();
  const ratesOf = (p: Payer): Float64Array => {
    let r = rates.get(p);
    if (r) return r;
    const fixed = train(p) + u.perWorker[p];
    const key = p === 'city' ? 'payCity' : 'payDistrict';
    r = run.byDistrict.hireRates[p];
    for (let d = 0; d < nDistricts; d++) for (let c = 0; c < 2; c++) r[2 * d + c] = p === 'street' ? fixed + 0 : fixed + (u.payByDistrict?.[d] ?? u)[key][c];
    rates.set(p, r);
    return r;
  };
  const short: { payer?: Payer; perHire: number } = { perHire: 0 };
  const affordable = (hires: Counts, communities: Int32Array): number => {
    if (!defer) return Infinity;
    const stationHires = sumOfHires(hires, nc, n);
    let most = Infinity;
    const bound = PAYERS.filter((p) => run.remaining[payerAt(p)] !== Infinity);
    if (bound.length === 0) return most;
    const [c0, c1, c2, count] = costOfHires(hires, communities, district, kind, Array.from([0, 1, 2], (j) => ratesOf(bound[Math.min(j, bound.length - 1)])));
    const costs = [c0, c1, c2];
    for (let j = 0; j < bound.length; j++) {
      const p = bound[j];
      const cost = costs[j];
      if (cost <= 0) continue;
      const stations = p === 'district' && u.stationsPaid ? stationHires * u.payDistrict[2] : 0;
      const k = Math.max(0, run.remaining[payerAt(p)] - stations) / (cost / count);
      if (k < most) [most, short.payer, short.perHire] = [k, p, cost / count];
    }
    return most;
  };
  return { affordable, short, ratesOf };
}

function sumOfHires(hires: Counts, from: number, to: number): number {
  const acc = new Float64Array(1);
  for (let e = from; e < to; e++) acc[0] += hires[e];
  return acc[0];
}

function costOfHires(hires: Counts, communities: Int32Array, district: Int32Array, kind: Uint8Array, [r0, r1, r2]: Float64Array[]): Float64Array {
  const acc = new Float64Array(4);
  for (let j = 0; j < communities.length; j++) {
    const e = communities[j];
    const h = hires[e];
    if (h === 0) continue;
    const at = 2 * district[e] + payClassOf(kind[e]);
    acc[0] += h * r0[at];
    acc[1] += h * r1[at];
    acc[2] += h * r2[at];
    acc[3] += h;
  }
  return acc;
}

/** The reference behind HiringMoney's face, as project() uses it: made anew each year. */
class ReferenceMoney {
  short: { payer?: Payer; perHire: number } = { perHire: 0 };
  private money: ReturnType<typeof referenceHiringMoney> | null = null;
  constructor(private readonly run: Run) {}
  year(u: UnitCosts, defer: boolean): this {
    this.money = referenceHiringMoney(this.run, u, defer);
    this.short = this.money.short;
    return this;
  }
  ratesOf = (p: Payer) => this.money!.ratesOf(p);
  affordable = (hires: Counts, communities: Int32Array) => this.money!.affordable(hires, communities);
}

// ---- the two engines ----

const { project } = await import('../project');
vi.resetModules();
vi.doMock('./hiringMoney', () => ({ HiringMoney: ReferenceMoney }));
const { project: referenceProject } = await import('../project');
afterAll(() => {
  vi.doUnmock('./hiringMoney');
});

describe('HiringMoney', () => {
  it('gives every figure of the reference costing on random scenarios whose money binds', () => {
    const seen = { runs: 0, budgetBound: 0, payers: new Set<string>(), notFinite: 0, ownShares: 0 };
    fc.assert(
      fc.property(arbMoneyBinding, (s) => {
        const [a, b] = [project(s), referenceProject(s)];
        seen.runs++;
        for (const h of a.hiring) if (h.limitedBy === 'budget') seen.budgetBound++;
        for (const h of a.hiring) if (h.payer) seen.payers.add(h.payer);
        if (!Number.isFinite(s.plan.hiring.trainingCostPerHire ?? 0)) seen.notFinite++;
        if (s.ruleSet.districtOverrides) seen.ownShares++;
        expect(differences(a, b)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
    // The scenarios did reach what they are meant to: money binding hiring, with each payer short in
    // turn, rates that are not finite, and districts with their own split.
    expect(seen.budgetBound).toBeGreaterThan(300);
    expect([...seen.payers].sort()).toEqual([...PAYERS].sort());
    expect(seen.notFinite).toBeGreaterThan(20);
    expect(seen.ownShares).toBeGreaterThan(300);
  });

  it('gives every figure of the reference costing on the demo city with its budgets cut', () => {
    let bound = 0;
    for (const k of [0.9, 0.97, 1]) {
      for (const trainingPayer of PAYERS) {
        const demo = demoScenario();
        const cut = (row: Record<string, number | 'unlimited'> | undefined) => row && Object.fromEntries(Object.entries(row).map(([y, v]) => [y, v === 'unlimited' ? v : Math.round(v * k)]));
        const s: Scenario = {
          ...demo,
          plan: {
            ...demo.plan,
            hiring: { ...demo.plan.hiring, trainingCostPerHire: 3000, trainingPayer },
            budgets: { city: cut(demo.plan.budgets.city), district: cut(demo.plan.budgets.district), street: { 2026: 1000, 2027: 'unlimited', 2028: 0, 2029: 'unlimited', 2030: 'unlimited' } },
          },
        };
        const [a, b] = [project(s), referenceProject(s)];
        bound += a.hiring.filter((h) => h.limitedBy === 'budget').length;
        expect(differences(a, b), `budgets × ${k}, training paid by ${trainingPayer}`).toEqual([]);
      }
    }
    expect(bound).toBeGreaterThan(5);
  });
});
