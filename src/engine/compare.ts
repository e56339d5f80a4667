/**
 * Two to four scenarios side by side, the first the baseline: verdicts per target, the levers and
 * rules that differ, the key series per year with each scenario's difference from the baseline (one
 * run subtracted from the other), spending per payer over the horizon, and a sentence for each stating
 * the result.
 */
import { fieldDifferences, type FieldDifference } from './fieldDifferences';
import { KEY_SERIES, KEY_SERIES_SPEC, keySeriesOf, type KeySeriesName, type KeySeriesSpec } from './keySeries';
import { wanZh, yuanEn } from './money';
import { runScenario, type RunResult } from './run';
import type { Text } from './ruleSet';
import { PAYERS, type Payer, type Scenario } from './scenario';

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

export interface Comparison {
  names: string[];
  years: number[];
  /** per scenario: targets met and targets in all */
  met: { met: number; of: number }[];
  targets: ComparedTarget[];
  differences: FieldDifference[];
  series: ComparedSeries[];
  spending: ComparedSpending[];
  /** one sentence per scenario, baseline first */
  titles: Text[];
}

const PAYER_ZH: Record<Payer, string> = { city: '市级财政', district: '区（县）级财政', street: '街道财政' };

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

function titleOf(name: string, s: number, met: Comparison['met'], spending: ComparedSpending[], years: number[]): Text {
  const { met: m, of } = met[s];
  const zh = [`${name}达成 ${of} 个目标中的 ${m} 个`];
  const en = [`"${name}" meets ${m} of ${of} targets`];
  if (s === 0) return { zh: zh[0], en: en[0] };
  const more = m - met[0].met;
  zh[0] += more === 0 ? '，与基准相同' : more > 0 ? `，比基准多 ${more} 个` : `，比基准少 ${-more} 个`;
  en[0] += more === 0 ? ', as many as the baseline' : `, ${Math.abs(more)} ${more > 0 ? 'more' : 'fewer'} than the baseline`;
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : `${years[0]}`;
  // The payer whose spending moved most carries the sentence; the table holds them all.
  const biggest = [...spending].sort((a, b) => Math.abs(b.delta[s]) - Math.abs(a.delta[s]))[0];
  const d = biggest.delta[s];
  if (Math.abs(d) < 5_000) {
    zh.push(`${span} 年各级财政支出与基准相当`);
    en.push(`it spends about the same as the baseline over ${span}`);
  } else {
    zh.push(`${span} 年${PAYER_ZH[biggest.payer]}${d > 0 ? '多' : '少'}支出 ${wanZh(d)}`);
    en.push(`it ${d > 0 ? 'costs' : 'saves'} the ${biggest.payer} ${yuanEn(d)} ${d > 0 ? 'more ' : ''}over ${span}`);
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}
