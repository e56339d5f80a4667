/**
 * The recurring costs against the costing they replaced (kept below as the reference, word for word
 * but for comments: a pass per line that looked up each community's district and class rates, and
 * wrote every line whether read or not). Two copies of the engine, one with the reference in its place,
 * project random scenarios — budgets, deferral, earmarks, districts with their own pay split, trained
 * hires, paid stations — with lines now and then left unread as a draw leaves them; every figure, and
 * every line that is read, must be the same to the bit (Object.is).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { projectionDifferences } from '../../fixtures/projectionDifferences';
import { Arena } from '../arena';
import { KIND_CODE, flatten } from '../flatten';
import { prepareCoverage } from '../coverage/prepare';
import { COST_LINES, costLineIndex, type Run } from '../runState';
import { PAYERS, type Payer, type Scenario } from '../scenario';
import type { Unread } from '../unread';
import type { LineCost, UnitCosts } from './unitCosts';
import { WORKER_BASES } from '../costParams';

type PayerSums = Record<Payer, number>;

// ---- the reference: the costing as it was ----

const L = {
  payCity: costLineIndex('staffPay', 'city'),
  payDistrict: costLineIndex('staffPay', 'district'),
  reward: costLineIndex('reward', 'city'),
  training: { city: costLineIndex('training', 'city'), district: costLineIndex('training', 'district'), street: costLineIndex('training', 'street') },
};


const RURAL = KIND_CODE.rural;
const payClassOf = (kind: number): number => (kind === RURAL ? 1 : 0);
const STATION = 2;

function stepRecurringCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const sums = payCosts(run, y, u);
  for (const line of u.lines) sums[line.param.payer] += bookLine(run, y, line);
  sums.city = rewards(run, y, sums.city);
  return sums;
}

function payCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const { flat, series, costs } = run;
  const { nCommunities: nc, nEntities: n, entities } = flat;
  const o = y * n;
  const { inPost, established } = series;
  const [payCity, payDistrict] = [costs[L.payCity], costs[L.payDistrict]];
  const acc = new Float64Array(2);
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const c = payClassOf(entities.kind[e]);
    const pay = u.payByDistrict?.[entities.district[e]] ?? u;
    payCity[i] = inPost[i] * pay.payCity[c];
    payDistrict[i] = inPost[i] * pay.payDistrict[c];
    acc[0] += payCity[i];
    acc[1] += payDistrict[i];
  }
  if (u.stationsPaid) stationPay(run, y, u.payDistrict[STATION], acc);
  return { city: acc[0], district: acc[1], street: 0 };
}

function stationPay(run: Run, y: number, perWorker: number, acc: Float64Array): void {
  const { nCommunities: nc, nStreets: ns, nEntities: n } = run.flat;
  const o = y * n;
  const inPost = run.series.inPost;
  const payDistrict = run.costs[L.payDistrict];
  for (let e = nc; e < nc + ns; e++) {
    payDistrict[o + e] = inPost[o + e] * perWorker;
    acc[1] += payDistrict[o + e];
  }
}

function rewards(run: Run, y: number, city: number): number {
  const { nCommunities: nc, nEntities: n, base } = run.flat;
  const o = y * n;
  const { established, space } = run.series;
  const year = run.years[y];
  const threshold = run.params['reward.spaceThreshold']?.[y] ?? null;
  const amount = run.params['reward.amount']?.[y] ?? 0;
  const from = run.params['reward.firstYear']?.[y] ?? -Infinity;
  const to = run.params['reward.lastYear']?.[y] ?? Infinity;
  if (threshold === null || amount <= 0 || year < from || year > to) return city;
  const reward = run.costs[L.reward];
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const before = y === 0 ? base.space[e] : space[i - n];
    if (before < threshold && space[i] >= threshold) {
      reward[i] = amount;
      city += amount;
    }
  }
  return city;
}

function bookLine(run: Run, y: number, { line, param, unit, newOnly }: LineCost): number {
  const { nCommunities: nc, nStreets: ns, nEntities: n, entities } = run.flat;
  const o = y * n;
  const out = run.costs[line];
  const { basis } = param;
  if (basis === 'street' || basis === 'district') {
    if (newOnly) return 0;
    const [from, to] = basis === 'street' ? [nc, nc + ns] : [nc + ns, n];
    for (let e = from; e < to; e++) out[o + e] = unit;
    return unit * (to - from);
  }
  if (newOnly && y === 0) return 0;
  const { established, households, registeredHouseholds, coordinators, inPost, staffRequired } = run.series;
  const kind = entities.kind;
  const count = basis === 'household' ? households : basis === 'registeredHousehold' ? registeredHouseholds : basis === 'coordinator' ? coordinators : inPost;
  const sum = new Float64Array(1);
  if (basis === 'community' || basis === 'ruralCommunity') {
    const ruralOnly = basis === 'ruralCommunity';
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1) || (ruralOnly && kind[e] !== RURAL)) continue;
      out[i] = unit;
      sum[0] += unit;
    }
  } else if (basis === 'workerUpToQuota') {
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
      const v = Math.min(count[i], staffRequired[i]) * unit;
      out[i] = v;
      sum[0] += v;
    }
  } else {
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
      const v = count[i] * unit;
      out[i] = v;
      sum[0] += v;
    }
  }
  return sum[0];
}

function addHireCosts(run: Run, y: number, u: UnitCosts, places: Int32Array): PayerSums {
  const { nCommunities: nc, nStreets: ns, nEntities: n, entities } = run.flat;
  const o = y * n;
  const hires = run.series.hires;
  const { costs } = run;
  const train = costs[L.training[u.training.payer]];
  const perWorker = u.lines.filter((l) => WORKER_BASES.has(l.param.basis));
  const lines = perWorker.map((l) => costs[l.line]);
  const units = Float64Array.from(perWorker, (l) => l.unit);
  const nl = lines.length;
  const [payCity, payDistrict] = [costs[L.payCity], costs[L.payDistrict]];
  const acc = new Float64Array(4);
  const trainer = u.training.payer;
  const last = u.stationsPaid ? nc + ns : nc;
  for (let j = 0; j < places.length && places[j] < last; j++) {
    const e = places[j];
    const h = hires[o + e];
    if (h === 0) continue;
    const i = o + e;
    const c = e < nc ? payClassOf(entities.kind[e]) : STATION;
    const pay = (e < nc && u.payByDistrict?.[entities.district[e]]) || u;
    payCity[i] += h * pay.payCity[c];
    payDistrict[i] += h * pay.payDistrict[c];
    acc[0] += h * pay.payCity[c];
    acc[1] += h * pay.payDistrict[c];
    if (e >= nc) continue;
    acc[3] += h;
    for (let k = 0; k < nl; k++) lines[k][i] += h * units[k];
    if (u.training.perHire > 0) {
      train[i] = h * u.training.perHire;
      acc[trainer === 'city' ? 0 : trainer === 'district' ? 1 : 2] += train[i];
    }
  }
  const [city, district, street, communityHires] = acc;
  const sums: PayerSums = { city, district, street };
  sums.city += communityHires * u.perWorker.city;
  sums.district += communityHires * u.perWorker.district;
  sums.street += communityHires * u.perWorker.street;
  return sums;
}

// ---- the two engines ----

const { project } = await import('../project');
vi.resetModules();
vi.doMock('./recurringCosts', () => ({ stepRecurringCosts, addHireCosts, payClassOf }));
const { project: referenceProject } = await import('../project');
afterAll(() => {
  vi.doUnmock('./recurringCosts');
});

/** Both engines on s, its lines read whole and with those marked in mask unread (as drawReads.ts allows: never the model reward's or an earmarked item's). */
function compare(s: Scenario, mask: boolean[]): void {
  const unread: Unread = { qualifications: false, costLines: COST_LINES.map(({ item, payer }, k) => mask[k] && item !== 'modelReward' && s.plan.earmarks?.[payer]?.[item] === undefined) };
  for (const u of [{ qualifications: false, costLines: [] }, unread]) {
    // Arrays from an Arena: the steps write every line then, where a fresh run leaves the pay lines to be made when read (payLater.ts).
    const run = (p: typeof project) => p(s, {}, { flat: flatten(s.city), prep: prepareCoverage(s), unread: u, alloc: new Arena() });
    expect(projectionDifferences(run(project), run(referenceProject), 5, (l) => !u.costLines[l])).toEqual([]);
  }
}

