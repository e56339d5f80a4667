/** The one-sentence summaries screen readers hear for a chart. */
import type { RunView } from '../../engine/runView';
import { PAYERS } from '../../engine/scenario';
import type { Locale } from '../../i18n/messages';
import type { ResultsMessages } from '../../i18n/results';
import { formatShown } from '../charts/units';
import { fundingByYear } from './chartTables';

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

/** "title. year: payer amount, …" — each year's spending by payer. */
export function summariseFunding(m: ResultsMessages, title: string, view: RunView, locale: Locale): string {
  const wan = (v: number) => formatShown(v, 'yuan', locale);
  return m.chartSummary(
    title,
    fundingByYear(view).map((f) => m.fundingSummary(f.year, PAYERS.map((p) => `${m.payer[p]} ${wan(f.spent[p])}`))),
  );
}
