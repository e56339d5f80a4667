/** A cost line paid basis × unit cost, explained from the same terms the cost step used (src/engine/costParams.ts). */
import { COMMUNITY_BASES, costTerms, inForceBefore, type CostParam } from '../costParams';
import { KIND_CODE } from '../flatten';
import { PARAMS, type CostBasis } from '../params';
import { op } from './formula';
import type { CostFigure, CostWorking } from './entityCost';
import { rulesFor } from './ruleRefs';
import type { Formula, InputKind } from './types';

const UNIT_KIND: Record<CostBasis, InputKind> = {
  community: 'perCommunity',
  ruralCommunity: 'perCommunity',
  household: 'perHousehold',
  registeredHousehold: 'perNewHousehold',
  coordinator: 'perCoordinator',
  worker: 'perWorker',
  workerUpToQuota: 'perWorker',
  street: 'perStreet',
  district: 'perDistrict',
};

/** What the basis counts on this entity: null for one per entity, else the series (up to the quota). */
function basisCount(fig: CostFigure, basis: CostBasis): Formula | null {
  const { p, e, i, inputs, at } = fig;
  const series = (name: 'households' | 'registeredHouseholds' | 'coordinators' | 'inPost' | 'staffRequired') =>
    inputs.add({ kind: name, value: p.series[name][i], unit: name === 'households' || name === 'registeredHouseholds' ? 'household' : 'person', path: at(name) });
  switch (basis) {
    case 'community':
    case 'street':
    case 'district':
      return null;
    case 'ruralCommunity':
      return inputs.add({ kind: 'ruralCommunity', value: p.entities.kind[e] === KIND_CODE.rural ? 1 : 0, unit: 'flag' });
    case 'household':
      return series('households');
    case 'registeredHousehold':
      return series('registeredHouseholds');
    case 'coordinator':
      return series('coordinators');
    case 'worker':
      return series('inPost');
    case 'workerUpToQuota':
      return op('min', series('inPost'), series('staffRequired'));
  }
}

/** basis × unit cost (× count) × due in an election year × first reached, for a one-off. The entity is at the basis' level. */
export function explainUnitCostLine(fig: CostFigure, c: CostParam): CostWorking {
  const { p, y, i, inputs } = fig;
  const t = costTerms(p.params, p.years, c, y);
  const rules = rulesFor(p, c.key, ...(c.times ? [c.times] : []), ...(c.timing === 'electionYears' ? (['community.electionTermYears', 'community.firstElectionYear'] as const) : []));
  const factors: Formula[] = [];
  const count = basisCount(fig, c.basis);
  if (count) factors.push(count);
  factors.push(inputs.add({ kind: UNIT_KIND[c.basis], value: t.value, unit: PARAMS[c.key].unit }));
  if (c.times) factors.push(inputs.add({ kind: 'countPerCommunity', value: t.times, unit: 'count' }));
  if (c.timing === 'electionYears') factors.push(inputs.add({ kind: 'electionYear', value: t.due, unit: 'flag' }));
  if (c.timing === 'once') {
    // The cost step asks the same (costParams.ts): a rule in force the year before reaches only communities set up this year.
    const before = inForceBefore(p.params, p.years, c, y, p.inForceAtBase.includes(c.key));
    const isNew = y > 0 && COMMUNITY_BASES.has(c.basis) && p.series.established[i - p.nEntities] === 0;
    factors.push(inputs.add({ kind: 'firstYearUnderRule', value: !before || isNew ? 1 : 0, unit: 'flag' }));
  }
  const formula = factors.length === 1 ? factors[0] : op('mul', ...factors);
  return (p.params[c.key]?.[y] ?? null) === null ? { formula, rules, note: 'ruleNotInForce' } : { formula, rules };
}
