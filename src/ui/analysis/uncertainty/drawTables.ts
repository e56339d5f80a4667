/**
 * What the Monte Carlo results show, as tables built from the engine's DrawSummary: each target's
 * odds, each key series' fan, each target's tornado. The charts draw these numbers, the data tables
 * show them and the CSV files hold them as they are (万元 for money, % for shares).
 */
import { metricById } from '../../../engine/metrics';
import type { Scenario, Target, UncertainInput } from '../../../engine/scenario';
import type { DrawSummary, FanSeries, TargetOdds } from '../../../engine/uncertainty/summariseDraws';
import type { TornadoBar } from '../../../engine/uncertainty/tornado';
import { inputKey } from '../../../engine/uncertainty/inputs';
import { ANALYSIS } from '../../../i18n/analysis';
import type { Locale } from '../../../i18n/messages';
import { nameIn, uncertainInputName } from '../../../i18n/names';
import type { TableData } from '../../charts/table';
import { cell, unitText, type ValueUnit } from '../../charts/units';
import { inputScale, inputUnit } from './distributions';

export function targetUnit(target: Target | undefined): ValueUnit {
  return metricById(target?.metric ?? '')?.unit ?? 'person';
}

export function targetLabel(target: Target | undefined, id: string, locale: Locale): string {
  return target?.label ? nameIn(target.label, locale) : id;
}

const percent = (share: number) => Math.round(share * 1e4) / 100;

/** One row per target: year, threshold, probability (%), draws met, and the value's P5 / median / P95. */
export function oddsTable(odds: readonly TargetOdds[], scenario: Scenario, draws: number, locale: Locale): TableData {
  const t = ANALYSIS[locale].odds.columns;
  const w = ANALYSIS[locale].withUnit;
  return {
    header: [t.target, t.year, t.threshold, w(t.probability, '%'), t.metDraws, 'P5', 'P50', 'P95', ANALYSIS[locale].unitColumn],
    rows: odds.map((o) => {
      const target = scenario.targets.find((x) => x.id === o.targetId);
      const unit = targetUnit(target);
      return [
        targetLabel(target, o.targetId, locale),
        target?.year ?? null,
        target ? cell(target.threshold, unit) : null,
        percent(o.probability),
        `${o.metDraws}/${draws}`,
        cell(o.value.p5, unit),
        cell(o.value.p50, unit),
        cell(o.value.p95, unit),
        unitText(unit, locale),
      ];
    }),
    keys: 1,
  };
}

/** A key series worth a chart: some draw has a value other than zero (a payer that spends nothing has no fan). */
export function fanWorthShowing(fan: FanSeries): boolean {
  return fan.years.some((y) => [y.p5, y.p50, y.p95].some((v) => Number.isFinite(v) && v !== 0));
}

export function fanTable(fan: FanSeries, years: readonly number[], locale: Locale): TableData {
  const c = ANALYSIS[locale].fans.columns;
  const u = unitText(fan.unit, locale);
  const w = (label: string) => ANALYSIS[locale].withUnit(label, u);
  return {
    header: [c.year, w(c.p5), w(c.p25), w(c.p50), w(c.p75), w(c.p95), w(c.mean)],
    rows: fan.years.map((f, y) => [years[y], cell(f.p5, fan.unit), cell(f.p25, fan.unit), cell(f.p50, fan.unit), cell(f.p75, fan.unit), cell(f.p95, fan.unit), cell(f.mean, fan.unit)]),
    keys: 1,
  };
}

/** The scenario's input for a key ("budget.district"), for its label and unit. */
export function inputByKey(scenario: Scenario, key: string): UncertainInput | undefined {
  return scenario.uncertainty?.inputs.find((i) => inputKey(i) === key);
}

export function inputName(scenario: Scenario, key: string, locale: Locale): string {
  const input = inputByKey(scenario, key);
  return input ? uncertainInputName(input, locale) : key;
}

/** An input's drawn value as shown: growth shifts in points, multipliers and shares in %, delays in years. */
export function shownInput(input: UncertainInput | undefined, value: number): number | null {
  if (!input || !Number.isFinite(value)) return null;
  return Math.round(value * inputScale(input.what) * 1e4) / 1e4;
}

export function inputUnitText(input: UncertainInput | undefined, locale: Locale): string {
  return input ? ANALYSIS[locale].settings.units[inputUnit(input.what)] : '';
}

export function tornadoTable(bars: readonly TornadoBar[], scenario: Scenario, unit: ValueUnit, locale: Locale): TableData {
  const c = ANALYSIS[locale].tornado.columns;
  const w = ANALYSIS[locale].withUnit;
  const u = unitText(unit, locale);
  return {
    header: [c.input, c.inputLow, c.inputHigh, w(c.valueLow, u), w(c.valueHigh, u), w(c.swing, u), w(c.metLow, '%'), w(c.metHigh, '%')],
    rows: bars.map((b) => {
      const input = inputByKey(scenario, b.input);
      const u = inputUnitText(input, locale);
      const withUnit = (v: number | null) => (v === null ? null : u === '%' || u === '' ? `${v}${u}` : `${v} ${u}`);
      return [
        inputName(scenario, b.input, locale),
        withUnit(shownInput(input, b.inputLow)),
        withUnit(shownInput(input, b.inputHigh)),
        cell(b.valueLow, unit),
        cell(b.valueHigh, unit),
        cell(b.swing, unit),
        Number.isFinite(b.metLow) ? percent(b.metLow) : null,
        Number.isFinite(b.metHigh) ? percent(b.metHigh) : null,
      ];
    }),
    keys: 1,
  };
}

/** The value axis of a tornado: every bar's ends and the centre, widened a little so no bar touches the edge. */
export function tornadoDomain(bars: readonly TornadoBar[], centre: number): [number, number] {
  const values = [centre, ...bars.flatMap((b) => [b.valueLow, b.valueHigh])].filter(Number.isFinite);
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || Math.abs(centre) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

/** Draws in each tail group of a tornado (a tenth, at least one). */
export function tailSize(summary: DrawSummary): number {
  return Math.max(1, Math.floor(summary.draws / 10));
}

/**
 * What a tornado can show: nothing (no draw had a value), flat (every input's groups average the same,
 * e.g. a funding gap that is zero in every draw), or bars.
 */
export function tornadoState(bars: readonly TornadoBar[]): 'none' | 'flat' | 'drawn' {
  const finite = bars.filter((b) => Number.isFinite(b.swing));
  if (finite.length === 0) return 'none';
  const scale = Math.max(...finite.flatMap((b) => [Math.abs(b.valueLow), Math.abs(b.valueHigh)]), 1e-12);
  return finite.some((b) => Math.abs(b.swing) > scale * 1e-9) ? 'drawn' : 'flat';
}
