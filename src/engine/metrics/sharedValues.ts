/**
 * A metric's values by year for one scope (the city, or one district), shared by the target verdicts
 * of a run and the results view built from it: the view computes every metric for every scope, the
 * verdicts some of the same again. Kept only inside sharingMetricValues, around a run that is complete
 * and the view that follows it: the values are read from the finished projection, and a longer-lived
 * cache could outlive the arrays' contents, which Monte Carlo draws overwrite in place.
 */
import type { Projection } from '../projection';
import type { Metric } from './types';

let shared: Map<Projection, Map<string, (number | null)[]>> | null = null;

export function sharingMetricValues<T>(build: () => T): T {
  const outer = shared;
  shared = outer ?? new Map();
  try {
    return build();
  } finally {
    shared = outer;
  }
}

/** The metric for each year of the projection, in one scope (district -1: the city). */
export function metricValues(p: Projection, metric: Metric, district: number): (number | null)[] {
  if (!shared) return p.years.map((_, y) => metric.compute(p, y, district));
  let perProjection = shared.get(p);
  if (!perProjection) shared.set(p, (perProjection = new Map()));
  const key = `${metric.id}|${district}`;
  let values = perProjection.get(key);
  if (!values) perProjection.set(key, (values = p.years.map((_, y) => metric.compute(p, y, district))));
  return values;
}
