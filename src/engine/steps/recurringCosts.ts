/**
 * Recurring costs in a year: staff pay (communities, and street stations where their posts are in
 * force), every unit-cost line (basis × unit cost, src/engine/costParams.ts) and the one-off space
 * reward. Staff are counted as they stand when called (after leavers, before hires); addHireCosts adds
 * the hires afterwards.
 */
import { WORKER_BASES } from '../costParams';
import { KIND_CODE } from '../flatten';
import { costLineIndex, type Run } from '../runState';
import type { Payer } from '../scenario';
import type { LineCost, UnitCosts } from './unitCosts';

const L = {
  payCity: costLineIndex('staffPay', 'city'),
  payDistrict: costLineIndex('staffPay', 'district'),
  reward: costLineIndex('reward', 'city'),
  training: { city: costLineIndex('training', 'city'), district: costLineIndex('training', 'district'), street: costLineIndex('training', 'street') },
};

export type PayerSums = Record<Payer, number>;

const RURAL = KIND_CODE.rural;
/** A community's pay class (PAY_CLASSES): 0 urban, 1 rural; 2 is a street station. */
export const payClassOf = (kind: number): number => (kind === RURAL ? 1 : 0);
const STATION = 2;

/** Writes the recurring cost lines for year y and returns their sums per payer. */
export function stepRecurringCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const { flat, series, costs } = run;
  const { nCommunities: nc, nStreets: ns, nEntities: n, base, entities } = flat;
  const o = y * n;
  const { inPost, established, space } = series;
  const [payCity, payDistrict] = [costs[L.payCity], costs[L.payDistrict]];
  // Sums in local variables: adding into an object's field in the loop boxes every intermediate number.
  let city = 0;
  let district = 0;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const c = payClassOf(entities.kind[e]);
    const pay = u.payByDistrict?.[entities.district[e]] ?? u;
    payCity[i] = inPost[i] * pay.payCity[c];
    payDistrict[i] = inPost[i] * pay.payDistrict[c];
    city += payCity[i];
    district += payDistrict[i];
  }
  if (u.stationsPaid) {
    // CS2010-6a: the station's staff in post are paid by the district, like the station itself.
    for (let e = nc; e < nc + ns; e++) {
      payDistrict[o + e] = inPost[o + e] * u.payDistrict[STATION];
      district += payDistrict[o + e];
    }
  }
  const sums: PayerSums = { city, district, street: 0 };
  for (const line of u.lines) sums[line.param.payer] += bookLine(run, y, line);
  const year = run.years[y];
  const threshold = run.params['reward.spaceThreshold']?.[y] ?? null;
  const amount = run.params['reward.amount']?.[y] ?? 0;
  const from = run.params['reward.firstYear']?.[y] ?? -Infinity;
  const to = run.params['reward.lastYear']?.[y] ?? Infinity;
  if (threshold === null || amount <= 0 || year < from || year > to) return sums;
  const reward = costs[L.reward];
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    // NJ2007-21b: a one-off reward for newly reaching the threshold inside the window.
    const before = y === 0 ? base.space[e] : space[i - n];
    if (before < threshold && space[i] >= threshold) {
      reward[i] = amount;
      sums.city += amount;
    }
  }
  return sums;
}

/** Writes one unit-cost line for year y: its basis counted on each entity × the unit cost. Returns the line's total. */
function bookLine(run: Run, y: number, { line, param, unit, newOnly }: LineCost): number {
  const { nCommunities: nc, nStreets: ns, nEntities: n, entities } = run.flat;
  const o = y * n;
  const out = run.costs[line];
  const { basis } = param;
  if (basis === 'street' || basis === 'district') {
    // Streets and districts stand from the start, so a one-off already in force reaches none of them.
    if (newOnly) return 0;
    const [from, to] = basis === 'street' ? [nc, nc + ns] : [nc + ns, n];
    for (let e = from; e < to; e++) out[o + e] = unit;
    return unit * (to - from);
  }
  // A one-off in force the year before falls only on communities set up this year (none can be told apart in the first year).
  if (newOnly && y === 0) return 0;
  const { established, households, registeredHouseholds, coordinators, inPost, staffRequired } = run.series;
  const kind = entities.kind;
  const count = basis === 'household' ? households : basis === 'registeredHousehold' ? registeredHouseholds : basis === 'coordinator' ? coordinators : inPost;
  let sum = 0;
  // One loop per kind of count, so the inner loop carries no branch on the basis.
  if (basis === 'community' || basis === 'ruralCommunity') {
    const ruralOnly = basis === 'ruralCommunity';
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1) || (ruralOnly && kind[e] !== RURAL)) continue;
      out[i] = unit;
      sum += unit;
    }
  } else if (basis === 'workerUpToQuota') {
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
      const v = Math.min(count[i], staffRequired[i]) * unit;
      out[i] = v;
      sum += v;
    }
  } else {
    for (let e = 0; e < nc; e++) {
      const i = o + e;
      if (established[i] === 0 || (newOnly && established[i - n] === 1)) continue;
      const v = count[i] * unit;
      out[i] = v;
      sum += v;
    }
  }
  return sum;
}

/**
 * Adds the pay and per-worker costs of this year's hires (every hire fills a gap, so is within the
 * quota), and the pre-job training of the community hires (CS2010-7d).
 */
export function addHireCosts(run: Run, y: number, u: UnitCosts): PayerSums {
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
  // Sums in local variables, in the order an object's fields would take them (see stepRecurringCosts).
  let city = 0;
  let district = 0;
  let street = 0;
  const trainer = u.training.payer;
  let communityHires = 0;
  const last = u.stationsPaid ? nc + ns : nc;
  for (let e = 0; e < last; e++) {
    const h = hires[o + e];
    if (h === 0) continue;
    const i = o + e;
    const c = e < nc ? payClassOf(entities.kind[e]) : STATION;
    const pay = (e < nc && u.payByDistrict?.[entities.district[e]]) || u;
    payCity[i] += h * pay.payCity[c];
    payDistrict[i] += h * pay.payDistrict[c];
    city += h * pay.payCity[c];
    district += h * pay.payDistrict[c];
    if (e >= nc) continue;
    communityHires += h;
    for (let k = 0; k < nl; k++) lines[k][i] += h * units[k];
    if (u.training.perHire > 0) {
      train[i] = h * u.training.perHire;
      if (trainer === 'city') city += train[i];
      else if (trainer === 'district') district += train[i];
      else street += train[i];
    }
  }
  const sums: PayerSums = { city, district, street };
  sums.city += communityHires * u.perWorker.city;
  sums.district += communityHires * u.perWorker.district;
  sums.street += communityHires * u.perWorker.street;
  return sums;
}
