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

/**
 * Writes the recurring cost lines for year y and returns their sums per payer. Each pass over the city
 * is a function of its own: V8 optimises a long loop while it runs (on-stack replacement) and enters
 * that code again at every call, and code after the loop, never run when it was compiled, drops back
 * to the interpreter — a second loop there would run a national city unoptimised every year.
 */
export function stepRecurringCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const sums = payCosts(run, y, u);
  for (const line of u.lines) sums[line.param.payer] += bookLine(run, y, line);
  sums.city = rewards(run, y, sums.city);
  return sums;
}

/**
 * Staff pay of communities and, where their posts are in force, street stations: the sums per payer.
 * The sums carried from one entity to the next are kept in a Float64Array, not in local variables: the
 * code V8 compiles for a loop while it runs keeps such a number boxed, one new heap object an entity
 * (18 MB of garbage a national run in this loop alone).
 */
function payCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const { flat, series, costs } = run;
  const { nCommunities: nc, nEntities: n, entities } = flat;
  const o = y * n;
  const { inPost, established } = series;
  const [payCity, payDistrict] = [costs[L.payCity], costs[L.payDistrict]];
  // city, district
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

/** CS2010-6a: the station's staff in post are paid by the district, like the station itself; added to acc[1]. */
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

/** NJ2007-21b: a one-off reward for newly reaching the space threshold inside the window, added to city, reward by reward. */
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
  // The line's total, carried round the loop in a typed array (see payCosts).
  const sum = new Float64Array(1);
  // One loop per kind of count, so the inner loop carries no branch on the basis.
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

/**
 * Adds the pay and per-worker costs of this year's hires (every hire fills a gap, so is within the
 * quota), and the pre-job training of the community hires (CS2010-7d). places lists the entities that
 * can have hires (stepHiring's), by index.
 */
export function addHireCosts(run: Run, y: number, u: UnitCosts, places: Int32Array): PayerSums {
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
  // city, district, street, community hires: sums carried round the loop, in a typed array (see payCosts).
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
