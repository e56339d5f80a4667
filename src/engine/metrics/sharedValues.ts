/**
 * A metric's values by year for one scope (the city, or one district), shared by the target verdicts
 * of a run and the results view built from it: the view computes every metric for every scope, the
 * verdicts some of the same again. Kept only inside sharingMetricValues (buildCache.ts), around a run
 * that is complete and the view that follows it.
 */
import { buildCache } from '../buildCache';
import type { Projection } from '../projection';
import type { Metric } from './types';

const byMetricAndScope = buildCache<Projection, string, (number | null)[]>();

export const sharingMetricValues = <T>(build: () => T): T => byMetricAndScope.during(build);

/** The metric for each year of the projection, in one scope (district -1: the city). */
export function metricValues(p: Projection, metric: Metric, district: number): (number | null)[] {
  const perProjection = byMetricAndScope.of(p);
  if (!perProjection) return p.years.map((_, y) => metric.compute(p, y, district));
  const key = `${metric.id}|${district}`;
  let values = perProjection.get(key);
  if (!values) perProjection.set(key, (values = p.years.map((_, y) => metric.compute(p, y, district))));
  return values;
}