/** A scenario whose money binds from every side, and which cost lines a draw might leave unread. */
const arbCosted = fc.record({ s: arbMoneyBinding, mask: fc.array(fc.boolean(), { minLength: COST_LINES.length, maxLength: COST_LINES.length }) });


describe('recurring costs', () => {
  it('give every figure of the reference costing on random scenarios', () => {
    const seen = { hires: 0, ownShares: 0, trained: 0, unreadPay: 0 };
    fc.assert(
      fc.property(arbCosted, ({ s, mask }) => {
        compare(s, mask);
        if (s.ruleSet.districtOverrides) seen.ownShares++;
        if ((s.plan.hiring.trainingCostPerHire ?? 0) > 0) seen.trained++;
        if (mask[0] && mask[1]) seen.unreadPay++;
      }),
      { numRuns: 1000 },
    );
    // The scenarios reached what they are meant to: own district splits, trained hires, pay left unread.
    expect(seen.ownShares).toBeGreaterThan(200);
    expect(seen.trained).toBeGreaterThan(200);
    expect(seen.unreadPay).toBeGreaterThan(100);
  });

  it('give every figure of the reference costing on the demo city, with stations paid and trained hires', () => {
    for (const trainingPayer of PAYERS) {
      const demo = demoScenario();
      const s: Scenario = { ...demo, plan: { ...demo.plan, hiring: { ...demo.plan.hiring, trainingCostPerHire: 3000, trainingPayer } } };
      compare(s, COST_LINES.map(() => true));
      compare(s, COST_LINES.map((_, k) => k % 2 === 0));
    }
  });
});
