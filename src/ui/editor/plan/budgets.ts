/**
 * Budget table edits. A payer with no row has no limit; a row has a cell for every horizon year, each
 * yuan or unlimited (engine/scenario.ts Budgets). So the first amount typed for a payer fills its other
 * years with unlimited, an emptied cell becomes unlimited, and a row that is unlimited throughout is
 * removed: the file then says exactly what was set, and no year is left without a cell.
 */
import type { BudgetAmount, Budgets, Payer, Scenario } from '../../../engine/scenario';
import { wanToYuan } from '../../../registry';

/** What a cell holds: yuan, unlimited, or text that is not a number, kept so the validator can name it. */
export type BudgetValue = BudgetAmount | string | undefined;

const UNLIMITED_WORDS = new Set(['不限', 'unlimited', 'no limit', '∞']);

export function budgetAt(budgets: Budgets, payer: Payer, year: number): BudgetValue {
  return budgets[payer]?.[String(year)];
}

export function setBudget(budgets: Budgets, payer: Payer, year: number, value: BudgetValue, years: readonly number[]): Budgets {
  const row = budgets[payer];
  const byYear: Record<string, BudgetValue> = row ? { ...row } : Object.fromEntries(years.map((y) => [String(y), 'unlimited']));
  byYear[String(year)] = value ?? 'unlimited';
  const next: Budgets = { ...budgets };
  if (Object.values(byYear).every((v) => v === 'unlimited')) delete next[payer];
  else next[payer] = byYear as Record<string, BudgetAmount>;
  return next;
}

/** Every horizon year gets the budget of the first year; years outside the horizon are kept as they are. */
export function copyToAllYears(budgets: Budgets, payer: Payer, years: readonly number[]): Budgets {
  const first = budgetAt(budgets, payer, years[0]);
  return years.reduce((b, year) => setBudget(b, payer, year, first, years), budgets);
}

/** The scenario with new budgets, everything else shared. */
export function withBudgets(scenario: Scenario, budgets: Budgets): Scenario {
  return { ...scenario, plan: { ...scenario.plan, budgets } };
}

/** What was typed in 万元 → what the scenario keeps: yuan, unlimited for 不限 or an empty cell, the text when it is not a number. */
export function parseWan(raw: string): BudgetValue {
  const text = raw.trim().replace(/,/g, '');
  if (text === '' || UNLIMITED_WORDS.has(text.toLowerCase())) return 'unlimited';
  const wan = Number(text);
  return Number.isFinite(wan) ? Math.round(wanToYuan(wan) * 100) / 100 : raw;
}
