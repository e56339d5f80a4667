/** What one worker and one unit of each cost basis cost each payer in a year, under the rule set and the plan. */
import { COST_PARAMS, WORKER_BASES, costTerms, unitCost, type CostParam } from '../costParams';
import { COST_LINES, type Run } from '../runState';
import type { Payer } from '../scenario';

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
  /** NJ2007-17 / GOV2020-3b: wage × share of benchmark, split city:district */
  payCity: number;
  payDistrict: number;
  /** the unit-cost lines with a non-zero unit cost this year */
  lines: LineCost[];
  /** what one more worker costs each payer this year: pay and every per-worker line */
  perHire: Record<Payer, number>;
}

const LINE_OF = COST_PARAMS.map((c) => COST_LINES.findIndex((l) => l.key === c.key));

export function unitCosts(run: Run, y: number): UnitCosts {
  const { params, years } = run;
  const pay = run.wage[y] * (params['pay.wageShareOfBenchmark']?.[y] ?? 0);
  const cityShare = run.cityShare[y];
  const payCity = pay * cityShare;
  const payDistrict = pay * (1 - cityShare);
  const perHire: Record<Payer, number> = { city: payCity, district: payDistrict, street: 0 };
  const lines: LineCost[] = [];
  COST_PARAMS.forEach((param, k) => {
    const unit = unitCost(costTerms(params, years, param, y));
    if (unit === 0) return;
    const newOnly = param.timing === 'once' && (y === 0 ? run.inForceAtBase.has(param.key) : unitCost(costTerms(params, years, param, y - 1)) > 0);
    lines.push({ line: LINE_OF[k], param, unit, newOnly });
    if (WORKER_BASES.has(param.basis)) perHire[param.payer] += unit;
  });
  return { payCity, payDistrict, lines, perHire };
}
