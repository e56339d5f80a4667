/**
 * Targets as data edits: new ids, a sensible new target, a metric change that keeps the threshold
 * meaningful, and the optional label, scope and rule that are left out rather than stored empty.
 */
import { metricById, type Metric } from '../../../engine/metrics';
import type { Horizon, Scenario, Target, TargetScope } from '../../../engine/scenario';

/** "T" + one more than the highest "T<n>" in use (ids of other patterns are simply skipped). */
export function nextTargetId(targets: readonly Target[]): string {
  const taken = new Set(targets.map((t) => t.id));
  let n = 1 + targets.reduce((max, t) => Math.max(max, Number(/^T(\d+)$/.exec(t.id)?.[1] ?? 0)), 0);
  while (taken.has(`T${n}`)) n++;
  return `T${n}`;
}

/** What "met" most plainly means for the metric: every entity for a share to raise, nothing for a gap to close. */
export function defaultThreshold(metric: Pick<Metric, 'unit' | 'better'>): number {
  return metric.unit === 'share' && metric.better === 'higher' ? 1 : 0;
}

export function yearsOf(horizon: Horizon): number[] {
  const years: number[] = [];
  for (let y = horizon.firstYear; y <= horizon.lastYear; y++) years.push(y);
  return years;
}

/** Every community staffed to the rule by the horizon's last year. */
export function newTarget(targets: readonly Target[], horizon: Horizon): Target {
  return { id: nextTargetId(targets), metric: 'staffingShareMet', threshold: 1, year: horizon.lastYear };
}

export function withTargets(s: Scenario, targets: Target[]): Scenario {
  return { ...s, targets };
}

export function addTarget(s: Scenario): { scenario: Scenario; id: string } {
  const target = newTarget(s.targets, s.horizon);
  return { scenario: withTargets(s, [...s.targets, target]), id: target.id };
}

export function removeTarget(s: Scenario, i: number): Scenario {
  return withTargets(s, s.targets.filter((_, j) => j !== i));
}

/**
 * The target with another metric. A threshold means nothing across units (100% is not 100 people)
 * nor across directions, so it is reset then; within the same unit and direction it is kept.
 */
export function changeMetric(target: Target, metricId: string): Target {
  const before = metricById(target.metric);
  const after = metricById(metricId);
  const keep = before && after && before.unit === after.unit && before.better === after.better;
  return { ...target, metric: metricId, threshold: keep || !after ? target.threshold : defaultThreshold(after) };
}

/** The label with one language changed; none at all once both are empty, so the metric's own name shows. */
export function withLabel(label: Target['label'], lang: 'zh' | 'en', text: string): Target['label'] {
  const next = { zh: label?.zh ?? '', en: label?.en ?? '', [lang]: text.trim() };
  return next.zh === '' && next.en === '' ? undefined : next;
}

export function scopeOf(district: string): TargetScope | undefined {
  return district ? { district } : undefined;
}

export function ruleOf(text: string): string | undefined {
  return text.trim() || undefined;
}
