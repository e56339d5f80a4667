/**
 * Which explanation a verdict's figures open. The engine explains funding and entity figures
 * (src/engine/explain/index.ts); a budget shortfall opens the payer's spending that year, whose
 * inputs hold the budget. Share and gap metrics over many communities have no path yet.
 */
import type { VerdictRow } from '../../engine/runView';
import type { Binding } from '../../engine/verdict';

const FUNDING_GAP = /^fundingGap\.(city|district|street)$/;

export function verdictPath(row: Pick<VerdictRow, 'metric' | 'year' | 'district'>): string | null {
  const payer = FUNDING_GAP.exec(row.metric)?.[1];
  return payer && !row.district ? `funding/${payer}/${row.year}` : null;
}

export function bindingPath(binding: Binding | null): string | null {
  return binding?.kind === 'budget' ? `funding/${binding.payer}/${binding.year}` : null;
}
