/** An exercise's lever in words: its name, unit, value and the difference between two values, from the lever vocabulary (src/i18n/levers.ts). */
import { leverInfo, type LeverUnit } from '../../../engine/levers';
import type { Scenario } from '../../../engine/scenario';
import type { LeverComparison } from '../../../engine/training/debrief';
import { isFacilitiesLever, type LeverSpec, type LeverValue, type NumberLever } from '../../../engine/training/exercise';
import { fieldName, formatLever, formatLeverChange, formatLeverRange } from '../../../i18n/levers';
import type { Locale } from '../../../i18n/messages';
import { TRAINING } from '../../../i18n/training';

/** The unit of the number at a path; people where the path names no lever (a checked exercise has none such). */
export const leverUnit = (path: string, scenario?: Scenario): LeverUnit => leverInfo(path, scenario)?.unit ?? 'person';

/** The exercise's own label where it gives one, else the vocabulary's name, else the path. */
export function leverLabel(spec: Pick<LeverSpec, 'path' | 'label'>, scenario: Scenario | undefined, locale: Locale): string {
  if (spec.label) return locale === 'en' ? spec.label.en : spec.label.zh;
  const info = leverInfo(spec.path, scenario);
  return info ? fieldName(info.field, locale) : spec.path;
}

function facilityNames(spec: LeverSpec, ids: readonly string[]): string[] {
  if (!isFacilitiesLever(spec)) return [...ids];
  return ids.map((id) => spec.candidates.find((c) => c.id === id)?.name ?? id);
}

export function leverValueText(spec: LeverSpec, scenario: Scenario, value: LeverValue | null, locale: Locale): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : facilityNames(spec, value).join(locale === 'en' ? '; ' : '、');
  return formatLever(value, leverUnit(spec.path, scenario), locale);
}

export function leverDeltaText(spec: LeverSpec, scenario: Scenario, c: LeverComparison, locale: Locale): string {
  if (Array.isArray(c.yours) || Array.isArray(c.reference)) {
    const mine = new Set(Array.isArray(c.yours) ? c.yours : []);
    const ref = new Set(Array.isArray(c.reference) ? c.reference : []);
    const more = facilityNames(spec, [...mine].filter((x) => !ref.has(x))).map((n) => `+${n}`);
    const fewer = facilityNames(spec, [...ref].filter((x) => !mine.has(x))).map((n) => `−${n}`);
    return [...more, ...fewer].join(locale === 'en' ? '; ' : '、');
  }
  if (c.delta === null) return '—';
  return formatLeverChange(c.delta, leverUnit(spec.path, scenario), locale);
}

/** "范围 0–500 万元/年 · 起始值 240 万元/年": what a number lever allows and where it starts. */
export function rangeAndStart(lever: NumberLever, scenario: Scenario, start: LeverValue | null | undefined, locale: Locale): string {
  const t = TRAINING[locale];
  const range = formatLeverRange(lever.min, lever.max, leverUnit(lever.path, scenario), locale);
  return `${t.range(range)} · ${t.startValue(leverValueText(lever, scenario, start ?? null, locale))}`;
}
