/**
 * Recurring costs of every established community in a year: staff pay, the city's per-worker subsidy,
 * working funds, per-household funds, and the one-off space reward. Staff are counted as they stand
 * when called (after leavers, before hires); addHireCosts adds the hires afterwards.
 */
import { KIND_CODE } from '../flatten';
import { costLineIndex, type Run } from '../runState';
import type { Payer } from '../scenario';
import type { UnitCosts } from './unitCosts';

const L = {
  payCity: costLineIndex('staffPay', 'city'),
  payDistrict: costLineIndex('staffPay', 'district'),
  subsidyCity: costLineIndex('workerSubsidy', 'city'),
  fundsCity: costLineIndex('workingFunds', 'city'),
  fundsDistrict: costLineIndex('workingFunds', 'district'),
  household: costLineIndex('householdFunds', 'street'),
  newHousehold: costLineIndex('newHouseholdFunds', 'street'),
  reward: costLineIndex('reward', 'city'),
  training: { city: costLineIndex('training', 'city'), district: costLineIndex('training', 'district'), street: costLineIndex('training', 'street') },
  coordinators: costLineIndex('migrantCoordinators', 'district'),
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
  const { inPost, staffRequired, households, registeredHouseholds, coordinators, established, space } = series;
  const year = run.years[y];
  const threshold = run.params['reward.spaceThreshold']?.[y] ?? null;
  const amount = run.params['reward.amount']?.[y] ?? 0;
  const from = run.params['reward.firstYear']?.[y] ?? -Infinity;
  const to = run.params['reward.lastYear']?.[y] ?? Infinity;
  const rewardOpen = threshold !== null && amount > 0 && year >= from && year <= to;
  let city = 0;
  let district = 0;
  let street = 0;
  const [payCity, payDistrict, subsidyCity, fundsCity, fundsDistrict, household, newHousehold, coordinatorPay] = [
    costs[L.payCity], costs[L.payDistrict], costs[L.subsidyCity],
    costs[L.fundsCity], costs[L.fundsDistrict], costs[L.household], costs[L.newHousehold], costs[L.coordinators],
  ];
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const staff = inPost[i];
    const c = payClassOf(entities.kind[e]);
    const pay = u.payByDistrict?.[entities.district[e]] ?? u;
    payCity[i] = staff * pay.payCity[c];
    payDistrict[i] = staff * pay.payDistrict[c];
    subsidyCity[i] = Math.min(staff, staffRequired[i]) * u.subsidyCity;
    fundsCity[i] = u.fundsCity;
    fundsDistrict[i] = u.fundsDistrict;
    household[i] = households[i] * u.perHousehold;
    newHousehold[i] = registeredHouseholds[i] * u.perNewHousehold;
    city += payCity[i] + subsidyCity[i] + fundsCity[i];
    district += payDistrict[i] + fundsDistrict[i];
    street += household[i] + newHousehold[i];
    coordinatorPay[i] = coordinators[i] * u.perCoordinator;
    district += coordinatorPay[i];
    if (rewardOpen) {
      // NJ2007-21b: a one-off reward for newly reaching the threshold inside the window.
      const before = y === 0 ? base.space[e] : space[i - n];
      if (before < threshold && space[i] >= threshold) {
        costs[L.reward][i] = amount;
        city += amount;
      }
    }
  }
  if (u.stationsPaid) {
    // CS2010-6a: the station's staff in post are paid by the district, like the station itself.
    for (let e = nc; e < nc + ns; e++) {
      payDistrict[o + e] = inPost[o + e] * u.payDistrict[STATION];
      district += payDistrict[o + e];
    }
  }
  return { city, district, street };
}

/**
 * Adds the pay and subsidies of this year's hires (every hire fills a gap, so is within the quota), and
 * the pre-job training of the community hires (CS2010-7d).
 */
export function addHireCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const { nCommunities: nc, nStreets: ns, nEntities: n, entities } = run.flat;
  const o = y * n;
  const hires = run.series.hires;
  const { costs } = run;
  const train = costs[L.training[u.training.payer]];
  const sums: PayerSums = { city: 0, district: 0, street: 0 };
  let city = 0;
  let district = 0;
  const last = u.stationsPaid ? nc + ns : nc;
  for (let e = 0; e < last; e++) {
    const h = hires[o + e];
    if (h === 0) continue;
    const c = e < nc ? payClassOf(entities.kind[e]) : STATION;
    const sub = e < nc ? h * u.subsidyCity : 0;
    const pay = (e < nc && u.payByDistrict?.[entities.district[e]]) || u;
    costs[L.payCity][o + e] += h * pay.payCity[c];
    costs[L.payDistrict][o + e] += h * pay.payDistrict[c];
    costs[L.subsidyCity][o + e] += sub;
    city += h * pay.payCity[c] + sub;
    district += h * pay.payDistrict[c];
    if (e < nc && u.training.perHire > 0) {
      train[o + e] = h * u.training.perHire;
      sums[u.training.payer] += train[o + e];
    }
  }
  sums.city += city;
  sums.district += district;
  return sums;
}
