/**
 * What each payer has to spend in a year. A budget is yuan or unlimited (a payer with no budget row,
 * or a cell saying unlimited); a part of it may be earmarked for one cost item (CS2010-7c-4, 专款专用),
 * which that item alone spends, while the payer's other items share the rest. Without earmarks a
 * payer has one pool, run.remaining; each earmark is a pool of its own.
 */
import { costLineIndex, type Run } from './runState';
import type { CostItem } from '../registry/costItems';
import { PAYERS, payerAt, type Payer, type Scenario } from './scenario';

export interface Pools {
  /** the year's budget per payer; null when unlimited */
  budget: Record<Payer, number | null>;
  /** per payer, the yuan earmarked for each item this year */
  earmarked: Record<Payer, Partial<Record<CostItem, number>>>;
  /** per payer, what is left of each earmark; the rest of the budget is left in run.remaining */
  left: Record<Payer, Partial<Record<CostItem, number>>>;
}

/** A payer's budget for a year: null when unlimited. A row without the year is refused (io/checkPlan.ts checks it first). */
export function budgetOf(scenario: Scenario, payer: Payer, year: number): number | null {
  const row = scenario.plan.budgets[payer];
  if (row === undefined) return null;
  const cell = row[String(year)];
  if (cell === undefined) throw new Error(`plan.budgets.${payer}["${year}"]: ${payer} ${year} 年预算未填写 / the ${payer} budget for ${year} is missing`);
  return cell === 'unlimited' ? null : cell;
}

/**
 * A payer without earmarks: its pools share this one object, never written (an earmark's pool is made
 * for the items it has). A run opens its pools three or four times a year, and new objects each time
 * came to about a tenth of a Monte Carlo draw's garbage.
 */
const NONE: Partial<Record<CostItem, number>> = Object.freeze({});

function earmarksOf(scenario: Scenario, payer: Payer, year: number): Partial<Record<CostItem, number>> {
  const byItem = scenario.plan.earmarks?.[payer];
  if (byItem === undefined) return NONE;
  const out: Partial<Record<CostItem, number>> = {};
  for (const [item, byYear] of Object.entries(byItem) as [CostItem, Record<string, number>][]) {
    const amount = byYear[String(year)];
    if (amount !== undefined) out[item] = amount;
  }
  return out;
}

/** Yuan a payer has spent on one item so far this year (the sum of its cost line over every entity). */
export function itemSpent(run: Run, y: number, payer: Payer, item: CostItem): number {
  const line = run.costs[costLineIndex(item, payer)];
  const n = run.flat.nEntities;
  let sum = 0;
  for (let i = y * n; i < (y + 1) * n; i++) sum += line[i];
  return sum;
}

/** The earmarks' total, added in their order from 0. */
function sumOf(byItem: Partial<Record<CostItem, number>>): number {
  let sum = 0;
  for (const item in byItem) sum += byItem[item as CostItem] ?? 0;
  return sum;
}

/** The year's pools once the committed spending (running costs and facilities) is paid; sets run.remaining. */
export function openPools(run: Run, y: number, spent: Record<Payer, number>): Pools {
  const year = run.years[y];
  const pools: Pools = { budget: { city: null, district: null, street: null }, earmarked: { city: NONE, district: NONE, street: NONE }, left: { city: NONE, district: NONE, street: NONE } };
  for (const p of PAYERS) {
    const budget = budgetOf(run.scenario, p, year);
    const earmarked = earmarksOf(run.scenario, p, year);
    let spentOnEarmarked = 0;
    if (earmarked !== NONE) pools.left[p] = {};
    for (const item in earmarked) {
      const s = itemSpent(run, y, p, item as CostItem);
      spentOnEarmarked += s;
      pools.left[p][item as CostItem] = earmarked[item as CostItem]! - s;
    }
    pools.budget[p] = budget;
    pools.earmarked[p] = earmarked;
    run.remaining[payerAt(p)] = budget === null ? Infinity : budget - sumOf(earmarked) - (spent[p] - spentOnEarmarked);
  }
  return pools;
}

/** What a payer can still spend on an item: its earmark where it has one, else the shared rest. */
export function leftFor(run: Run, pools: Pools, payer: Payer, item: CostItem): number {
  return pools.left[payer][item] ?? run.remaining[payerAt(payer)];
}

/**
 * How far a payer overspent in the year: on each earmarked item beyond its earmark, plus on the other
 * items beyond the rest of the budget. An earmark's unspent money does not cover another item.
 */
export function shortfallOf(run: Run, y: number, pools: Pools, payer: Payer, spent: number): number {
  const budget = pools.budget[payer];
  let over = 0;
  let spentOnEarmarked = 0;
  const earmarked = pools.earmarked[payer];
  for (const item in earmarked) {
    const s = itemSpent(run, y, payer, item as CostItem);
    spentOnEarmarked += s;
    over += Math.max(0, s - earmarked[item as CostItem]!);
  }
  if (budget !== null) over += Math.max(0, spent - spentOnEarmarked - (budget - sumOf(earmarked)));
  // Below one fen an excess is drift from sharing money out in fractions, not a shortfall.
  return over > 0.01 ? over : 0;
}
