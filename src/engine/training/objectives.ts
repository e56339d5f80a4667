/**
 * An exercise's objectives checked against a run: from the run view the worker sends (verdicts,
 * metrics by year, spending by payer and item) and, for a probability objective, from Monte Carlo
 * draws. Pure, so the page, the tests and the facilitator's table all judge a plan the same way.
 */
import { metricById, type MetricUnit } from '../metrics';
import type { RunView } from '../runView';
import { PAYERS, type Payer } from '../scenario';
import type { DrawChunk } from '../uncertainty/drawChunk';
import type { Objective, SpendingObjective } from './exercise';

export interface ObjectiveResult {
  id: string;
  kind: Objective['kind'];
  /** null while a figure it needs is not in yet (draws still running), or the run lacks it */
  met: boolean | null;
  value: number | null;
  bound: number;
  sense: 'atLeast' | 'atMost';
  unit: MetricUnit | 'count';
  /** a targets objective: the target ids not met */
  missed?: string[];
  /**
   * a shortfall objective: each payer-year over its budget and by how many yuan, year by year. Spending
   * deferred for want of budget counts as over it (deferred: the yuan of it that waited), as the no-gap
   * metric counts it: deferring hides a gap, it does not close one.
   */
  over?: { payer: Payer; year: number; yuan: number; deferred: number }[];
}

/** A relative tolerance, as src/engine/targets.ts: 0.9 computed as 0.8999999999 still passes. */
function passes(value: number, bound: number, sense: ObjectiveResult['sense']): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(bound));
  return sense === 'atLeast' ? value >= bound - eps : value <= bound + eps;
}

function result(o: Objective, value: number | null, bound: number, sense: ObjectiveResult['sense'], unit: ObjectiveResult['unit']): ObjectiveResult {
  return { id: o.id, kind: o.kind, met: value === null ? null : passes(value, bound, sense), value, bound, sense, unit };
}

/** Years of the spending window: the objective's, clipped to the run. */
export function spendingYears(o: SpendingObjective, years: readonly number[]): number[] {
  const from = o.from ?? years[0];
  const to = o.to ?? years[years.length - 1];
  return years.filter((y) => y >= from && y <= to);
}

/** Yuan the objective's payers spend on its item (or budgets, for measure 'budget') over its years; Infinity when a budget is left unlimited. */
export function spendingOf(view: RunView, o: SpendingObjective): number {
  const payers = o.payers ?? PAYERS;
  const years = new Set(spendingYears(o, view.summary.years));
  let sum = 0;
  for (const f of view.summary.funding) {
    if (!years.has(f.year) || !payers.includes(f.payer)) continue;
    if (o.measure === 'budget') {
      // A year without a budget has no limit: more than any ceiling, at least any floor.
      if (f.budget === null) return Infinity;
      sum += f.budget;
    } else sum += o.item ? (f.items[o.item] ?? 0) : f.spent;
  }
  return sum;
}

/** Share of draws in which every listed target is met in its year. */
export function jointProbability(chunk: DrawChunk, targets?: readonly string[]): number {
  const n = chunk.to - chunk.from;
  const nt = chunk.targetIds.length;
  const cols = (targets ?? chunk.targetIds).map((t) => chunk.targetIds.indexOf(t)).filter((j) => j >= 0);
  if (n === 0) return 0;
  let good = 0;
  for (let k = 0; k < n; k++) if (cols.every((j) => chunk.met[k * nt + j] === 1)) good++;
  return good / n;
}

function metricValue(view: RunView, metric: string, year: number, district?: string): number | null {
  const series = view.metrics.find((m) => m.id === metric);
  const y = view.summary.years.indexOf(year);
  if (!series || y < 0) return null;
  if (district === undefined) return series.city[y];
  const d = view.districts.findIndex((x) => x.id === district);
  return d < 0 ? null : series.byDistrict[d][y];
}

export function evaluateObjective(o: Objective, view: RunView, draws?: DrawChunk | null): ObjectiveResult {
  switch (o.kind) {
    case 'targets': {
      const wanted = o.targets ?? view.verdicts.map((v) => v.targetId);
      const verdicts = wanted.map((id) => view.verdicts.find((v) => v.targetId === id));
      const missed = wanted.filter((_, k) => !verdicts[k]?.met);
      return { ...result(o, wanted.length - missed.length, wanted.length, 'atLeast', 'count'), missed };
    }
    case 'metric': {
      const m = metricById(o.metric);
      const sense = m?.better === 'lower' ? 'atMost' : 'atLeast';
      return result(o, metricValue(view, o.metric, o.year, o.district), o.threshold, sense, m?.unit ?? 'share');
    }
    case 'spending':
      return o.max !== undefined ? result(o, spendingOf(view, o), o.max, 'atMost', 'yuan') : result(o, spendingOf(view, o), o.min ?? 0, 'atLeast', 'yuan');
    case 'shortfall': {
      const payers = o.payers ?? PAYERS;
      const over = view.summary.funding
        .filter((f) => payers.includes(f.payer) && f.shortfall + f.deferred > 0)
        .map((f) => ({ payer: f.payer, year: f.year, yuan: f.shortfall + f.deferred, deferred: f.deferred }))
        .sort((a, b) => a.year - b.year || PAYERS.indexOf(a.payer) - PAYERS.indexOf(b.payer));
      const short = over.reduce((s, f) => s + f.yuan, 0);
      return { ...result(o, short, 0, 'atMost', 'yuan'), over };
    }
    case 'probability':
      return result(o, draws ? jointProbability(draws, o.targets) : null, o.min, 'atLeast', 'share');
  }
}

export function evaluateObjectives(objectives: readonly Objective[], view: RunView, draws?: DrawChunk | null): ObjectiveResult[] {
  return objectives.map((o) => evaluateObjective(o, view, draws));
}

/** Met only when every objective is known to be met. */
export function allMet(results: readonly ObjectiveResult[]): boolean {
  return results.length > 0 && results.every((r) => r.met === true);
}

export function needsDraws(objectives: readonly Objective[]): number {
  return Math.max(0, ...objectives.map((o) => (o.kind === 'probability' ? o.draws : 0)));
}
