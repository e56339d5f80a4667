/**
 * A chart of many lines reads only when a few stand out: at most HIGHLIGHT_MAX series are drawn in
 * colour and the rest thin and grey behind them. Which few is the reader's choice; until they choose,
 * the ones furthest behind in the last year (the lowest values), since those are the ones to act on.
 */
import { lineStyle, MUTED_COLOR, type LineSeries } from './palette';

export const HIGHLIGHT_MAX = 4;

/** More series than a reader can tell apart in one chart. */
export const isCrowded = (count: number): boolean => count > HIGHLIGHT_MAX + 2;

const lastValue = (values: readonly (number | null)[]): number => {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i] as number;
  return Infinity;
};

/** The keys of the n series lowest in their last known year, ties in the series' own order. */
export function lowestLast(series: readonly { key: string; values: readonly (number | null)[] }[], n = HIGHLIGHT_MAX): string[] {
  return series
    .map((s, i) => ({ key: s.key, v: lastValue(s.values), i }))
    .sort((a, b) => a.v - b.v || a.i - b.i)
    .slice(0, n)
    .map((s) => s.key);
}

/** The series with the chosen in colour (styles in the order of the list, so colours stay put) and the rest muted. */
export function highlighted(series: readonly Omit<LineSeries, 'color' | 'dash' | 'marker'>[], chosen: readonly string[]): LineSeries[] {
  return series.map((s) => {
    const k = chosen.indexOf(s.key);
    return k >= 0 ? { ...s, ...lineStyle(k) } : { ...s, color: MUTED_COLOR, dash: '', marker: 'circle', muted: true };
  });
}

/** The choice after the reader toggles one series: added at the end, or removed. */
export function toggled(chosen: readonly string[], key: string): string[] {
  return chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key];
}
