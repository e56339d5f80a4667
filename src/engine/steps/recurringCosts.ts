/**
 * Recurring costs of every established community in a year: staff pay, per-worker subsidies,
 * working funds, per-household funds, and the one-off space reward. Staff are counted as they stand
 * when called (after leavers, before hires); addHireCosts adds the hires afterwards.
 */
import { costLineIndex, type Run } from '../runState';
import type { Payer } from '../scenario';
import type { UnitCosts } from './unitCosts';

const L = {
  payCity: costLineIndex('staffPay', 'city'),
  payDistrict: costLineIndex('staffPay', 'district'),
  subsidyCity: costLineIndex('workerSubsidy', 'city'),
  subsidyDistrict: costLineIndex('workerSubsidy', 'district'),
  fundsCity: costLineIndex('workingFunds', 'city'),
  fundsDistrict: costLineIndex('workingFunds', 'district'),
  household: costLineIndex('householdFunds', 'street'),
  newHousehold: costLineIndex('newHouseholdFunds', 'street'),
  reward: costLineIndex('reward', 'city'),
  coordinators: costLineIndex('migrantCoordinators', 'district'),
};

export type PayerSums = Record<Payer, number>;

/** Writes the recurring cost lines for year y and returns their sums per payer. */
export function stepRecurringCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const { flat, series, costs } = run;
  const { nCommunities: nc, nEntities: n, base } = flat;
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
  const [payCity, payDistrict, subsidyCity, subsidyDistrict, fundsCity, fundsDistrict, household, newHousehold, coordinatorPay] = [
    costs[L.payCity], costs[L.payDistrict], costs[L.subsidyCity], costs[L.subsidyDistrict],
    costs[L.fundsCity], costs[L.fundsDistrict], costs[L.household], costs[L.newHousehold], costs[L.coordinators],
  ];
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0) continue;
    const staff = inPost[i];
    payCity[i] = staff * u.payCity;
    payDistrict[i] = staff * u.payDistrict;
    subsidyCity[i] = Math.min(staff, staffRequired[i]) * u.subsidyCity;
    subsidyDistrict[i] = staff * u.subsidyDistrict;
    fundsCity[i] = u.fundsCity;
    fundsDistrict[i] = u.fundsDistrict;
    household[i] = households[i] * u.perHousehold;
    newHousehold[i] = registeredHouseholds[i] * u.perNewHousehold;
    city += payCity[i] + subsidyCity[i] + fundsCity[i];
    district += payDistrict[i] + subsidyDistrict[i] + fundsDistrict[i];
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
  return { city, district, street };
}

/** Adds the pay and subsidies of this year's community hires (every hire fills a gap, so is within the quota). */
export function addHireCosts(run: Run, y: number, u: UnitCosts): PayerSums {
  const { nCommunities: nc, nEntities: n } = run.flat;
  const o = y * n;
  const hires = run.series.hires;
  const { costs } = run;
  let total = 0;
  for (let e = 0; e < nc; e++) {
    const h = hires[o + e];
    if (h === 0) continue;
    total += h;
    costs[L.payCity][o + e] += h * u.payCity;
    costs[L.payDistrict][o + e] += h * u.payDistrict;
    costs[L.subsidyCity][o + e] += h * u.subsidyCity;
    costs[L.subsidyDistrict][o + e] += h * u.subsidyDistrict;
  }
  return {
    city: total * (u.payCity + u.subsidyCity),
    district: total * (u.payDistrict + u.subsidyDistrict),
    street: 0,
  };
}
