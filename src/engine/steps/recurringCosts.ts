/**
 * Recurring costs in a year: staff pay (communities, and street stations where their posts are in
 * force), every unit-cost line (basis × unit cost, src/engine/costParams.ts) and the one-off space
 * reward. Staff are counted as they stand when called (after leavers, before hires); addHireCosts adds
 * the hires afterwards.
 */
import { WORKER_BASES } from '../costParams';
import { costLineIndex, type Run } from '../runState';
import type { CostValues, Series } from '../projection';
import { CHUNK } from '../chunk';
import type { Payer } from '../scenario';
import { bookLine } from './bookLine';
import { hireCostsOf, type HireCosting } from './hireCosts';
import { payClassOf } from './payClass';
import type { UnitCosts } from './unitCosts';

const L = {
  payCity: costLineIndex('staffPay', 'city'),
  payDistrict: costLineIndex('staffPay', 'district'),
  reward: costLineIndex('reward', 'city'),
  training: { city: costLineIndex('training', 'city'), district: costLineIndex('training', 'district'), street: costLineIndex('training', 'street') },
};

export type PayerSums = Record<Payer, number>;

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
 * (18 MB of garbage a national run in this loop alone). The community loops take them into locals a
 * chunk of communities at a time (chunk.ts).
 */
function payCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const rates = payTable(run, u);
  const acc = new Float64Array(2);
  const [payCity, payDistrict] = [run.costs[L.payCity], run.costs[L.payDistrict]];
  // A line no one reads, or one made when read (payLater.ts), need not be written; its sum is the same read back only from 64-bit storage.
  const later = run.payLater;
  if (later || (unreadLine(run, L.payCity, payCity) && unreadLine(run, L.payDistrict, payDistrict))) paySums(run, y, u, rates, acc);
  else payLines(run, y, u, rates, acc);
  if (u.stationsPaid) stationPay(run, y, u.payDistrict[STATION], acc);
  if (later) later[y] = { rates, byDistrict: u.payByDistrict !== undefined, stations: u.stationsPaid ? [u.payCity[STATION], u.payDistrict[STATION]] : null };
  return { city: acc[0], district: acc[1], street: 0 };
}

/** Whether line k of the run is left unworked and stored as wide as its values, so a sum read back from it is the value written. */
function unreadLine(run: Run, k: number, line: CostValues): boolean {
  return run.unread.costLines[k] === true && line instanceof Float64Array;
}

/**
 * What a community worker is paid, by district and pay class: at 4d + c the city's part and at
 * 4d + 2 + c the district's, the district's own split where it sets one (read once here, not once a
 * community). An array of numbers, not a Float64Array: one over 64 bytes is kept outside V8's heap, and
 * making one twice a year cost a national run more than the table saved.
 */
function payTable(run: Run, u: UnitCosts): number[] {
  // Pushed in a loop: Array.from over a { length } object walks it generically, several times slower twice a year.
  const rates: number[] = [];
  for (let k = 0; k < 4 * run.flat.nDistricts; k++) {
    const pay = u.payByDistrict?.[k >> 2] ?? u;
    rates.push((k & 2 ? pay.payDistrict : pay.payCity)[k & 1]);
  }
  return rates;
}

/** Writes the communities' pay lines for year y and adds them to acc (city, district) as read back, CHUNK communities a call. */
function payLines(run: Run, y: number, u: UnitCosts, rates: number[], acc: Float64Array): void {
  const { nCommunities: nc, nEntities: n, entities } = run.flat;
  // Without districts' own splits every district pays at district 0's rates, and the district is not read.
  const district = u.payByDistrict ? entities.district : null;
  const [payCity, payDistrict] = [run.costs[L.payCity], run.costs[L.payDistrict]];
  for (let e = 0; e < nc; e += CHUNK) payLinesOf(y * n, e, Math.min(nc, e + CHUNK), run.series, entities.kind, district, rates, payCity, payDistrict, acc);
}

function payLinesOf(o: number, from: number, to: number, { inPost, established }: Series, kind: Uint8Array, district: Int32Array | null, rates: number[], payCity: CostValues, payDistrict: CostValues, acc: Float64Array): void {
  let city = acc[0];
  let byDistrict = acc[1];
  for (let e = from; e < to; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const at = (district === null ? 0 : 4 * district[e]) + payClassOf(kind[e]);
    payCity[i] = inPost[i] * rates[at];
    payDistrict[i] = inPost[i] * rates[at + 2];
    city += payCity[i];
    byDistrict += payDistrict[i];
  }
  acc[0] = city;
  acc[1] = byDistrict;
}

/** The communities' pay for year y added to acc (city, district), the lines left unwritten, CHUNK communities a call. */
function paySums(run: Run, y: number, u: UnitCosts, rates: number[], acc: Float64Array): void {
  const { nCommunities: nc, nEntities: n, entities } = run.flat;
  // Without districts' own splits every district pays at district 0's rates, and the district is not read.
  const district = u.payByDistrict ? entities.district : null;
  for (let e = 0; e < nc; e += CHUNK) paySumsOf(y * n, e, Math.min(nc, e + CHUNK), run.series, entities.kind, district, rates, acc);
}

