/** Funding metrics: each payer's budget shortfall, and all payers' together; communities a capped reward fund could not pay. */
import { costTotal } from '../aggregate';
import type { Projection } from '../projection';
import { PAYERS, type Payer } from '../scenario';
import type { MetricId } from '../../registry/metrics';
import { modelRewardIn, unrewardedCount } from '../steps/modelReward';
import { gapMetric, type MetricDef } from './types';

function districtShare(p: Projection, y: number, payer: Payer, district: number): number {
  const all = costTotal(p, y, { payer });
  return all === 0 ? 0 : costTotal(p, y, { payer, district }) / all;
}

function fundingGap(payer: Payer | null): MetricDef {
  return gapMetric('yuan', 'funding', [], (p, y, district) => {
    const payers: readonly Payer[] = payer ? [payer] : PAYERS;
    let sum = 0;
    // Budgets are held per level, so a district's part of a shortfall is its share of that payer's spending.
    for (const q of payers) sum += p.payers[q][y].shortfall * (district < 0 ? 1 : districtShare(p, y, q, district));
    return sum;
  });
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
    compute: (p, y, district) => {
      if (!modelRewardIn(p.params, y)) return null;
      const inScope = Array.from({ length: p.nCommunities }, (_, e) => e).filter((e) => district < 0 || p.entities.district[e] === district);
      return unrewardedCount(p, y, p.nEntities, inScope);
    },
  },
} satisfies Partial<Record<MetricId, MetricDef>>;
