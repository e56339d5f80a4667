/** What one worker and one unit of each cost basis cost each payer in a year, under the rule set and the plan. */
import { COST_PARAMS, WORKER_BASES, costTerms, inForceBefore, unitCost, type CostParam } from '../costParams';
import { PAY_CLASSES } from '../projection';
import { COST_LINES, type Run } from '../runState';
import type { Payer } from '../scenario';
import { cityShareFor } from './payRates';
import { packedMap } from '../packedMap';

/** A unit-cost line due this year. */
export interface LineCost {
  /** index into COST_LINES and run.costs */
  line: number;
  param: CostParam;
  unit: number;
  /** a one-off cost whose rule was already in force the year before: only entities new this year pay it */
  newOnly: boolean;
}

export interface UnitCosts {
  /** pay per worker (steps/payRates.ts) split city:district, by pay class in PAY_CLASSES order */
  payCity: number[];
  payDistrict: number[];
  /** CS2010-6a: the street stations' posts are in force this year, so their staff are paid */
  stationsPaid: boolean;
  /** CS2010-7d: pre-job training of a community hire, and who pays it */
  training: { perHire: number; payer: Payer };
  /** the unit-cost lines with a non-zero unit cost this year */
  lines: LineCost[];
  /** what the per-worker lines cost each payer for one more community worker this year */
  perWorker: Record<Payer, number>;
  /** pay split by district index, where some district sets its own city share of urban pay */
  payByDistrict?: { payCity: number[]; payDistrict: number[] }[];
}

const LINE_OF = COST_PARAMS.map((c) => COST_LINES.findIndex((l) => l.key === c.key));

export function unitCosts(run: Run, y: number): UnitCosts {
  const { params, years } = run;
  const { hiring } = run.scenario.plan;
  const pay = run.pay.perWorker[y];
  const shares = PAY_CLASSES.map((c) => run.pay.cityShare[c][y]);
  const perWorker: Record<Payer, number> = { city: 0, district: 0, street: 0 };
  const lines: LineCost[] = [];
  COST_PARAMS.forEach((param, k) => {
    const unit = unitCost(costTerms(params, years, param, y));
    if (unit === 0) return;
    const newOnly = param.timing === 'once' && inForceBefore(params, years, param, y, run.inForceAtBase.has(param.key));
    lines.push({ line: LINE_OF[k], param, unit, newOnly });
    if (WORKER_BASES.has(param.basis)) perWorker[param.payer] += unit;
  });
  const byDistrict = run.districtCityShare?.map((_, d) => PAY_CLASSES.map((c) => cityShareFor(run.pay, run.districtCityShare, c, d, y)));
  const { payCity, payDistrict } = split(pay, shares);
  return {
    ...(byDistrict && { payByDistrict: packedMap(byDistrict, (d) => split(pay, d)) }),
    payCity,
    payDistrict,
    stationsPaid: (['staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'] as const).some((k) => params[k]?.[y] != null),
    training: { perHire: hiring.trainingCostPerHire ?? 0, payer: hiring.trainingPayer ?? 'district' },
    lines,
    perWorker,
  };
}

/**
 * Pay split city:district by each share, grown by push in a loop of its own. Not map: once V8 optimises
 * its caller, map makes holey arrays, a new map for every optimised reader of these arrays to drop back
 * to the interpreter on. Not Array.from: it walks an iterator, an object per value, every year of every
 * Monte Carlo draw. These array literals hold numbers alone (see packedMap.ts).
 */
function split(pay: number, shares: number[]): { payCity: number[]; payDistrict: number[] } {
  const payCity: number[] = [];
  const payDistrict: number[] = [];
  for (let k = 0; k < shares.length; k++) {
    payCity.push(pay * shares[k]);
    payDistrict.push(pay * (1 - shares[k]));
  }
  return { payCity, payDistrict };
}
