/**
 * The Rules tab's view of a rule set: parameters grouped by what they govern, the value in force in
 * each horizon year, and where each comes from. Pure, so the wording can be tested without a page.
 */
import { PARAM_KEYS, PARAMS, type ParamKey, type Unit } from '../../../engine/params';
import { documentById, RULE_SET_IDS, RULE_SETS } from '../../../engine/policyLibrary';
import { valueInYear } from '../../../engine/resolveParams';
import type { Parameter, RuleSet, Text } from '../../../engine/ruleSet';
import type { Horizon, OverrideValue, Scenario } from '../../../engine/scenario';
import type { Locale } from '../../../i18n/messages';
import { RULES_TEXT, type ParamGroup } from '../../../i18n/rules';
import { formatParamValue } from './units';

export const GROUPS: readonly ParamGroup[] = ['community', 'staffing', 'space', 'pay', 'funds', 'reward', 'migrants', 'volunteers'];

export function groupOf(key: ParamKey): ParamGroup {
  return key.slice(0, key.indexOf('.')) as ParamGroup;
}

/** Keys by group, in the registry's order; empty groups are left out. */
export function groupKeys(keys: readonly ParamKey[]): { group: ParamGroup; keys: ParamKey[] }[] {
  return GROUPS.map((group) => ({ group, keys: PARAM_KEYS.filter((k) => keys.includes(k) && groupOf(k) === group) })).filter(
    (g) => g.keys.length > 0,
  );
}

export function keysIn(set: RuleSet): ParamKey[] {
  return PARAM_KEYS.filter((k) => set.parameters[k] !== undefined);
}

export function keysMissing(set: RuleSet): ParamKey[] {
  return PARAM_KEYS.filter((k) => set.parameters[k] === undefined);
}

/** A parameter's label (from this rule set, else the first built-in set that has it) and its unit (from the registry). */
export function describeParam(key: ParamKey, set: RuleSet | undefined): { label: Text; unit: Unit } {
  const param = set?.parameters[key] ?? RULE_SET_IDS.map((id) => RULE_SETS[id].parameters[key]).find((p) => p !== undefined);
  return { label: param?.label ?? { zh: key, en: key }, unit: PARAMS[key].unit };
}

export interface Segment {
  from: number;
  to: number;
  value: number;
}

export function horizonYears(h: Horizon): number[] {
  return Array.from({ length: h.lastYear - h.firstYear + 1 }, (_, i) => h.firstYear + i);
}

/** Runs of years with the same value in force; years before the first dated value have none and are left out. */
export function segmentsInHorizon(param: Parameter, years: readonly number[]): Segment[] {
  const out: Segment[] = [];
  for (const year of years) {
    const value = valueInYear(param, year);
    if (value === null) continue;
    const last = out[out.length - 1];
    if (last && last.value === value && last.to === year - 1) last.to = year;
    else out.push({ from: year, to: year, value });
  }
  return out;
}

/**
 * "300 户" when one value holds over the whole horizon; "自 2010 年起 20 平方米/百户" when it starts
 * inside; "2007—2008 年 …；自 2009 年起 …" when it changes; "本规划期内未生效" when none applies.
 */
export function inForceText(param: Parameter, years: readonly number[], locale: Locale): string {
  const t = RULES_TEXT[locale];
  const segments = segmentsInHorizon(param, years);
  if (segments.length === 0) return t.notInForce;
  const first = years[0];
  const last = years[years.length - 1];
  return segments
    .map((s) => {
      const value = formatParamValue(s.value, param.unit, locale);
      if (s.from === first && s.to === last) return value;
      return s.to === last ? t.fromYear(s.from, value) : t.yearSpan(s.from, s.to, value);
    })
    .join(t.segmentJoin);
}

/** The value an override field starts from: the one in force at the end of the horizon. */
export function latestValue(param: Parameter | undefined, years: readonly number[]): number | undefined {
  if (!param) return undefined;
  return segmentsInHorizon(param, years).at(-1)?.value;
}

export interface Citation {
  doc: string;
  /** the document number, else its title (some documents were issued without one) */
  number: string;
  date?: string;
  rules: string[];
}

/** A parameter's references, one entry per document with its rule ids. */
export function citations(param: Parameter, locale: Locale): Citation[] {
  const byDoc = new Map<string, Citation>();
  for (const ref of param.reference) {
    let entry = byDoc.get(ref.doc);
    if (!entry) {
      const doc = documentById(ref.doc);
      const number = doc?.number || (doc ? (locale === 'en' ? doc.titleEn : `《${doc.title}》`) : ref.doc);
      entry = { doc: ref.doc, number, date: doc?.date, rules: [] };
      byDoc.set(ref.doc, entry);
    }
    if (!entry.rules.includes(ref.rule)) entry.rules.push(ref.rule);
  }
  return [...byDoc.values()];
}

/**
 * The scenario under another rule set. Overrides of parameters the new set does not have are dropped
 * (they would have no clause to replace); the rest are kept, and the validator checks them against the
 * new set's ranges.
 */
export function switchRuleSet(scenario: Scenario, id: string): { next: Scenario; dropped: ParamKey[] } {
  const set = Object.hasOwn(RULE_SETS, id) ? RULE_SETS[id] : undefined;
  const kept: Partial<Record<ParamKey, OverrideValue>> = {};
  const dropped: ParamKey[] = [];
  for (const [key, value] of Object.entries(scenario.ruleSet.overrides ?? {}) as [ParamKey, OverrideValue | undefined][]) {
    if (value === undefined) continue;
    if (set?.parameters[key]) kept[key] = value;
    else dropped.push(key);
  }
  const { districtOverrides } = scenario.ruleSet;
  const ruleSet = { id, ...(Object.keys(kept).length > 0 && { overrides: kept }), ...(districtOverrides && { districtOverrides }) };
  return { next: { ...scenario, ruleSet }, dropped };
}
