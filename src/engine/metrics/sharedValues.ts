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

/** metricValues while a build that keeps them is under way for the projection; otherwise null, for a caller that reads only some years. */
export function sharedMetricValues(p: Projection, metric: Metric, district: number): (number | null)[] | null {
  return byMetricAndScope.of(p) ? metricValues(p, metric, district) : null;
}

/**
 * The metric for each year in the city and in each district, as metricValues gives them. A metric
 * with scopes works them all out in one pass a year, rather than one for the city and one per district.
 */
export function metricScopes(p: Projection, metric: Metric): { city: (number | null)[]; byDistrict: (number | null)[][] } {
  const districts = Array.from({ length: p.nDistricts }, (_, d) => d);
  const scopes = metric.scopes;
  const kept = byMetricAndScope.of(p);
  const keyOf = (d: number) => `${metric.id}|${d}`;
  if (!scopes || (kept && [-1, ...districts].every((d) => kept.has(keyOf(d))))) {
    return { city: metricValues(p, metric, -1), byDistrict: districts.map((d) => metricValues(p, metric, d)) };
  }
  const city: (number | null)[] = [];
  const byDistrict = districts.map((): (number | null)[] => []);
  p.years.forEach((_, y) => {
    const values = scopes(p, y);
    city.push(values && values.city);
    for (const d of districts) byDistrict[d].push(values && values.byDistrict[d]);
  });
  if (kept) {
    if (!kept.has(keyOf(-1))) kept.set(keyOf(-1), city);
    for (const d of districts) if (!kept.has(keyOf(d))) kept.set(keyOf(d), byDistrict[d]);
  }
  return { city, byDistrict };
}
