/**
 * Every field of plan, ruleSet and horizon that differs between scenarios and a baseline, as a path
 * with each scenario's value and, where the lever vocabulary names it (levers/fields.ts), what it is:
 * what a reader of a comparison needs to see which levers and rules were moved.
 */
import { fieldOfKeys, itemPath, joinPath, type FieldRef } from './levers';
import type { Scenario } from './scenario';

export interface FieldDifference {
  /** e.g. plan.hiring.capacityPerYear, plan.budgets.district["2026"], plan.building.projects["P1"].m2 */
  path: string;
  /** what the path names; absent where the vocabulary has no name for it */
  field?: FieldRef;
  /** one per scenario, baseline first; null where the scenario lacks the field */
  values: unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown): v is { id: string }[] => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string');
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A parameter's override is one difference, whether one value or dated values (a reform from 2028). */
const isOverride = (keys: string[]) =>
  keys[0] === 'ruleSet' && ((keys[1] === 'overrides' && keys.length === 3) || (keys[1] === 'districtOverrides' && keys.length === 4));

export function fieldDifferences(scenarios: Scenario[]): FieldDifference[] {
  const out: FieldDifference[] = [];
  const visit = (values: unknown[], path: string, keys: string[], whole: boolean) => {
    if (values.every((v) => same(v, values[0]))) return;
    const leaf = () => {
      const field = fieldOfKeys(keys, scenarios);
      out.push({ path, ...(field && { field }), values: values.map((v) => v ?? null) });
    };
    if (whole || isOverride(keys)) return leaf();
    if (values.every((v) => v === undefined || isObject(v))) {
      const fields = [...new Set(values.flatMap((v) => Object.keys(v ?? {})))];
      for (const f of fields) visit(values.map((v) => (v as Record<string, unknown> | undefined)?.[f]), joinPath(path, f), [...keys, f], false);
      return;
    }
    // Projects and facilities by id, so one added in the middle is one difference, not a shift of all after it.
    if (values.every((v) => v === undefined || hasIds(v))) {
      const lists = values.map((v) => new Map(((v ?? []) as { id: string }[]).map((x) => [x.id, x])));
      const ids = [...new Set(lists.flatMap((m) => [...m.keys()]))];
      // A project or facility present in one and absent in another is one difference, shown whole.
      for (const id of ids) {
        const items = lists.map((m) => m.get(id));
        visit(items, itemPath(path, id), [...keys, id], items.some((x) => x === undefined));
      }
      return;
    }
    leaf();
  };
  for (const top of ['horizon', 'ruleSet', 'plan'] as const) visit(scenarios.map((s) => s[top]), top, [top], false);
  return out;
}
