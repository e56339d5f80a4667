/**
 * Two to four scenarios side by side, the first the baseline: verdicts per target, the levers and
 * rules that differ, the key series per year with each scenario's difference from the baseline (one
 * run subtracted from the other), spending per payer over the horizon, and for each what its title
 * sentence says (rendered by src/i18n/compareTitles.ts).
 */
import { fieldDifferences, type FieldDifference } from './fieldDifferences';
import { KEY_SERIES, KEY_SERIES_SPEC, keySeriesOf, type KeySeriesName, type KeySeriesSpec } from './keySeries';
import { runScenario, type RunResult } from './run';
import type { Text } from './ruleSet';
import { PAYERS, type Payer, type Scenario } from './scenario';
import { ruleDifferences, type RuleComparison } from './ruleDifferences';

export interface VerdictCell {
  met: boolean;
  value: number | null;
}

export interface ComparedTarget {
  targetId: string;
  label?: Text;
  /** one per scenario; null where the scenario has no such target */
  cells: (VerdictCell | null)[];
}

export interface ComparedSeries extends KeySeriesSpec {
  name: KeySeriesName;
  /** per scenario, one value per baseline year; NaN where the scenario lacks the year or the figure */
  values: Float64Array[];
  /** per scenario, scenario − baseline per year; null for the baseline itself */
  delta: (Float64Array | null)[];
}

export interface ComparedSpending {
  payer: Payer;
  /** per scenario, yuan over the baseline's years */
  total: number[];
  /** per scenario, total − baseline's */
  delta: number[];
}

/** What a scenario's title says: targets met, against the baseline's, and the payer whose spending moved most. */
export interface CompareTitle {
  name: string;
  met: number;
  of: number;
  /** targets met − the baseline's; absent for the baseline itself */
  more?: number;
  /** the first and last years spending is summed over */
  span: [number, number];
  /** the payer whose spending moved most and by how much (yuan); null when every payer's moved by under 5,000 yuan (0.5万) */
  spending?: { payer: Payer; delta: number } | null;
}

export interface Comparison {
  names: string[];
  years: number[];
  /** per scenario: targets met and targets in all */
  met: { met: number; of: number }[];
  targets: ComparedTarget[];
  differences: FieldDifference[];
  /** the rules in force that differ, listed before the levers (ruleDifferences.ts) */
  rules: RuleComparison;
  series: ComparedSeries[];
  spending: ComparedSpending[];
  /** one title per scenario, baseline first */
  titles: CompareTitle[];
}

export function compare(scenarios: Scenario[], results?: RunResult[]): Comparison {
  if (scenarios.length < 2 || scenarios.length > 4) throw new RangeError(`compare takes 2 to 4 scenarios, got ${scenarios.length}`);
  const runs = results ?? scenarios.map((s) => runScenario(s));
  const years = runs[0].projection.years;
  const yearIndex = runs.map((r) => years.map((y) => r.projection.years.indexOf(y)));
  const met = runs.map((r) => ({ met: r.verdicts.filter((v) => v.met).length, of: r.verdicts.length }));
  const series = seriesOf(runs, years, yearIndex);
  const spending = PAYERS.map((payer): ComparedSpending => {
    const total = runs.map((r, s) => yearIndex[s].reduce((sum, yi) => sum + (yi < 0 ? 0 : r.projection.payers[payer][yi].spent), 0));
    return { payer, total, delta: total.map((t) => t - total[0]) };
  });
  const names = scenarios.map((s) => s.name);
  return {
    names,
    years: [...years],
    met,
    targets: targetsOf(scenarios, runs),
    differences: fieldDifferences(scenarios),
    rules: ruleDifferences(scenarios),
    series,
    spending,
    titles: names.map((name, s) => titleOf(name, s, met, spending, years)),
  };
}

function targetsOf(scenarios: Scenario[], runs: RunResult[]): ComparedTarget[] {
  const ids = [...new Set(scenarios.flatMap((s) => s.targets.map((t) => t.id)))];
  return ids.map((targetId) => {
    const label = scenarios.flatMap((s) => s.targets).find((t) => t.id === targetId && t.label)?.label;
    const cells = runs.map((r) => {
      const v = r.verdicts.find((x) => x.targetId === targetId);
      return v ? { met: v.met, value: v.value } : null;
    });
    return { targetId, ...(label && { label }), cells };
  });
}

function seriesOf(runs: RunResult[], years: number[], yearIndex: number[][]): ComparedSeries[] {
  const own = runs.map((r) => keySeriesOf(r.projection));
  // Coverage only when the baseline has it; a scenario without spatial data then shows NaN.
  return KEY_SERIES.filter((name) => own[0][name] !== undefined).map((name) => {
    const values = own.map((o, s) => Float64Array.from(years, (_, y) => (yearIndex[s][y] < 0 ? NaN : (o[name]?.[yearIndex[s][y]] ?? NaN))));
    return {
      name,
      ...KEY_SERIES_SPEC[name],
      values,
      delta: values.map((v, s) => (s === 0 ? null : v.map((x, y) => x - values[0][y]))),
    };
  });
}

function titleOf(name: string, s: number, met: Comparison['met'], spending: ComparedSpending[], years: number[]): CompareTitle {
  const { met: m, of } = met[s];
  const span: [number, number] = [years[0], years[years.length - 1]];
  if (s === 0) return { name, met: m, of, span };
  // The payer whose spending moved most carries the sentence; the table holds them all.
  const biggest = [...spending].sort((a, b) => Math.abs(b.delta[s]) - Math.abs(a.delta[s]))[0];
  const delta = biggest.delta[s];
  return { name, met: m, of, more: m - met[0].met, span, spending: Math.abs(delta) < 5_000 ? null : { payer: biggest.payer, delta } };
}
