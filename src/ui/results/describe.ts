/** Words for charts: values with units and the one-sentence summaries screen readers hear. */
import { formatMetric, formatShare, formatWan } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';
import type { ResultsMessages } from '../../i18n/results';
import { wanToYuan } from '../../registry';

export type ShownUnit = 'person' | 'm2' | 'wan' | 'percent';

/** A chart value (already in its shown unit: 万元, %, people, m²) as text with the unit. */
export function formatShown(value: number, unit: ShownUnit, locale: Locale): string {
  switch (unit) {
    case 'wan':
      return formatWan(wanToYuan(value), locale);
    case 'percent':
      return formatShare(value / 100, locale);
    default:
      return formatMetric(value, unit, locale);
  }
}

/** "title. label: v0 in y0, v1 in y1; …" — first and last year of each series. */
export function summariseLines(
  m: ResultsMessages,
  title: string,
  years: readonly number[],
  series: { label: string; values: (number | null)[] }[],
  format: (v: number) => string,
): string {
  const parts = series.flatMap((s) => {
    const known = s.values.flatMap((v, i) => (v === null ? [] : [{ v, year: years[i] }]));
    if (known.length === 0) return [];
    const first = known[0];
    const last = known[known.length - 1];
    return [m.lineSummary(s.label, first.year, format(first.v), last.year, format(last.v))];
  });
  return m.chartSummary(title, parts);
}
