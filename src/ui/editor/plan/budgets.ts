/**
 * Budget table edits. A year left out of plan.budgets has no limit, so clearing a cell removes the
 * year, and a payer with no year left is removed too: the file then says exactly what was set.
 */
import type { Budgets, Payer, Scenario } from '../../../engine/scenario';
import { wanToYuan } from '../../../registry';

/** What a cell holds: yuan, or text that is not a number, kept so the validator can name it. */
export type BudgetValue = number | string | undefined;

export function budgetAt(budgets: Budgets, payer: Payer, year: number): BudgetValue {
  return budgets[payer]?.[String(year)];
}

export function setBudget(budgets: Budgets, payer: Payer, year: number, value: BudgetValue): Budgets {
  const byYear: Record<string, number> = { ...budgets[payer] };
  if (value === undefined) delete byYear[String(year)];
  else byYear[String(year)] = value as number;
  const next: Budgets = { ...budgets };
  if (Object.keys(byYear).length === 0) delete next[payer];
  else next[payer] = byYear;
  return next;
}

/** Every horizon year gets the budget of the first year; years outside the horizon are kept as they are. */
export function copyToAllYears(budgets: Budgets, payer: Payer, years: readonly number[]): Budgets {
  const first = budgetAt(budgets, payer, years[0]);
  return years.reduce((b, year) => setBudget(b, payer, year, first), budgets);
}

/** The scenario with new budgets, everything else shared. */
export function withBudgets(scenario: Scenario, budgets: Budgets): Scenario {
  return { ...scenario, plan: { ...scenario.plan, budgets } };
}

/** What was typed in 万元 → what the scenario keeps: yuan, nothing for an empty cell, the text when it is not a number. */
export function parseWan(raw: string): BudgetValue {
  const text = raw.trim().replace(/,/g, '');
  if (text === '') return undefined;
  const wan = Number(text);
  return Number.isFinite(wan) ? Math.round(wanToYuan(wan) * 100) / 100 : raw;
}
