/**
 * Version 2 read a budget year left out of a payer's row as no limit, and took a building lead time of
 * 0 as 1 year. Version 3 says both out loud: a payer's row has a cell for every horizon year, yuan or
 * "unlimited", and a lead time is at least 1. This step writes "unlimited" into the years a row left
 * out and 1 for a lead time of 0, so an old file opens with the same figures. Anything it does not
 * recognise is left as it is, for the validator to report.
 */
import { MIGRATION } from '../../i18n/validation';
import type { Migration } from './migration';
import { isPlainObject } from './migration';

function horizonYears(horizon: unknown): number[] {
  if (!isPlainObject(horizon)) return [];
  const { firstYear, lastYear } = horizon;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear)) return [];
  const years: number[] = [];
  for (let y = firstYear as number; y <= (lastYear as number) && years.length <= 200; y++) years.push(y);
  return years;
}

function fullRows(budgets: unknown, years: number[]): unknown {
  if (!isPlainObject(budgets)) return budgets;
  const out: Record<string, unknown> = {};
  for (const [payer, row] of Object.entries(budgets)) {
    out[payer] = isPlainObject(row) ? { ...Object.fromEntries(years.map((y) => [String(y), 'unlimited'])), ...row } : row;
  }
  return out;
}

const atLeastOneYear = (lead: unknown) => (lead === 0 ? 1 : lead);

function buildingOf(building: unknown): unknown {
  if (!isPlainObject(building)) return building;
  const out: Record<string, unknown> = { ...building };
  if (Object.hasOwn(building, 'leadTimeYears')) out.leadTimeYears = atLeastOneYear(building.leadTimeYears);
  if (Array.isArray(building.projects)) {
    out.projects = building.projects.map((p) => (isPlainObject(p) && Object.hasOwn(p, 'leadTimeYears') ? { ...p, leadTimeYears: atLeastOneYear(p.leadTimeYears) } : p));
  }
  return out;
}

export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  what: MIGRATION.v2ToV3,
  up(data) {
    const out: Record<string, unknown> = { ...data, schemaVersion: 3 };
    const plan = data.plan;
    if (isPlainObject(plan)) {
      const next: Record<string, unknown> = { ...plan, building: buildingOf(plan.building) };
      if (Object.hasOwn(plan, 'budgets')) next.budgets = fullRows(plan.budgets, horizonYears(data.horizon));
      if (!Object.hasOwn(plan, 'building')) delete next.building;
      out.plan = next;
    }
    return out;
  },
};
