/**
 * What a Monte Carlo draw's run may leave unworked. A draw keeps its targets' verdicts and values and
 * the key series, nothing else of the run, so figures none of them reads need not be worked out:
 * - certified and graduate staff, read only by a target whose metric reads qualifications;
 * - the cost lines entity by entity. The key series read each payer's spending, which the steps sum as
 *   they book it; the lines themselves are read only by a target whose metric reads them, by a payer's
 *   earmark for their item (budgetPools.ts itemSpent) and, for its own line, by the reward fund
 *   (steps/modelReward.ts).
 */
import { metricById } from '../metrics';
import { COST_LINES } from '../runState';
import type { Scenario } from '../scenario';
import type { Unread } from '../unread';

export function unreadByDraws({ targets, plan }: Scenario): Unread {
  const reads = targets.map((t) => ({ ...metricById(t.metric)?.reads, district: t.scope?.district !== undefined }));
  const linesRead = reads.some((r) => r.costLines === 'everyScope' || (r.costLines === 'districtScope' && r.district));
  return {
    qualifications: !reads.some((r) => r.qualifications),
    costLines: COST_LINES.map(({ item, payer }) => !linesRead && item !== 'modelReward' && plan.earmarks?.[payer]?.[item] === undefined),
  };
}
