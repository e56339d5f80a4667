/**
 * Version 0 is the pre-release file shape, before files carried a schemaVersion:
 *   - `ruleSet` was the rule set's id as plain text ("GOV2020"), its overrides a top-level
 *     `ruleSetOverrides` object;
 *   - budgets were kept in 万元, as planners type them, under `plan.budgetsWan`.
 * Version 1 wraps the rule set as `{ id, overrides }` and keeps budgets in yuan under `plan.budgets`,
 * like every other amount in the file. Anything this step does not recognise is left as it is, for
 * the validator to report.
 */
import { MIGRATION } from '../../i18n/validation';
import { wanToYuan } from '../../registry';
import type { Migration } from './migration';
import { isPlainObject } from './migration';

/** 万元 → yuan, kept to the fen so that 0.1 万 becomes 1000 and not 999.9999999. */
function budgetYuan(wan: number): number {
  return Math.round(wanToYuan(wan) * 100) / 100;
}

function budgetsInYuan(byPayer: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [payer, byYear] of Object.entries(byPayer)) {
    if (!isPlainObject(byYear)) {
      out[payer] = byYear;
      continue;
    }
    const years: Record<string, unknown> = {};
    for (const [year, amount] of Object.entries(byYear)) {
      years[year] = typeof amount === 'number' && Number.isFinite(amount) ? budgetYuan(amount) : amount;
    }
    out[payer] = years;
  }
  return out;
}

function ruleSetOf(data: Record<string, unknown>): unknown {
  if (typeof data.ruleSet !== 'string') return data.ruleSet;
  const overrides = data.ruleSetOverrides;
  return overrides === undefined ? { id: data.ruleSet } : { id: data.ruleSet, overrides };
}

function planOf(plan: unknown): unknown {
  // With budgets in both places the file is ambiguous; leaving it alone lets the validator name budgetsWan.
  if (!isPlainObject(plan) || !Object.hasOwn(plan, 'budgetsWan') || Object.hasOwn(plan, 'budgets')) return plan;
  const { budgetsWan, ...rest } = plan;
  return { ...rest, budgets: isPlainObject(budgetsWan) ? budgetsInYuan(budgetsWan) : budgetsWan };
}

export const v0ToV1: Migration = {
  from: 0,
  to: 1,
  what: MIGRATION.v0ToV1,
  up(data) {
    const { ruleSetOverrides, schemaVersion, ...rest } = data;
    const out: Record<string, unknown> = { schemaVersion: 1, ...rest, ruleSet: ruleSetOf(data), plan: planOf(data.plan) };
    // Overrides that came without a text rule set id have nowhere to go; kept, they are named as unknown.
    if (typeof data.ruleSet !== 'string' && ruleSetOverrides !== undefined) out.ruleSetOverrides = ruleSetOverrides;
    if (!Object.hasOwn(data, 'plan')) delete out.plan;
    if (!Object.hasOwn(data, 'ruleSet')) delete out.ruleSet;
    return out;
  },
};
