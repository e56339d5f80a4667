/** NJ2007-21c: a community's reward from the harmonious-community fund, as steps/modelReward.ts books it. */
import { fundPaidBefore, modelRewardIn, rewardedBefore } from '../steps/modelReward';
import type { CostFigure, CostWorking } from './entityCost';
import { num, op } from './formula';
import type { Formula } from './types';
import { paramInput, rulesFor } from './ruleRefs';

/**
 * if (0 < staff required, staff in post meets it, 0 < space required, space meets it, no reward before
 * and the reward ≤ fund − paid out before it) then the reward, else 0. Not established: nothing
 * (entityCost.ts). Meeting a requirement r > 0 allows a residue of rounding, as metrics/meetsNeed.ts
 * does: r − have ≤ 1e-9 × max(1, r).
 */
export function explainModelReward(fig: CostFigure): CostWorking {
  const { p, e, y, i, inputs, at } = fig;
  const rules = rulesFor(p, 'reward.modelAmount', 'reward.modelFund');
  const rule = modelRewardIn(p.params, y);
  const amount = inputs.add({ kind: 'rewardAmount', ...paramInput(p, 'reward.modelAmount', y), value: rule?.amount ?? 0, unit: 'yuan' });
  if (!rule) return { formula: num(0), rules, note: 'ruleNotInForce' };
  const fund = inputs.add({ kind: 'rewardFund', ...paramInput(p, 'reward.modelFund', y), unit: 'yuan' });
  const paidOut = inputs.add({ kind: 'rewardFundPaid', value: fundPaidBefore(p.costs, i), unit: 'yuan' });
  const before = inputs.add({ kind: 'rewardedBefore', value: rewardedBefore(p.costs, e, y, p.nEntities), unit: 'yuan' });
  const staff = inputs.add({ kind: 'inPost', value: p.series.inPost[i], unit: 'person', path: at('inPost') });
  const staffRequired = inputs.add({ kind: 'staffRequired', value: p.series.staffRequired[i], unit: 'person', path: at('staffRequired') });
  const space = inputs.add({ kind: 'space', value: p.series.space[i], unit: 'm2', path: at('space') });
  const spaceRequired = inputs.add({ kind: 'spaceRequired', value: p.series.spaceRequired[i], unit: 'm2', path: at('spaceRequired') });
  const meets = (have: Formula, need: Formula) => op('le', op('sub', need, have), op('mul', num(1e-9), op('max', num(1), need)));
  const conditions = [op('lt', num(0), staffRequired), meets(staff, staffRequired), op('lt', num(0), spaceRequired), meets(space, spaceRequired), op('le', before, num(0)), op('le', amount, op('sub', fund, paidOut))];
  return { formula: op('if', op('and', ...conditions), amount, num(0)), rules };
}
