/**
 * The comparison's numbers as the page shows them: each key series' difference from the baseline per
 * year (the chart), every scenario's value and difference per series and year (the table and its CSV),
 * spending over the horizon by payer, and the verdict grid with each target's unit.
 */
import type { Comparison, ComparedSeries } from '../../engine/compare';
import { metricById } from '../../engine/metrics';
import type { Scenario } from '../../engine/scenario';
import { COMPARE } from '../../i18n/compare';
import type { Locale } from '../../i18n/messages';
import { keySeriesName } from '../../i18n/names';
import type { TableData } from '../charts/table';
import { cell, unitText, type ValueUnit } from '../charts/units';

const pick = (t: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? t.en : t.zh);

/** A difference smaller than this share of the series' largest value is float drift (a fen in hundreds of millions), not a change. */
const DRIFT = 1e-6;

/** True when some scenario differs from the baseline in some year by more than drift. */
export function seriesDiffers(s: ComparedSeries): boolean {
  const scale = Math.max(1, ...s.values.flatMap((v) => Array.from(v, (x) => (Number.isFinite(x) ? Math.abs(x) : 0))));
  return s.delta.some((d) => d !== null && Array.from(d).some((x) => Number.isFinite(x) && Math.abs(x) > DRIFT * scale));
}

/** A series some scenario has a value other than zero for: a payer nobody spends through is left out. */
export function seriesPresent(s: ComparedSeries): boolean {
  return s.values.some((v) => Array.from(v).some((x) => Number.isFinite(x) && x !== 0));
}

/** Units of a difference: shares become percentage points, the rest keep their unit. */
export function deltaUnitText(unit: ValueUnit, locale: Locale): string {
  return unit === 'share' ? COMPARE[locale].charts.points : unitText(unit, locale);
}

export interface DeltaLine {
  /** the scenario's position in the comparison (1 and up) */
  index: number;
  name: string;
  /** per year, in shown units (万元, percentage points, people, m²); null where unknown */
  values: (number | null)[];
}

export function deltaLines(s: ComparedSeries, names: readonly string[]): DeltaLine[] {
  return s.delta.flatMap((d, index) => (d === null ? [] : [{ index, name: names[index], values: Array.from(d, (x) => cell(x, s.unit)) }]));
}

/** One row per series and year: each scenario's value, then each other scenario's difference from the baseline. */
export function differenceTable(c: Comparison, locale: Locale): TableData {
  const t = COMPARE[locale].table;
  const others = c.names.slice(1);
  return {
    header: [t.series, t.year, t.unit, t.baseline(c.names[0]), ...others.flatMap((name) => [name, t.minus(name)])],
    rows: c.series.filter(seriesPresent).flatMap((s) =>
      c.years.map((year, y) => [
        keySeriesName(s.name, locale),
        year,
        unitText(s.unit, locale),
        cell(s.values[0][y], s.unit),
        ...others.flatMap((_, k) => [cell(s.values[k + 1][y], s.unit), cell(s.delta[k + 1]![y], s.unit)]),
      ]),
    ),
    keys: 2,
  };
}

export function deltaTable(s: ComparedSeries, c: Comparison, locale: Locale): TableData {
  const t = COMPARE[locale].table;
  const lines = deltaLines(s, c.names);
  return {
    header: [t.year, ...lines.map((l) => `${t.minus(l.name)}（${deltaUnitText(s.unit, locale)}）`)],
    rows: c.years.map((year, y) => [year, ...lines.map((l) => l.values[y])]),
    keys: 1,
  };
}

export interface SpendingRow {
  payer: 'city' | 'district' | 'street';
  /** per scenario, yuan */
  total: number[];
  delta: number[];
}

/** Payers that any scenario spends on; one that no scenario pays anything is left out. */
export function spendingRows(c: Comparison): SpendingRow[] {
  return c.spending.filter((s) => s.total.some((x) => Math.abs(x) >= 1)).map((s) => ({ payer: s.payer, total: s.total, delta: s.delta }));
}

export interface VerdictGridRow {
  targetId: string;
  label: string;
  unit: ValueUnit;
  cells: ({ met: boolean; value: number | null; changed: boolean } | null)[];
}

export function verdictGrid(c: Comparison, scenarios: readonly Scenario[], locale: Locale): VerdictGridRow[] {
  return c.targets.map((t) => {
    const target = scenarios.flatMap((s) => s.targets).find((x) => x.id === t.targetId);
    const base = t.cells[0];
    return {
      targetId: t.targetId,
      label: t.label ? pick(t.label, locale) : t.targetId,
      unit: metricById(target?.metric ?? '')?.unit ?? 'person',
      cells: t.cells.map((cellOf, s) => (cellOf === null ? null : { ...cellOf, changed: s > 0 && (base === null || base.met !== cellOf.met) })),
    };
  });
}
