/**
 * Budget table edits. A payer with no row has no limit; a row has a cell for every horizon year, each
 * yuan or unlimited (engine/scenario.ts Budgets). So the first amount typed for a payer fills its other
 * years with unlimited, an emptied cell becomes unlimited, and a row that is unlimited throughout is
 * removed: the file then says exactly what was set, and no year is left without a cell.
 */
import type { BudgetAmount, Budgets, Payer, Scenario } from '../../../engine/scenario';
import { fieldRange } from '../../../io/fieldRange';
import { readTypedNumber } from '../../../io/typedNumber';
import type { PathSegment } from '../../../io/validationError';
import type { Rejection } from '../../../i18n/typedNumber';
import { wanToYuan, yuanToWan } from '../../../registry';

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

/**
 * What was typed in 万元 → what the scenario keeps: yuan (to the fen), unlimited for 不限 or an empty
 * cell; typing that is no amount the field allows (src/io/typedNumber.ts reads separators, full-width
 * digits, 万 and 亿) comes back as a rejection for the cell to say, in 万元.
 */
export function parseWan(raw: string, path: readonly PathSegment[]): BudgetValue | Rejection {
  const text = raw.trim();
  if (text === '' || UNLIMITED_WORDS.has(text.toLowerCase())) return 'unlimited';
  const wan = readTypedNumber(text, 'wan');
  const allowed = fieldRange(path);
  const yuan = wan === null ? NaN : Math.round(wanToYuan(wan) * 100) / 100;
  if (yuan >= allowed.min && yuan <= allowed.max) return yuan;
  return { raw, shown: wan, range: { min: yuanToWan(allowed.min), max: yuanToWan(allowed.max), int: false } };
}

export const isRejection = (v: BudgetValue | Rejection): v is Rejection => typeof v === 'object';

/** An amount as a 万元 cell shows it: separators and at most two decimals (100 yuan), the precision a budget is set to. */
export const wanCellText = (yuan: number, locale: string): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(yuanToWan(yuan));
