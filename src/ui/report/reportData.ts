/**
 * What the printed report says, apart from the markup: the scenario in figures, the rule set's
 * parameters with the values in force and their citations, and every clause cited with its text.
 * Pure, so the wording can be tested without a page.
 */
import type { ParamKey } from '../../engine/params';
import type { RunView } from '../../engine/runView';
import { PAYERS, type Payer } from '../../engine/scenario';
import { fundingByYear } from '../results/chartTables';
import { documentById, ruleById } from '../../engine/policyLibrary';
import { ruleSetFor } from '../../engine/scenarioRuleSet';
import { ownClause } from '../panel/ownClause';
import type { RuleSet } from '../../engine/ruleSet';
import type { Scenario } from '../../engine/scenario';
import { estimateCounts } from '../../io/estimates';
import type { Locale } from '../../i18n/messages';
import { RULES_TEXT } from '../../i18n/rules';
import { citations, describeParam, groupKeys, horizonYears, inForceText, keysIn, type Citation } from '../editor/rules/ruleParams';
import { overrideText } from '../editor/rules/overrideValues';

export { cssString, printFooterCss } from './printFooter';

export interface CityCounts {
  districts: number;
  streets: number;
  communities: number;
  /** communities whose figures are estimates (Community.estimated) */
  estimated: number;
  /** base figures among them still estimates (households, residents, staff, space of each) */
  estimatedFigures: number;
}

export function cityCounts(scenario: Scenario): CityCounts {
  const streets = scenario.city.districts.flatMap((d) => d.streets);
  const communities = streets.flatMap((s) => s.communities);
  return {
    districts: scenario.city.districts.length,
    streets: streets.length,
    communities: communities.length,
    estimated: communities.filter((c) => c.estimated).length,
    estimatedFigures: estimateCounts(scenario.city).figures,
  };
}

export interface ParamRow {
  key: ParamKey;
  label: string;
  /** the value in force over the horizon, as the Rules tab words it */
  inForce: string;
  /** the scenario's own value, when it overrides the rule set */
  override: string | null;
  citations: Citation[];
}

export interface ParamGroupRows {
  group: string;
  rows: ParamRow[];
}

export function ruleSetOf(scenario: Scenario): RuleSet | undefined {
  return ruleSetFor(scenario.ruleSet);
}

/** The rule set's parameters, grouped as on the Rules tab. */
export function paramRows(scenario: Scenario, locale: Locale): ParamGroupRows[] {
  const set = ruleSetOf(scenario);
  if (!set) return [];
  const years = horizonYears(scenario.horizon);
  const t = RULES_TEXT[locale];
  const pick = (text: { zh: string; en: string }) => (locale === 'en' ? text.en : text.zh);
  return groupKeys(keysIn(set)).map(({ group, keys }) => ({
    group: t.groups[group],
    rows: keys.map((key) => {
      const param = set.parameters[key]!;
      const override = scenario.ruleSet.overrides?.[key];
      return {
        key,
        label: pick(describeParam(key, set).label),
        inForce: inForceText(param, years, locale),
        override: override === undefined ? null : overrideText(override, param.unit, locale),
        citations: citations(param, locale),
      };
    }),
  }));
}

export interface ClauseRow {
  id: string;
  /** the document's number, else its title */
  document: string;
  date?: string;
  /** the clause in Chinese, as in the document */
  text: string;
  /** the English gloss */
  gloss: string;
}

const byRuleId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Every clause the rule set's parameters and the targets cite, once each, in id order; unknown ids are left out. */
export function citedClauses(scenario: Scenario, locale: Locale): ClauseRow[] {
  const ids = new Set<string>();
  const set = ruleSetOf(scenario);
  for (const key of set ? keysIn(set) : []) for (const ref of set!.parameters[key]!.reference) ids.add(ref.rule);
  for (const target of scenario.targets) if (target.rule) ids.add(target.rule);
  const rows: ClauseRow[] = [];
  for (const id of [...ids].sort(byRuleId)) {
    // A clause of the user's own rule set is quoted from the set (which gives no English gloss), even
    // where a copy of a built-in keeps the shipped id: the user may have reworded it.
    const own = ownClause(set, id);
    if (own) {
      rows.push({ id, document: own.doc.number || `《${own.doc.title}》`, date: own.doc.date, text: own.clause.text, gloss: '' });
      continue;
    }
    const rule = ruleById(id);
    if (!rule) continue;
    const doc = documentById(rule.doc);
    const document = doc?.number || (doc ? (locale === 'en' ? doc.titleEn : `《${doc.title}》`) : rule.doc);
    rows.push({ id, document, date: doc?.date, text: rule.text, gloss: rule.gloss });
  }
  return rows;
}

/** The documents a rule set rests on, as "number — title (date)". */
export function documentLines(scenario: Scenario, locale: Locale): string[] {
  const set = ruleSetOf(scenario);
  if (set?.documents) return set.documents.map((d) => `${d.number} 《${d.title}》${locale === 'en' ? ` (${d.date})` : `（${d.date}）`} — ${d.issuer}`);
  return (set?.docs ?? []).flatMap((id) => {
    const doc = documentById(id);
    if (!doc) return [];
    const title = locale === 'en' ? doc.titleEn : `《${doc.title}》`;
    const parts = [doc.number, title].filter(Boolean).join(' ');
    const date = doc.date ? (locale === 'en' ? ` (${doc.date})` : `（${doc.date}）`) : '';
    return [`${parts}${date}${doc.issuer ? ` — ${doc.issuer}` : ''}`];
  });
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;

/** Mostly Chinese: a fifth or more of its characters are CJK (an English paragraph may still name 南京市). */
function isChinese(paragraph: string): boolean {
  return (paragraph.match(CJK)?.length ?? 0) >= paragraph.replace(/\s/g, '').length / 5;
}

/**
 * The description's paragraphs for the reader. Built-in and generated scenarios describe themselves
 * in a Chinese paragraph and an English one; the report prints the reader's. A description written
 * in one language only is printed as it is.
 */
export function descriptionFor(text: string | undefined, locale: Locale): string[] {
  const paragraphs = (text ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const zh = paragraphs.filter(isChinese);
  const en = paragraphs.filter((p) => !isChinese(p));
  if (zh.length === 0 || en.length === 0) return paragraphs;
  return locale === 'en' ? en : zh;
}

/** A date as printed on the cover: 2026年3月5日 / 5 March 2026. */
export function reportDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** One payer's rows of the funding section, per year in 万元; deferred only where the payer deferred some year. */
export interface FundingRows {
  payer: Payer;
  spent: number[];
  budget: (number | null)[];
  shortfall: number[];
  deferred: number[] | null;
}

export function fundingRows(view: RunView): { years: number[]; rows: FundingRows[] } {
  const years = fundingByYear(view);
  const rows = PAYERS.map((payer) => {
    const deferred = years.map((f) => f.deferred[payer]);
    return {
      payer,
      spent: years.map((f) => f.spent[payer]),
      budget: years.map((f) => f.budget[payer]),
      shortfall: years.map((f) => f.shortfall[payer]),
      deferred: deferred.some((v) => v > 0) ? deferred : null,
    };
  });
  return { years: years.map((f) => f.year), rows };
}
