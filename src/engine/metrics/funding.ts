/** Funding metrics: each payer's budget shortfall, and all payers' together. */
import { costTotal } from '../aggregate';
import type { Projection } from '../projection';
import { PAYERS, type Payer } from '../scenario';
import type { MetricId } from '../../registry/metrics';
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
} satisfies Partial<Record<MetricId, MetricDef>>;
