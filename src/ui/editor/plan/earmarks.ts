/**
 * Earmarked-fund edits (CS2010-7c-4, 专款专用): a row per payer and cost item, a cell per year in yuan.
 * An emptied cell removes that year (nothing earmarked: the item shares the rest of the budget), and a
 * row or payer left with nothing is removed, so the file says exactly what was set.
 */
import { COST_LINES } from '../../../engine/runState';
import type { CostItem } from '../../../registry';
import type { Earmarks, Payer, Scenario } from '../../../engine/scenario';
import type { BudgetValue } from './budgets';

export interface EarmarkRow {
  payer: Payer;
  item: CostItem;
}

/** The rows the plan has, in the order of the cost lines. */
export function earmarkRows(earmarks: Earmarks | undefined): EarmarkRow[] {
  return COST_LINES.filter(({ payer, item }) => earmarks?.[payer]?.[item] !== undefined).map(({ payer, item }) => ({ payer, item }));
}

/** The payer-and-item pairs that could still get a row: every cost line without one. */
export function freeRows(earmarks: Earmarks | undefined): EarmarkRow[] {
  return COST_LINES.filter(({ payer, item }) => earmarks?.[payer]?.[item] === undefined).map(({ payer, item }) => ({ payer, item }));
}

export function earmarkAt(earmarks: Earmarks | undefined, { payer, item }: EarmarkRow, year: number): number | undefined {
  return earmarks?.[payer]?.[item]?.[String(year)];
}

/** Sets one year of a row (undefined clears it); `keep` keeps an empty row, as a row just added is. */
export function setEarmark(earmarks: Earmarks | undefined, { payer, item }: EarmarkRow, year: number | null, value: BudgetValue, keep = false): Earmarks {
  const byYear: Record<string, number> = { ...earmarks?.[payer]?.[item] };
  if (year !== null) {
    if (value === undefined || value === 'unlimited') delete byYear[String(year)];
    else byYear[String(year)] = value as number;
  }
  const byItem = { ...earmarks?.[payer] };
  if (Object.keys(byYear).length > 0 || keep) byItem[item] = byYear;
  else delete byItem[item];
  const next: Earmarks = { ...earmarks };
  if (Object.keys(byItem).length > 0) next[payer] = byItem;
  else delete next[payer];
  return next;
}

export function removeEarmark(earmarks: Earmarks | undefined, row: EarmarkRow): Earmarks {
  const byItem = { ...earmarks?.[row.payer] };
  delete byItem[row.item];
  const next: Earmarks = { ...earmarks };
  if (Object.keys(byItem).length > 0) next[row.payer] = byItem;
  else delete next[row.payer];
  return next;
}

/** The scenario with new earmarks (none at all drops the field), everything else shared. */
export function withEarmarks(scenario: Scenario, earmarks: Earmarks): Scenario {
  const { earmarks: _old, ...plan } = scenario.plan;
  return { ...scenario, plan: Object.keys(earmarks).length > 0 ? { ...plan, earmarks } : plan };
}
