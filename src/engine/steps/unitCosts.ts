/** What one worker and one community cost each payer in a year, under the rule set and the plan. */
import { PAY_CLASSES } from '../projection';
import type { Run } from '../runState';
import type { Payer } from '../scenario';
import type { ParamKey } from '../params';

export interface UnitCosts {
  /** pay per worker (steps/payRates.ts) split city:district, by pay class in PAY_CLASSES order */
  payCity: number[];
  payDistrict: number[];
  /** CS2010-6a: the street stations' posts are in force this year, so their staff are paid */
  stationsPaid: boolean;
  /** CS2010-7c-2: the city's directed subsidy for the public services a worker delivers, up to the quota */
  subsidyCity: number;
  /** CS2010-7d: pre-job training of a community hire, and who pays it */
  training: { perHire: number; payer: Payer };
  /** NJ2007-21a, NJ2007-22 */
  fundsCity: number;
  fundsDistrict: number;
  /** QY-17, QY-8 */
  perHousehold: number;
  perNewHousehold: number;
  /** QY-9: a migrant coordinator's pay */
  perCoordinator: number;
  /** pay split by district index, where some district sets its own city share of urban pay */
  payByDistrict?: { payCity: number[]; payDistrict: number[] }[];
}

export function unitCosts(run: Run, y: number): UnitCosts {
  const v = (key: ParamKey) => run.params[key]?.[y] ?? 0;
  const { hiring } = run.scenario.plan;
  const pay = run.pay.perWorker[y];
  const shares = PAY_CLASSES.map((c) => run.pay.cityShare[c][y]);
  // Only the urban class (index 0) follows a district's own split: pay.cityShare is GOV2020-3b's urban split.
  const byDistrict = run.districtCityShare?.map((row) => shares.map((s, c) => (c === 0 ? (row[y] ?? s) : s)));
  return {
    ...(byDistrict && { payByDistrict: byDistrict.map((d) => ({ payCity: d.map((s) => pay * s), payDistrict: d.map((s) => pay * (1 - s)) })) }),
    payCity: shares.map((s) => pay * s),
    payDistrict: shares.map((s) => pay * (1 - s)),
    stationsPaid: (['staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'] as const).some((k) => run.params[k]?.[y] != null),
    subsidyCity: v('pay.cityPerWorker'),
    training: { perHire: hiring.trainingCostPerHire ?? 0, payer: hiring.trainingPayer ?? 'district' },
    fundsCity: v('funds.cityPerCommunity'),
    fundsDistrict: v('funds.districtPerCommunity'),
    perHousehold: v('funds.streetPerHousehold'),
    perNewHousehold: v('funds.streetPerNewHousehold'),
    perCoordinator: v('migrants.payPerCoordinator'),
  };
}
