/** A lever's value and a difference between two values, as the debrief and the facilitator's table show them. */
import type { Scenario } from '../../engine/scenario';
import type { LeverComparison } from '../../engine/training/debrief';
import { isFacilitiesLever, type LeverSpec, type LeverValue } from '../../engine/training/exercise';
import { leverInfo } from '../../engine/training/leverPaths';
import type { Locale } from '../../i18n/messages';
import { displayOf, formatLever, toShown, unitLabel } from './leverDisplay';

function facilityNames(spec: LeverSpec, ids: readonly string[]): string[] {
  if (!isFacilitiesLever(spec)) return [...ids];
  return ids.map((id) => spec.candidates.find((c) => c.id === id)?.name ?? id);
}

export function leverValueText(spec: LeverSpec, scenario: Scenario, value: LeverValue | null, locale: Locale): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : facilityNames(spec, value).join(locale === 'en' ? '; ' : '、');
  return formatLever(value, leverInfo(spec.path, scenario)?.unit ?? 'person', locale);
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
  const unit = leverInfo(spec.path, scenario)?.unit ?? 'person';
  const d = displayOf(unit);
  const shown = toShown(Math.abs(c.delta), d);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(shown);
  const label = d.unit === 'share' ? (locale === 'en' ? ' pp' : ' 个百分点') : unit === 'year' ? (locale === 'en' ? ' years' : ' 年') : ` ${unitLabel(d, locale)}`;
  return `${c.delta > 0 ? '+' : '−'}${number}${label.trimEnd() === '' ? '' : label}`;
}
