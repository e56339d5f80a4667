/**
 * The side panel's figures as text, and the lists it shows: parts largest first, the parameters of a
 * rule set that cite a clause. Money reads in 万元 as everywhere else; a price per m² stays in 元,
 * as building costs are quoted.
 */
import type { ExplainPart, ExplainUnit } from '../../engine/explain/types';
import type { Unit } from '../../engine/params';
import type { Parameter, PolicyDocument, RuleSet } from '../../engine/ruleSet';
import { formatShare, formatWan, formatWanNumber } from '../../i18n/format';
import { MESSAGES, type Locale } from '../../i18n/messages';
import { PANEL } from '../../i18n/panel';
import { shownInWan } from '../../registry';

function grouped(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function join(amount: string, unit: string, locale: Locale): string {
  if (!unit) return amount;
  return locale === 'en' && unit.startsWith('万') ? `${amount}${unit}` : `${amount} ${unit}`;
}

/** A figure of an explanation with its unit; null means the rule set lacks the rule. */
export function formatExplainValue(value: number | null, unit: ExplainUnit, locale: Locale): string {
  const p = PANEL[locale];
  if (value === null) return p.notInRuleSet;
  switch (unit) {
    case 'yuan':
      return formatWan(value, locale);
    case 'yuanPerPerson':
      return join(formatWanNumber(value, locale), p.explainUnit.yuanPerPerson, locale);
    case 'share':
      return formatShare(value, locale);
    case 'rate':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
    case 'year':
      return String(value);
    default:
      return join(grouped(value, locale), p.explainUnit[unit], locale);
  }
}

/** The unit a list of figures shares, for its heading ('' for shares, which carry their %). */
export function explainUnitWord(unit: ExplainUnit, locale: Locale): string {
  if (unit === 'yuan') return MESSAGES[locale].unit.wan;
  return PANEL[locale].explainUnit[unit];
}

/** A figure without its unit, for lists whose heading names the unit once. */
export function formatExplainNumber(value: number, unit: ExplainUnit, locale: Locale): string {
  if (unit === 'yuan' || unit === 'yuanPerPerson') return formatWanNumber(value, locale);
  if (unit === 'share' || unit === 'rate' || unit === 'year') return formatExplainValue(value, unit, locale);
  return grouped(value, locale);
}

/** A rule-set parameter's value in its unit: yuan amounts in 万元, shares in %, flags as yes/no. */
export function formatParamValue(value: number, unit: Unit, locale: Locale): string {
  const p = PANEL[locale];
  switch (unit) {
    case 'share':
      return formatShare(value, locale);
    case 'flag':
      return value === 1 ? p.yes : p.no;
    case 'year':
      return String(value);
    default:
      return join(shownInWan(unit) ? formatWanNumber(value, locale) : grouped(value, locale), p.paramUnit[unit], locale);
  }
}

/** Parts largest first, at most `limit` of them, and how many are left out. Input is not changed. */
export function topParts(parts: readonly ExplainPart[], limit = 50): { shown: ExplainPart[]; more: number } {
  const sorted = [...parts].sort((a, b) => b.value - a.value);
  return { shown: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}

export interface CitingParam {
  key: string;
  param: Parameter;
  /** the scenario's own value for it, if it sets one */
  override?: number;
}

/** The parameters of a rule set that cite this clause, in the rule set's order. */
export function paramsCiting(set: RuleSet | undefined, ruleId: string, overrides: Record<string, number | undefined> = {}): CitingParam[] {
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
