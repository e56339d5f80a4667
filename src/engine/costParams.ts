/**
 * The rule-set parameters that are unit costs (PARAMS entries with a cost), and the terms a year's unit
 * cost is worked from. The cost step and the explanations both read them here, so a figure and its
 * explanation are the same basis × unit cost.
 */
import { PARAMS, PARAM_KEYS, type CostBasis, type CostTiming, type ParamSpec, type ParamKey } from './params';
import type { ParamTable } from './resolveParams';
import type { CostItem } from '../registry/costItems';
import type { Payer } from './scenario';

export interface CostParam {
  key: ParamKey;
  item: CostItem;
  payer: Payer;
  basis: CostBasis;
  timing: CostTiming;
  times?: ParamKey;
}

export const COST_PARAMS: CostParam[] = PARAM_KEYS.flatMap((key) => {
  const spec: ParamSpec = PARAMS[key];
  if (!spec.cost || !spec.payer) return [];
  const { item, basis, timing = 'everyYear', times } = spec.cost;
  return [{ key, item, payer: spec.payer, basis, timing, ...(times !== undefined && { times: times as ParamKey }) }];
});

/** The bases counted on communities; the others are counted once per street or per district. */
export const COMMUNITY_BASES: ReadonlySet<CostBasis> = new Set(['community', 'ruralCommunity', 'household', 'registeredHousehold', 'coordinator', 'worker', 'workerUpToQuota']);

/** The bases that count workers: hires add to them in the year they join. */
export const WORKER_BASES: ReadonlySet<CostBasis> = new Set(['worker', 'workerUpToQuota']);

/** One year's unit cost of a cost parameter: value × times × due. */
export interface CostTerms {
  value: number;
  /** the multiplying count, 1 when the parameter has none */
  times: number;
  /** 1 in a year the cost falls due (every year, or an election year), else 0 */
  due: number;
}

/** Committee elections fall every termYears from firstYear (the Organic Law fixes the term; the rule set dates the first). */
export function isElectionYear(params: ParamTable, years: readonly number[], y: number): boolean {
  const term = params['community.electionTermYears']?.[y] ?? null;
  const first = params['community.firstElectionYear']?.[y] ?? null;
  if (term === null || first === null || term <= 0) return false;
  const since = years[y] - first;
  return since >= 0 && since % term === 0;
}

export function costTerms(params: ParamTable, years: readonly number[], c: CostParam, y: number): CostTerms {
  return {
    value: params[c.key]?.[y] ?? 0,
    times: c.times ? (params[c.times]?.[y] ?? 0) : 1,
    due: c.timing !== 'electionYears' || isElectionYear(params, years, y) ? 1 : 0,
  };
}

export function unitCost(t: CostTerms): number {
  return t.value * t.times * t.due;
}

/**
 * Whether a one-off cost's rule was already in force the year before (at the base year: as the
 * scenario's base says), so that only entities new this year pay it. The cost step and the
 * explanation both ask this.
 */
export function inForceBefore(params: ParamTable, years: readonly number[], c: CostParam, y: number, atBase: boolean): boolean {
  return y === 0 ? atBase : unitCost(costTerms(params, years, c, y - 1)) > 0;
}
