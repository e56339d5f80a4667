/**
 * A difference in levers or rules as a reader wants it: the value in its unit (budgets in 万元, shares
 * in %, rule parameters as the Rules tab shows them, a project or facility summed up in a few words)
 * and, for numbers, the change from the baseline with its sign.
 */
import type { FieldDifference } from '../../engine/fieldDifferences';
import { fieldOf, unitOf, type LeverUnit } from '../../engine/levers';
import { isParamKey, PARAMS, type ParamKey } from '../../engine/params';
import type { FacilityType } from '../../engine/scenario';
import { COMPARE } from '../../i18n/compare';
import { formatMetric } from '../../i18n/format';
import type { MetricUnit } from '../../engine/metrics';
import { facilityTypeName } from '../../i18n/map';
import { fieldName } from '../../i18n/levers';
import { pathWords } from '../../io/fieldWords';
import type { Locale } from '../../i18n/messages';
import { PLAN_TEXT } from '../../i18n/plan';
import { overrideText } from '../editor/rules/overrideValues';
import { formatParamValue } from '../editor/rules/units';

type Kind = 'wan' | 'yuanPerM2' | 'personYear' | 'share' | 'years' | 'year' | 'm2' | { param: ParamKey } | 'plain';

/** How the vocabulary's unit of a plan field (src/engine/levers/fields.ts) reads in a comparison; rule parameters as the Rules tab shows them. */
const KIND_OF_UNIT: Partial<Record<LeverUnit, Kind>> = {
  yuan: 'wan',
  yuanPerYear: 'wan',
  yuanPerPersonYear: 'wan',
  share: 'share',
  personPerYear: 'personYear',
  yuanPerM2: 'yuanPerM2',
  years: 'years',
  year: 'year',
  m2: 'm2',
  m2PerHundredHouseholds: 'm2',
};

/** A district's own value (`ruleSet.districtOverrides["pay.cityShare"].D2`) reads as the parameter it sets. */
const DISTRICT_VALUE = /^ruleSet\.districtOverrides\["([^"]+)"\]/;

export function kindOf(path: string): Kind {
  const own = DISTRICT_VALUE.exec(path)?.[1];
  if (own !== undefined && isParamKey(own)) return { param: own };
  const field = fieldOf(path);
  if (!field) return 'plain';
  if (field.kind === 'rule') return { param: field.key };
  const unit = unitOf(field);
  return (unit && KIND_OF_UNIT[unit]) ?? 'plain';
}

/** Kinds that read as the metrics do: money in 万元, shares in %, areas in m². */
const METRIC_OF_KIND = { wan: 'yuan', share: 'share', m2: 'm2' } as const satisfies Partial<Record<Kind & string, MetricUnit>>;

const isMetricKind = (kind: Kind): kind is keyof typeof METRIC_OF_KIND => typeof kind === 'string' && kind in METRIC_OF_KIND;

const num = (x: number, locale: Locale, digits = 2) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(x);

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A whole project, facility or own rule set, added in one scenario and absent in another, in a few words. */
function summarise(v: Record<string, unknown>, locale: Locale): string {
  const en = locale === 'en';
  if (typeof v.type === 'string' && 'openingYear' in v) {
    const type = facilityTypeName(v.type as FacilityType, locale);
    return en ? `${String(v.name ?? v.id)} (${type}, opens ${String(v.openingYear)})` : `${String(v.name ?? v.id)}（${type}，${String(v.openingYear)} 年开放）`;
  }
  if ('m2' in v && 'startYear' in v) {
    return en
      ? `${String(v.target)}: ${num(Number(v.m2), locale)} m² from ${String(v.startYear)}`
      : `${String(v.target)}：${num(Number(v.m2), locale)} 平方米，${String(v.startYear)} 年开工`;
  }
  if (isRecord(v.name) && 'parameters' in v) return `${String((v.name as Record<string, unknown>)[en ? 'en' : 'zh'])} · ${String(v.id)}`;
  return JSON.stringify(v);
}

function plainText(path: string, v: unknown, locale: Locale): string {
  const p = PLAN_TEXT[locale];
  if (typeof v === 'string') {
    if (path === 'plan.building.order' && v in p.building.orders) return p.building.orders[v as keyof typeof p.building.orders];
    if (path === 'plan.shortfall.mode') return v === 'defer' ? p.shortfall.defer : v === 'report' ? p.shortfall.report : v;
    if (path === 'plan.building.payer' || path.endsWith('.payer')) return COMPARE[locale].spending.payers[v as 'city'] ?? v;
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' && x in p.shortfall.items ? p.shortfall.items[x as 'hiring'] : String(x))).join(' → ');
  if (isRecord(v)) return summarise(v, locale);
  if (typeof v === 'number') return num(v, locale);
  return String(v);
}

export function formatFieldValue(path: string, v: unknown, locale: Locale): string {
  const t = COMPARE[locale];
  if (v === null || v === undefined) return path.startsWith('plan.budgets.') ? t.diff.unlimited : t.diff.unset;
  const kind = kindOf(path);
  if (typeof kind === 'object' && isRecord(v)) return overrideText(v as Record<string, number>, PARAMS[kind.param].unit, locale);
  if (typeof v !== 'number' || kind === 'plain') return plainText(path, v, locale);
  if (typeof kind === 'object') return formatParamValue(v, PARAMS[kind.param].unit, locale);
  if (isMetricKind(kind)) return formatMetric(v, METRIC_OF_KIND[kind], locale, 2);
  switch (kind) {
    case 'personYear':
      return `${num(v, locale, 0)} ${t.units.personYear}`;
    case 'yuanPerM2':
      return `${num(v, locale, 0)} ${t.units.yuanPerM2}`;
    case 'years':
      return `${num(v, locale)} ${t.units.years}`;
    case 'year':
      return String(v);
  }
}

const signed = (text: string, d: number) => (d > 0 ? `+${text}` : d < 0 ? `−${text}` : text);

/** The change from the baseline, "+125 人/年", "−5 个百分点", "+1,000 万元"; null where it is not a number on both sides or is none. */
export function formatChange(path: string, baseline: unknown, v: unknown, locale: Locale): string | null {
  if (typeof baseline !== 'number' || typeof v !== 'number') return null;
  const d = v - baseline;
  if (d === 0) return null;
  const kind = kindOf(path);
  if (kind === 'plain') return signed(num(Math.abs(d), locale), d);
  if (kind === 'year') return signed(`${num(Math.abs(d), locale)} ${COMPARE[locale].units.years}`, d);
  if (kind === 'share') return signed(`${num(Math.abs(d) * 100, locale, 2)} ${COMPARE[locale].units.points}`, d);
  return signed(formatFieldValue(path, Math.abs(d), locale), d);
}

export interface DifferenceRow {
  path: string;
  label: string;
  /** one per scenario, baseline first */
  values: string[];
  /** one per scenario, null for the baseline and where there is no numeric change */
  changes: (string | null)[];
}

export function differenceRows(differences: readonly FieldDifference[], locale: Locale): DifferenceRow[] {
  return differences.map((d) => ({
    path: d.path,
    label: d.field ? fieldName(d.field, locale) : pathWords(d.path)[locale === 'en' ? 'en' : 'zh'],
    values: d.values.map((v) => formatFieldValue(d.path, v, locale)),
    changes: d.values.map((v, s) => (s === 0 ? null : formatChange(d.path, d.values[0], v, locale))),
  }));
}
