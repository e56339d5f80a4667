/**
 * Each target's verdict as a draw needs it: met or not, and the value in the target's year. The same
 * figures evaluateTargets gives, without what a draw never reads — the other years' values, the first
 * year met and what binds — which at province scale is most of the cost of judging targets. Targets
 * that share a metric, scope and year are computed once.
 */
import { metricById, type Metric } from '../metrics';
import type { Projection } from '../projection';
import type { Target } from '../scenario';
import { districtNumber, passes } from '../targets';

export interface TargetReader {
  /**
   * writes 1/0 and the value (NaN when the metric has none) of every target, at `at` in the arrays;
   * known: figures already worked out for this projection, by figureKey, which the metric would give
   */
  read(p: Projection, met: Uint8Array, values: Float64Array, at: number, known?: ReadonlyMap<string, number | null>): void;
}

/** The key of a metric's figure in one scope (district −1: the city) and year index. */
export const figureKey = (metricId: string, district: number, yearIdx: number): string => `${metricId}|${district}|${yearIdx}`;

interface Resolved {
  metric: Metric;
  district: number;
  yearIdx: number;
  threshold: number;
  /** index of the first target with the same metric, scope and year */
  same: number;
  /** figureKey of its metric, scope and year */
  key: string;
}

export function targetReader(targets: readonly Target[]): TargetReader {
  let resolved: Resolved[] | null = null;
  const computed: (number | null)[] = [];
  return {
    read(p, met, values, at, known) {
      resolved ??= resolve(p, targets);
      resolved.forEach((r, t) => {
        const given = known?.get(r.key);
        const value = r.same !== t ? computed[r.same] : given !== undefined ? given : r.metric.compute(p, r.yearIdx, r.district);
        computed[t] = value;
        met[at + t] = passes(r.metric, value, r.threshold) ? 1 : 0;
        values[at + t] = value ?? NaN;
      });
    },
  };
}

/** Metric, district number and year index of each target, with evaluateTargets' errors for bad ones. */
function resolve(p: Projection, targets: readonly Target[]): Resolved[] {
  const first = new Map<string, number>();
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  return Array.from(targets, (t, k) => {
    const metric = metricById(t.metric);
    if (!metric) throw new Error(`targets[${t.id}].metric: 未知的指标 "${t.metric}" / unknown metric`);
    const district = districtNumber(p, t.scope?.district);
    const yearIdx = p.years.indexOf(t.year);
    if (yearIdx < 0) throw new Error(`targets[${t.id}].year: ${t.year} 不在规划期内 / outside the horizon`);
    const key = figureKey(metric.id, district, yearIdx);
    if (!first.has(key)) first.set(key, k);
    return { metric, district, yearIdx, threshold: t.threshold, same: first.get(key)!, key };
  });
}
