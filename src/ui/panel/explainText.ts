/**
 * The side panel's lists and clause figures: parts largest first, the parameters of a rule set that
 * cite a clause and their values. An explanation's own text comes from src/i18n/explain.ts.
 */
import type { Unit } from '../../engine/params';
import type { Parameter, PolicyDocument, RuleSet } from '../../engine/ruleSet';
import type { Locale } from '../../i18n/messages';
import { formatParamValue as formatRuleValue } from '../editor/rules/units';
import type { OverrideValue } from '../../engine/scenario';

/** A rule-set parameter's value in its unit as a clause quotes it: yuan amounts in 万元, shares in %, flags as yes/no, years bare. */
export function formatParamValue(value: number, unit: Unit, locale: Locale): string {
  return formatRuleValue(value, unit, locale, { digits: 2, yearUnit: false });
}

/** Parts largest first, at most `limit` of them, and how many are left out. Input is not changed. */
export function topParts<T extends { value: number }>(parts: readonly T[], limit = 50): { shown: T[]; more: number } {
  const sorted = [...parts].sort((a, b) => b.value - a.value);
  return { shown: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}

export interface CitingParam {
  key: string;
  param: Parameter;
  /** the scenario's own value for it, if it sets one */
  override?: OverrideValue;
}

/** The parameters of a rule set that cite this clause, in the rule set's order. */
export function paramsCiting(set: RuleSet | undefined, ruleId: string, overrides: Record<string, OverrideValue | undefined> = {}): CitingParam[] {
  if (!set) return [];
  return Object.entries(set.parameters).flatMap(([key, param]) =>
    param && param.reference.some((r) => r.rule === ruleId) ? [{ key, param, ...(overrides[key] !== undefined && { override: overrides[key] }) }] : [],
  );
}

/** Dated values oldest first, as [date, value]. */
export function datedValues(param: Parameter): [string, number][] {
  return Object.entries(param.values).sort(([a], [b]) => a.localeCompare(b));
}

/** "宁委办发〔2007〕34号《…》2007-07-20" — number (or issuer when unnumbered), title, date. */
export function documentLine(doc: PolicyDocument, locale: Locale): string {
  const who = doc.number || doc.issuer;
  if (locale === 'en') return [who, doc.titleEn, doc.date].filter(Boolean).join(', ');
  return `${who}《${doc.title}》${doc.date ? `（${doc.date}）` : ''}`;
}
