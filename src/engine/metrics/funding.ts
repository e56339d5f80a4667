/**
 * Funding metrics: each payer's funding gap, and all payers' together; communities a capped reward
 * fund could not pay. A gap is spending beyond the budget (shortfall) plus spending the budget made
 * wait (deferred hires and building starts): either way the plan asked for more than the money.
 */
import { LEVEL, type Projection } from '../projection';
import { PAYERS, type Payer } from '../scenario';
import type { MetricId } from '../../registry/metrics';
import { modelRewardIn, unrewardedCount } from '../steps/modelReward';
import { districtShare } from './payerSpending';
import type { ScopeValues } from './allScopes';
import { entitiesOf } from './scope';
import { gapMetric, type MetricDef } from './types';

/** One payer's funding gap in a year, for the city (district < 0) or one district. */
export function payerGap(p: Projection, y: number, payer: Payer, district: number): number {
  const row = p.payers[payer][y];
  // Budgets are held per level, so a district's part of a shortfall is its share of that payer's spending;
  // what waited is booked to the district where it waited.
  if (district < 0) return row.shortfall + row.deferred;
  // Most years have no shortfall: then the district's share (sums over every entity) is not needed.
  return row.shortfall === 0 ? row.deferredIn[district] : row.shortfall * districtShare(p, y, payer, district) + row.deferredIn[district];
}

/** One district's communities meeting the standards that the spent fund leaves unrewarded in year y. */
const unrewardedIn = (p: Projection, y: number, district: number): number => unrewardedCount(p, y, p.nEntities, entitiesOf(p, LEVEL.community, district) as Int32Array);

/** unrewardedIn for each district, and the city's count as their sum (whole numbers): one pass over the communities from their district lists. */
function unrewardedScopes(p: Projection, y: number): ScopeValues {
  const byDistrict = Array.from({ length: p.nDistricts }, (_, d) => unrewardedIn(p, y, d));
  return { city: byDistrict.reduce((a, b) => a + b, 0), byDistrict };
}

function fundingGap(payer: Payer | null): MetricDef {
  const payers: readonly Payer[] = payer ? [payer] : PAYERS;
  const def = gapMetric('yuan', 'funding', [], (p, y, district) => {
    let sum = 0;
    for (const q of payers) sum += payerGap(p, y, q, district);
    return sum;
  });
  // A district's part of a shortfall is its share of the payer's spending, summed from the cost lines.
  const withReads: MetricDef = { ...def, reads: { costLines: 'districtScope' } };
  return payer ? { ...withReads, payer } : withReads;
}

export const FUNDING_METRICS = {
  'fundingGap.city': fundingGap('city'),
  'fundingGap.district': fundingGap('district'),
  'fundingGap.street': fundingGap('street'),
  'fundingGap.total': fundingGap(null),
  // NJ2007-21c: communities meeting every standard that the 500万 fund, once spent, leaves unrewarded
  modelRewardsUnpaid: {
    unit: 'count',
    better: 'lower',
    rules: ['NJ2007-21c'],
    concerns: 'funding',
    // who has been rewarded is read off the fund's cost line (steps/modelReward.ts)
    reads: { costLines: 'everyScope' },
    compute: (p, y, district) => (modelRewardIn(p.params, y) ? (district < 0 ? unrewardedScopes(p, y).city : unrewardedIn(p, y, district)) : null),
    scopes: (p, y) => (modelRewardIn(p.params, y) ? unrewardedScopes(p, y) : null),
  },
} satisfies Partial<Record<MetricId, MetricDef>>;
