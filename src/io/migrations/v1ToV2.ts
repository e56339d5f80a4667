/**
 * Version 1 held pay as `plan.pay.benchmarkWage` and `wageGrowth`, and multiplied it by the rule-set
 * parameter `pay.wageShareOfBenchmark`, so that under NJ2007 workers cost nothing before 2010 unless a
 * scenario overrode the share. Version 2 reads NJ2007-17 and GOV2020-3b as pay targets: the plan's pay
 * per worker (`plan.pay.perWorker`, `growth`) is paid every year, and the parameter is gone.
 *
 * An override of the share applied in every year, so the old cost was perWorker × share in every year:
 * the step folds the override into pay per worker, keeping the cost the file meant. Without an override
 * the file's years before the rule set's date (NJ2007 before 2010) were unpaid; that was the misreading
 * this version corrects, so those years now cost what the plan pays. Anything this step does not
 * recognise is left as it is, for the validator to report.
 */
import { MIGRATION } from '../../i18n/validation';
import type { Migration } from './migration';
import { isPlainObject } from './migration';

const SHARE = 'pay.wageShareOfBenchmark';

function overridesWithoutShare(ruleSet: unknown): { ruleSet: unknown; share: number | null } {
  if (!isPlainObject(ruleSet) || !isPlainObject(ruleSet.overrides) || !Object.hasOwn(ruleSet.overrides, SHARE)) return { ruleSet, share: null };
  const { [SHARE]: share, ...overrides } = ruleSet.overrides;
  if (typeof share !== 'number') return { ruleSet, share: null };
  const { overrides: _old, ...rest } = ruleSet;
  return { ruleSet: Object.keys(overrides).length > 0 ? { ...rest, overrides } : rest, share };
}

function payOf(pay: unknown, share: number | null): unknown {
  if (!isPlainObject(pay)) return pay;
  const { benchmarkWage, wageGrowth, ...rest } = pay;
  const out: Record<string, unknown> = { ...rest };
  if (benchmarkWage !== undefined) out.perWorker = typeof benchmarkWage === 'number' && share !== null ? benchmarkWage * share : benchmarkWage;
  if (wageGrowth !== undefined) out.growth = wageGrowth;
  return out;
}

export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  what: MIGRATION.v1ToV2,
  up(data) {
    const { ruleSet, share } = overridesWithoutShare(data.ruleSet);
    const out: Record<string, unknown> = { ...data, schemaVersion: 2 };
    if (Object.hasOwn(data, 'ruleSet')) out.ruleSet = ruleSet;
    if (isPlainObject(data.plan) && Object.hasOwn(data.plan, 'pay')) out.plan = { ...data.plan, pay: payOf(data.plan.pay, share) };
    return out;
  },
};
