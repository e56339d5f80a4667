/**
 * What a path in a scenario names, as a code the app renders in words (src/i18n/levers.ts): a plan
 * field, a payer's budget (for a year or the whole horizon), a building project, a planned facility,
 * a rule parameter's override, a horizon year or the rule set. The same names serve levers, exercises
 * and the differences between compared scenarios.
 */
import { isParamKey, PARAMS, type ParamKey, type Unit } from '../params';
import { RULE_SETS } from '../policyLibrary';
import type { Text } from '../ruleSet';
import { PAYERS, type Payer, type Scenario } from '../scenario';
import { splitPath } from './path';

/** How a field's number reads: the unit decides the display scale (shares in %, yuan in 万元). */
export type LeverUnit =
  | 'person'
  | 'personPerYear'
  | 'share'
  | 'yuan'
  | 'yuanPerYear'
  | 'yuanPerM2'
  | 'm2'
  | 'm2PerHundredHouseholds'
  | 'year'
  | 'years'
  | 'facilities'
  | Exclude<Unit, 'm2' | 'm2PerHundredHouseholds' | 'share' | 'year'>;

/** The plan's numbers a lever can move, keyed by their path under plan, with their unit. */
export const PLAN_NUMBERS = {
  'hiring.capacityPerYear': 'personPerYear',
  'hiring.attritionRate': 'share',
  'hiring.certifiedShare': 'share',
  'hiring.bachelorShare': 'share',
  'pay.perWorker': 'yuanPerPersonYear',
  'pay.growth': 'share',
  'pay.cityShare': 'share',
  'building.costPerM2': 'yuanPerM2',
  'building.leadTimeYears': 'years',
  'building.autoCloseFrom': 'year',
  'building.aimPerHundredHouseholds': 'm2PerHundredHouseholds',
} as const satisfies Record<string, LeverUnit>;

/** The plan's choices that are not numbers: a comparison names them, no lever moves them. */
export const PLAN_CHOICES = ['building.payer', 'building.order', 'shortfall.mode', 'shortfall.priority'] as const;

export type PlanNumber = keyof typeof PLAN_NUMBERS;
export type PlanField = PlanNumber | (typeof PLAN_CHOICES)[number];

export const isPlanNumber = (f: string): f is PlanNumber => f in PLAN_NUMBERS;
const isPlanField = (f: string): f is PlanField => isPlanNumber(f) || (PLAN_CHOICES as readonly string[]).includes(f);
const isPayer = (p: string | undefined): p is Payer => (PAYERS as readonly (string | undefined)[]).includes(p);

export type HorizonField = 'baseYear' | 'firstYear' | 'lastYear';

export type FieldRef =
  | { kind: 'horizon'; field: HorizonField }
  | { kind: 'ruleSet' }
  | { kind: 'plan'; field: PlanField }
  /** a payer's budget in one year, or over the horizon when no year is given */
  | { kind: 'budget'; payer: Payer; year?: string }
  /** a building project, or one of its fields */
  | { kind: 'project'; id?: string; field?: string }
  /** the planned life-circle facilities, one of them, or one of its fields */
  | { kind: 'facilities'; id?: string; field?: string }
  /** a rule parameter's override; label is the rule set's own, where one has the parameter */
  | { kind: 'rule'; key: ParamKey; label?: Text };

/** A parameter's label from the scenarios' rule sets, else from any built-in rule set that has it. */
export function paramLabel(key: ParamKey, scenarios: readonly Scenario[] = []): Text | undefined {
  for (const s of scenarios) {
    const label = RULE_SETS[s.ruleSet.id]?.parameters[key]?.label;
    if (label) return label;
  }
  for (const set of Object.values(RULE_SETS)) if (set.parameters[key]) return set.parameters[key].label;
  return undefined;
}

/** What the keys of a path name; null for a path no name is given to. */
export function fieldOfKeys(keys: readonly string[], scenarios: readonly Scenario[] = []): FieldRef | null {
  const [top, second, third, fourth, fifth] = keys;
  if (top === 'horizon' && keys.length === 2 && (second === 'baseYear' || second === 'firstYear' || second === 'lastYear')) return { kind: 'horizon', field: second };
  if (top === 'ruleSet' && second === 'id' && keys.length === 2) return { kind: 'ruleSet' };
  if (top === 'ruleSet' && second === 'overrides' && keys.length === 3 && isParamKey(third)) {
    const label = paramLabel(third, scenarios);
    return { kind: 'rule', key: third, ...(label && { label }) };
  }
  if (top !== 'plan') return null;
  const planField = `${second}.${third}`;
  if (keys.length === 3 && isPlanField(planField)) return { kind: 'plan', field: planField };
  if (second === 'budgets' && isPayer(third) && keys.length <= 4) return { kind: 'budget', payer: third, ...(fourth !== undefined && { year: fourth }) };
  if (second === 'building' && third === 'projects' && keys.length <= 5) return { kind: 'project', ...(fourth !== undefined && { id: fourth }), ...(fifth !== undefined && { field: fifth }) };
  if (second === 'facilities' && keys.length <= 4) return { kind: 'facilities', ...(third !== undefined && { id: third }), ...(fourth !== undefined && { field: fourth }) };
  return null;
}

export function fieldOf(path: string, scenarios: readonly Scenario[] = []): FieldRef | null {
  const keys = splitPath(path);
  return keys ? fieldOfKeys(keys, scenarios) : null;
}

/** A building project's numbers (scenario.ts, BuildingProject). */
const PROJECT_UNIT: Record<string, LeverUnit> = { m2: 'm2', startYear: 'year', costPerM2: 'yuanPerM2', leadTimeYears: 'years' };

const PARAM_UNIT: Partial<Record<Unit, LeverUnit>> = { m2: 'm2', m2PerHundredHouseholds: 'm2PerHundredHouseholds', share: 'share', year: 'year' };

/** The unit of a field's number; null for a field that holds no number (a choice, a whole project). */
export function unitOf(field: FieldRef): LeverUnit | null {
  switch (field.kind) {
    case 'horizon':
      return 'year';
    case 'ruleSet':
      return null;
    case 'plan':
      return isPlanNumber(field.field) ? PLAN_NUMBERS[field.field] : null;
    case 'budget':
      return field.year === undefined ? 'yuanPerYear' : 'yuan';
    case 'rule': {
      const unit: Unit = PARAMS[field.key].unit;
      return PARAM_UNIT[unit] ?? (unit as LeverUnit);
    }
    case 'project':
      return PROJECT_UNIT[field.field ?? ''] ?? null;
    case 'facilities':
      if (field.id === undefined) return 'facilities';
      return field.field === 'openingYear' ? 'year' : field.field === 'capitalCost' || field.field === 'runningCost' ? 'yuan' : null;
  }
}
