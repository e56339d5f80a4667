/** One entity's cost item in one year, as the arithmetic of steps/recurringCosts.ts that produced it. */
import { COMMUNITY_BASES, COST_PARAMS } from '../costParams';
import { KIND_CODE } from '../flatten';
import type { CostItem, PayClass, Projection } from '../projection';
import { LEVEL } from '../projection';
import type { Payer } from '../scenario';
import { explainBuilding, explainFacilities } from './capitalCost';
import { entityPath, entityRef } from './entities';
import { Inputs, num, op } from './formula';
import { paramAt, paramInput, rulesFor } from './ruleRefs';
import type { Explanation, Formula } from './types';
import type { ParamKey } from '../params';
import { explainModelReward } from './modelReward';
import { explainUnitCostLine } from './unitCostLine';
import { cityShareFor } from '../steps/payRates';

/** What every cost explanation is given: the figure and where its inputs are read. */
export interface CostFigure {
  p: Projection;
  e: number;
  y: number;
  i: number;
  payer: Payer;
  inputs: Inputs;
  at: (what: string) => string;
}

export type CostWorking = Pick<Explanation, 'formula' | 'rules' | 'note'>;

export function explainEntityCost(p: Projection, path: string, e: number, y: number, item: CostItem, payer: Payer): Explanation {
  const line = p.costLines.findIndex((l) => l.item === item && l.payer === payer);
  if (line < 0) throw new Error(`explain("${path}"): ${payer} pays no ${item}`);
  const i = y * p.nEntities + e;
  const fig: CostFigure = { p, e, y, i, payer, inputs: new Inputs(), at: (what) => entityPath(p, e, y, what) };
  const working = item === 'building' ? explainBuilding(fig) : item === 'facility' ? explainFacilities(fig) : recurring(fig, item);
  return {
    path,
    subject: { kind: 'entityCost', item, payer, entity: entityRef(p, e), year: p.years[y] },
    value: p.costs[line][i],
    unit: 'yuan',
    inputs: fig.inputs.list,
    ...working,
  };
}

/** Recurring costs: staff pay (of stations too where their posts are in force, CS2010-6a), training, the space reward, the reward fund's rewards (steps/modelReward.ts) and every unit-cost line (steps/recurringCosts.ts). */
function recurring(fig: CostFigure, item: Exclude<CostItem, 'building' | 'facility'>): CostWorking {
  const { p, e, i } = fig;
  const key = p.costLines.find((l) => l.item === item && l.payer === fig.payer)?.key;
  const param = COST_PARAMS.find((c) => c.key === key);
  const level = p.entities.level[e];
  if (param && !COMMUNITY_BASES.has(param.basis)) {
    return level === (param.basis === 'street' ? LEVEL.street : LEVEL.district) ? explainUnitCostLine(fig, param) : { formula: num(0), rules: [], note: 'otherLevel' };
  }
  if (item === 'staffPay' && level === LEVEL.street) return stationPay(fig);
  if (level !== LEVEL.community) return { formula: num(0), rules: [], note: 'communitiesOnly' };
  if (p.series.established[i] === 0) return { formula: num(0), rules: rulesFor(p, 'community.establishOccupancy'), note: 'notEstablished' };
  if (param) return explainUnitCostLine(fig, param);
  if (item === 'training') {
    // CS2010-7d: every community hire is trained before taking up the post; the plan gives the cost and the payer.
    const hires = fig.inputs.add({ kind: 'hires', value: p.series.hires[i], unit: 'person' });
    const perHire = fig.inputs.add({ kind: 'trainingPerHire', value: p.training.payer === fig.payer ? p.training.perHire : 0, unit: 'yuanPerPerson' });
    return { formula: op('mul', hires, perHire), rules: [] };
  }
  return item === 'staffPay' ? staffPay(fig) : item === 'modelReward' ? explainModelReward(fig) : reward(fig);
}

