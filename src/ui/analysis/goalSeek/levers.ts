/**
 * The levers the Goal seek form offers, as the engine's Lever (src/engine/levers/) plus what the page
 * needs to show them: an id for the select, the unit a value is typed and read in, and how a typed
 * value becomes the stored one. Planned facilities are offered as "how many of the plan's facilities,
 * in the plan's order": the engine opens the first N of a list of candidates on top of the plan's own,
 * so the search runs on the scenario with its planned facilities taken out and handed over as the list.
 */
import { FACILITIES_PATH, fieldOf, itemPath, ruleValue, type FieldRef, type Lever } from '../../../engine/levers';
import { PARAMS, isParamKey, type ParamKey, type Unit } from '../../../engine/params';
import { RULE_SETS } from '../../../engine/policyLibrary';
import type { Text } from '../../../engine/ruleSet';
import { PAYERS, type Payer, type Scenario } from '../../../engine/scenario';
import { YUAN_PER_WAN } from '../../../registry';
import { overrideInYear } from '../../../engine/overrides';

export type LeverChoice =
  | { kind: 'budget'; payer: Payer }
  | { kind: 'hiringCapacity' }
  | { kind: 'cityShare' }
  | { kind: 'rule'; key: ParamKey }
  | { kind: 'plannedFacilities' };

export function leverId(c: LeverChoice): string {
  switch (c.kind) {
    case 'budget':
      return `budget.${c.payer}`;
    case 'rule':
      return `rule.${c.key}`;
    default:
      return c.kind;
  }
}

export function parseLeverId(id: string): LeverChoice | null {
  if (id === 'hiringCapacity' || id === 'cityShare' || id === 'plannedFacilities') return { kind: id };
  const [head, ...rest] = id.split('.');
  const tail = rest.join('.');
  if (head === 'budget' && (PAYERS as readonly string[]).includes(tail)) return { kind: 'budget', payer: tail as Payer };
  if (head === 'rule' && isParamKey(tail)) return { kind: 'rule', key: tail };
  return null;
}

/** Rule parameters the scenario's rule set gives a documented range for: the only ones a search may move. */
export function rangedParams(scenario: Scenario): { key: ParamKey; label: Text; range: [number, number]; unit: Unit }[] {
  const set = RULE_SETS[scenario.ruleSet.id];
  if (!set) return [];
  return (Object.keys(set.parameters) as ParamKey[]).flatMap((key) => {
    const p = set.parameters[key];
    return p?.range ? [{ key, label: p.label, range: p.range, unit: PARAMS[key].unit }] : [];
  });
}

export function leverChoices(scenario: Scenario): LeverChoice[] {
  return [
    { kind: 'hiringCapacity' },
    ...PAYERS.map((payer): LeverChoice => ({ kind: 'budget', payer })),
    { kind: 'cityShare' },
    ...rangedParams(scenario).map((p): LeverChoice => ({ kind: 'rule', key: p.key })),
    ...(scenario.plan.facilities?.length ? [{ kind: 'plannedFacilities' } as LeverChoice] : []),
  ];
}

/** The lever's path in the scenario. */
export function choicePath(c: LeverChoice): string {
  switch (c.kind) {
    case 'plannedFacilities':
      return FACILITIES_PATH;
    case 'budget':
      return `plan.budgets.${c.payer}`;
    case 'rule':
      return itemPath('ruleSet.overrides', c.key);
    case 'hiringCapacity':
      return 'plan.hiring.capacityPerYear';
    case 'cityShare':
      return 'plan.pay.cityShare';
  }
}

/** What the choice's path names, for its name (src/i18n/levers.ts). */
export function choiceField(c: LeverChoice, scenario: Scenario): FieldRef {
  return fieldOf(choicePath(c), [scenario])!;
}

/** The scenario and Lever the engine searches over for a choice. */
export function engineLever(scenario: Scenario, c: LeverChoice): { scenario: Scenario; lever: Lever } {
  if (c.kind !== 'plannedFacilities') return { scenario, lever: { path: choicePath(c) } };
  const candidates = scenario.plan.facilities ?? [];
  return { scenario: { ...scenario, plan: { ...scenario.plan, facilities: [] } }, lever: { path: FACILITIES_PATH, candidates } };
}

/** How a lever's values are typed and shown. */
export type LeverUnit = 'wanPerYear' | 'personPerYear' | 'percent' | 'facilities' | Unit;

export function leverUnit(c: LeverChoice): LeverUnit {
  switch (c.kind) {
    case 'budget':
      return 'wanPerYear';
    case 'hiringCapacity':
      return 'personPerYear';
    case 'cityShare':
      return 'percent';
    case 'plannedFacilities':
      return 'facilities';
    case 'rule':
      return PARAMS[c.key].unit;
  }
}

/** shown = stored × scale: 万元 for yuan, % for shares. */
export function leverScale(c: LeverChoice): number {
  const unit = leverUnit(c);
  if (unit === 'percent' || unit === 'share') return 100;
  if (unit === 'wanPerYear' || unit.startsWith('yuan')) return 1 / YUAN_PER_WAN;
  return 1;
}

/** A typed value in the lever's shown unit as the stored number; null for an empty or unreadable box. */
export function storedValue(c: LeverChoice, typed: string): number | null {
  if (typed.trim() === '') return null;
  const shown = Number(typed.replace(/[,，\s]/g, ''));
  return Number.isFinite(shown) ? Number((shown / leverScale(c)).toPrecision(12)) : null;
}

export function shownValue(c: LeverChoice, stored: number): number {
  return Number((stored * leverScale(c)).toPrecision(12));
}

/**
 * The search range from the two boxes: both empty → the engine's default; one empty → that end from
 * the default. A reversed or unreadable range is an error for the form to show.
 */
export function rangeFrom(
  c: LeverChoice,
  lo: string,
  hi: string,
  fallback: [number, number] | null,
): { ok: true; range?: [number, number] } | { ok: false; problem: 'unreadable' | 'reversed' | 'needBoth' } {
  const a = storedValue(c, lo);
  const b = storedValue(c, hi);
  if ((lo.trim() !== '' && a === null) || (hi.trim() !== '' && b === null)) return { ok: false, problem: 'unreadable' };
  if (a === null && b === null) return { ok: true };
  const from = a ?? fallback?.[0] ?? null;
  const to = b ?? fallback?.[1] ?? null;
  if (from === null || to === null) return { ok: false, problem: 'needBoth' };
  if (from > to) return { ok: false, problem: 'reversed' };
  return { ok: true, range: [from, to] };
}

/**
 * The lever's value in the scenario as it stands, to set the answer against: the plan's own, else the
 * rule set's in the first horizon year; null when there is none (no budget, budgets that differ by year).
 */
export function currentValue(scenario: Scenario, c: LeverChoice): number | null {
  const { plan } = scenario;
  switch (c.kind) {
    case 'hiringCapacity':
      return plan.hiring.capacityPerYear;
    case 'cityShare':
      return plan.pay.cityShare ?? ruleValue(scenario, 'pay.cityShare');
    case 'plannedFacilities':
      return plan.facilities?.length ?? 0;
    case 'rule':
      return overrideInYear(scenario.ruleSet.overrides?.[c.key], scenario.horizon.firstYear)?.value ?? ruleValue(scenario, c.key);
    case 'budget': {
      const { firstYear, lastYear } = scenario.horizon;
      const byYear = plan.budgets[c.payer];
      const values = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => byYear?.[String(firstYear + i)]);
      return values.every((v) => v !== undefined && v === values[0]) ? (values[0] as number) : null;
    }
  }
}
