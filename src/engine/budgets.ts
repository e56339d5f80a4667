/** What a plan has to spend: budgets per payer and year, and the parts earmarked for one cost item. */
import type { CostItem } from '../registry/costItems';
import type { Payer } from '../registry/payers';

/** A year's budget: yuan, or the word unlimited where the plan sets no ceiling on purpose. */
export type BudgetAmount = number | 'unlimited';

/**
 * Budgets per payer, keyed by year ("2026"). A payer with no row has no limit, and the plan editor says
 * so; a payer with a row has a cell for every horizon year (io/checkPlan.ts), so a missing cell never
 * reads as infinite money.
 */
export type Budgets = Partial<Record<Payer, Record<string, BudgetAmount>>>;

/**
 * CS2010-7c-4 (专款专用): part of a payer's budget kept for one cost item, yuan per year. That item is
 * paid from it and nothing else, and the rest of the payer's items share what is left of the budget.
 */
export type Earmarks = Partial<Record<Payer, Partial<Record<CostItem, Record<string, number>>>>>;