function paySumsOf(o: number, from: number, to: number, { inPost, established }: Series, kind: Uint8Array, district: Int32Array | null, rates: number[], acc: Float64Array): void {
  let city = acc[0];
  let byDistrict = acc[1];
  for (let e = from; e < to; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const at = (district === null ? 0 : 4 * district[e]) + payClassOf(kind[e]);
    city += inPost[i] * rates[at];
    byDistrict += inPost[i] * rates[at + 2];
  }
  acc[0] = city;
  acc[1] = byDistrict;
}

/** CS2010-6a: the station's staff in post are paid by the district, like the station itself; added to acc[1]. */
function stationPay(run: Run, y: number, perWorker: number, acc: Float64Array): void {
  const { nCommunities: nc, nStreets: ns, nEntities: n } = run.flat;
  const o = y * n;
  const inPost = run.series.inPost;
  // Lines that wait (payLater.ts) are 64-bit when made: the sum is what they will read back.
  const payDistrict = run.payLater ? null : run.costs[L.payDistrict];
  for (let e = nc; e < nc + ns; e++) {
    if (payDistrict) {
      payDistrict[o + e] = inPost[o + e] * perWorker;
      acc[1] += payDistrict[o + e];
    } else acc[1] += inPost[o + e] * perWorker;
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

/**
 * Adds the pay and per-worker costs of this year's hires (every hire fills a gap, so is within the
 * quota), and the pre-job training of the community hires (CS2010-7d). places lists the entities that
 * can have hires (stepHiring's), by index.
 */
export function addHireCosts(run: Run, y: number, u: UnitCosts, places: Int32Array): PayerSums {
  const { nCommunities: nc, nStreets: ns } = run.flat;
  const { costs } = run;
  // Lines no one reads are left out: the per-worker lines are only added to, and the training sum
  // read back from a 64-bit line is the value written.
  const perWorker = u.lines.filter((l) => WORKER_BASES.has(l.param.basis) && run.unread.costLines[l.line] !== true);
  const trainLine = L.training[u.training.payer];
  const hire: HireLines = {
    lines: Array.from(perWorker, (l) => costs[l.line]),
    units: Float64Array.from(perWorker, (l) => l.unit),
    train: unreadLine(run, trainLine, costs[trainLine]) ? null : costs[trainLine],
  };
  // city, district, street, community hires: sums carried from one chunk of places to the next (chunk.ts).
  const acc = new Float64Array(4);
  const end = communityHireCosts(run, y, u, places, payTable(run, u), hire, acc);
  if (u.stationsPaid) stationHireCosts(run, y, u, places, end, nc + ns, acc);
  const [city, district, street, communityHires] = acc;
  const sums: PayerSums = { city, district, street };
  sums.city += communityHires * u.perWorker.city;
  sums.district += communityHires * u.perWorker.district;
  sums.street += communityHires * u.perWorker.street;
  return sums;
}

/** The per-worker lines a community hire adds to, their unit costs, and the training line when a hire is trained at a cost and it is read. */
interface HireLines {
  lines: CostValues[];
  units: Float64Array;
  train: CostValues | null;
}

/** The community hires' pay, per-worker lines and training, added to acc, CHUNK places a call; returns where in places the communities end. */
function communityHireCosts(run: Run, y: number, u: UnitCosts, places: Int32Array, rates: number[], { lines, units, train }: HireLines, acc: Float64Array): number {
  const { nCommunities: nc, nEntities: n, entities } = run.flat;
  // Pay lines no one reads are left as they are: their sums are the steps', not read back from them.
  const paid = run.payLater === null && (run.unread.costLines[L.payCity] !== true || run.unread.costLines[L.payDistrict] !== true);
  const costing: HireCosting = {
    o: y * n,
    nc,
    hires: run.series.hires,
    kind: entities.kind,
    // Without districts' own splits every district pays at district 0's rates, and the district is not read.
    district: u.payByDistrict ? entities.district : null,
    rates,
    pay: paid ? [run.costs[L.payCity], run.costs[L.payDistrict]] : null,
    lines,
    units,
    perHire: u.training.perHire,
    train,
    trainer: u.training.payer === 'city' ? 0 : u.training.payer === 'district' ? 1 : 2,
  };
  let j = 0;
  while (j < places.length && places[j] < nc) j = hireCostsOf(costing, places, j, Math.min(places.length, j + CHUNK), acc);
  return j;
}

/** CS2010-6a: the street stations' hires are paid by the district at the station's rate, added to acc. */
function stationHireCosts(run: Run, y: number, u: UnitCosts, places: Int32Array, from: number, last: number, acc: Float64Array): void {
  const o = y * run.flat.nEntities;
  const hires = run.series.hires;
  const [payCity, payDistrict] = [run.costs[L.payCity], run.costs[L.payDistrict]];
  const [city, district] = [u.payCity[STATION], u.payDistrict[STATION]];
  const paid = run.payLater === null;
  for (let j = from; j < places.length && places[j] < last; j++) {
    const i = o + places[j];
    const h = hires[i];
    if (h === 0) continue;
    if (paid) {
      payCity[i] += h * city;
      payDistrict[i] += h * district;
    }
    acc[0] += h * city;
    acc[1] += h * district;
  }
}
