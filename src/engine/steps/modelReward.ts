/**
 * NJ2007-21c: the 500万 harmonious-community reward fund (设立500万元和谐社区建设奖励资金，对达到和谐社区示范标准的社区进行奖励).
 * The document leaves the model standard undefined, so a community reaches it when it meets every
 * staffing and space requirement of the rule set at the year's end: staff in post at least those
 * required, floor space at least that required, both requirements set (a year without a space rule in
 * force, such as NJ2007's 2007, has no standard to reach). It is rewarded once, in the first year it does so; the fund is
 * one sum for the whole plan (the text gives no yearly amount), paid out in community order while what
 * is left covers a whole reward. A community the fund can no longer pay waits: it is paid in a later
 * year only if what is left then covers the reward in force then. Which communities have been rewarded
 * is read off the cost line itself, so the run keeps no record of its own.
 */
import { meets } from '../metrics/meetsNeed';
import type { ParamTable } from '../resolveParams';
import { costLineIndex } from '../runState';
import type { CostValues, Series } from '../projection';

export const MODEL_REWARD_LINE = costLineIndex('modelReward', 'city');

/** What the rule needs of a run or a projection. */
interface Source {
  params: ParamTable;
  series: Series;
  costs: CostValues[];
}

/** The reward per community and the fund in force in year y; null when the rule set has no fund then. */
export function modelRewardIn(params: ParamTable, y: number): { amount: number; fund: number } | null {
  const amount = params['reward.modelAmount']?.[y] ?? 0;
  const fund = params['reward.modelFund']?.[y] ?? null;
  return fund === null || amount <= 0 ? null : { amount, fund };
}

/**
 * Whether entity index i has both a staff and a space requirement and meets them at the end of its
 * year, a residue of rounding short included, as the staffing and space shares and gaps read it.
 */
export function meetsStandards(series: Series, i: number): boolean {
  const { staffRequired, spaceRequired } = series;
  return series.established[i] === 1 && staffRequired[i] > 0 && spaceRequired[i] > 0 && meets(series.inPost[i], staffRequired[i]) && meets(series.space[i], spaceRequired[i]);
}

/** Paid out of the fund before entity index i: every earlier year, and the communities before it this year. */
export function fundPaidBefore(costs: CostValues[], i: number): number {
  const line = costs[MODEL_REWARD_LINE];
  let sum = 0;
  for (let k = 0; k < i; k++) sum += line[k];
  return sum;
}

/** This community's rewards in the years before year y. */
export function rewardedBefore(costs: CostValues[], e: number, y: number, n: number): number {
  const line = costs[MODEL_REWARD_LINE];
  let sum = 0;
  for (let k = 0; k < y; k++) sum += line[k * n + e];
  return sum;
}

/** Books the year's rewards (after hiring and building) and returns what the city paid. */
export function stepModelReward(run: Source & { flat: { nCommunities: number; nEntities: number } }, y: number): number {
  const rule = modelRewardIn(run.params, y);
  if (!rule) return 0;
  const { nCommunities: nc, nEntities: n } = run.flat;
  const line = run.costs[MODEL_REWARD_LINE];
  const o = y * n;
  let left = rule.fund - fundPaidBefore(run.costs, o);
  let paid = 0;
  for (let e = 0; e < nc && left >= rule.amount; e++) {
    const i = o + e;
    if (!meetsStandards(run.series, i) || rewardedBefore(run.costs, e, y, n) > 0) continue;
    line[i] = rule.amount;
    left -= rule.amount;
    paid += rule.amount;
  }
  return paid;
}

/** Communities that meet the standards in year y and have had no reward through it: the fund could not pay them. */
export function unrewardedCount(src: Source, y: number, n: number, communities: Iterable<number>): number {
  let count = 0;
  for (const e of communities) {
    const i = y * n + e;
    if (meetsStandards(src.series, i) && rewardedBefore(src.costs, e, y + 1, n) === 0) count++;
  }
  return count;
}
