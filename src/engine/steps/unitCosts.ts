/** What one worker and one community cost each payer in a year, under the rule set and the plan. */
import type { Run } from '../runState';

export interface UnitCosts {
  /** NJ2007-17 / GOV2020-3b: wage × share of benchmark, split city:district */
  payCity: number;
  payDistrict: number;
  /** CS2010-7c-2 (city, up to the quota) and CS2010-7c-3 (district) */
  subsidyCity: number;
  subsidyDistrict: number;
  /** NJ2007-21a, NJ2007-22 */
  fundsCity: number;
  fundsDistrict: number;
  /** QY-17, QY-8 */
  perHousehold: number;
  perNewHousehold: number;
  /** QY-9: a migrant coordinator's pay */
  perCoordinator: number;
}

export function unitCosts(run: Run, y: number): UnitCosts {
  const v = (key: string) => run.params[key]?.[y] ?? 0;
  const pay = run.wage[y] * v('pay.wageShareOfBenchmark');
  const cityShare = run.cityShare[y];
  return {
    payCity: pay * cityShare,
    payDistrict: pay * (1 - cityShare),
    subsidyCity: v('pay.cityPerWorker'),
    subsidyDistrict: v('pay.districtPerWorker'),
    fundsCity: v('funds.cityPerCommunity'),
    fundsDistrict: v('funds.districtPerCommunity'),
    perHousehold: v('funds.streetPerHousehold'),
    perNewHousehold: v('funds.streetPerNewHousehold'),
    perCoordinator: v('migrants.payPerCoordinator'),
  };
}