/** Workers × pay per worker × this payer's share, for workers whose pay falls in the given class. */
function payFormula(fig: CostFigure, cls: PayClass): Formula {
  const { p, y, i, inputs, at } = fig;
  const staff = inputs.add({ kind: 'inPost', value: p.series.inPost[i], unit: 'person', path: at('inPost') });
  const pay = inputs.add({ kind: 'payPerWorker', value: p.pay.perWorker[y], unit: 'yuanPerPerson' });
  // The split the cost step paid by; the scenario's override is named when it is the district's own or agrees with it.
  const cityShare = cityShareFor(p.pay, p.districtCityShare, cls, p.entities.district[fig.e], y);
  const own = cls === 'urban' ? (p.districtCityShare?.[p.entities.district[fig.e]]?.[y] ?? null) : null;
  const given = paramInput(p, 'pay.cityShare', y, fig.e);
  const override = cls === 'urban' && given.override && (own !== null || given.value === cityShare) ? given.override : undefined;
  const share = inputs.add({ kind: 'payerShare', value: fig.payer === 'city' ? cityShare : 1 - cityShare, unit: 'share', ...(override && { override }) });
  return op('mul', staff, pay, share);
}

/** The plan's pay (at least CS2010-7c-1's floor), split by the plan or by the rule set's split for the community's kind (GOV2020-3b). */
function staffPay(fig: CostFigure): CostWorking {
  const rural = fig.p.entities.kind[fig.e] === KIND_CODE.rural;
  const split = rural ? 'pay.cityShareRural' : 'pay.cityShare';
  return { formula: payFormula(fig, rural ? 'rural' : 'urban'), rules: rulesFor(fig.p, 'pay.minPerWorker', split, 'pay.districtPerWorker') };
}

/** CS2010-6a: the station's staff, paid by the district where the station posts are in force. */
function stationPay(fig: CostFigure): CostWorking {
  const posts: ParamKey[] = ['staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'];
  const rules = rulesFor(fig.p, ...posts, 'pay.minPerWorker');
  if (posts.every((k) => paramAt(fig.p, k, fig.y) === null)) return { formula: num(0), rules, note: 'ruleNotInForce' };
  return { formula: payFormula(fig, 'station'), rules };
}

/** NJ2007-21b: a one-off reward in the year a community's space first reaches the threshold, inside the window. */
function reward(fig: CostFigure): CostWorking {
  const { p, e, y, i, inputs, at } = fig;
  const rules = rulesFor(p, 'reward.amount', 'reward.spaceThreshold');
  const threshold = paramAt(p, 'reward.spaceThreshold', y);
  const amount = paramAt(p, 'reward.amount', y) ?? 0;
  const gate = inputs.add({ kind: 'rewardThreshold', ...paramInput(p, 'reward.spaceThreshold', y), unit: 'm2' });
  const paid = inputs.add({ kind: 'rewardAmount', ...paramInput(p, 'reward.amount', y), value: amount, unit: 'yuan' });
  if (threshold === null || amount <= 0) return { formula: num(0), rules, note: 'ruleNotInForce' };
  const conditions: Formula[] = [];
  const from = paramAt(p, 'reward.firstYear', y);
  const to = paramAt(p, 'reward.lastYear', y);
  if (from !== null || to !== null) {
    const year = inputs.add({ kind: 'year', value: p.years[y], unit: 'year' });
    if (from !== null) conditions.push(op('le', inputs.add({ kind: 'rewardFirstYear', ...paramInput(p, 'reward.firstYear', y), unit: 'year' }), year));
    if (to !== null) conditions.push(op('le', year, inputs.add({ kind: 'rewardLastYear', ...paramInput(p, 'reward.lastYear', y), unit: 'year' })));
  }
  const before = inputs.add({ kind: 'spaceBefore', value: y === 0 ? p.base.space[e] : p.series.space[i - p.nEntities], unit: 'm2', path: y > 0 ? entityPath(p, e, y - 1, 'space') : undefined });
  const now = inputs.add({ kind: 'space', value: p.series.space[i], unit: 'm2', path: at('space') });
  conditions.push(op('lt', before, gate), op('le', gate, now));
  return { formula: op('if', op('and', ...conditions), paid, num(0)), rules };
}
