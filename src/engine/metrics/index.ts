/**
 * The target metrics, one per id of the registry (src/registry/metrics.ts), in its order. Each
 * computes one number for a year and a scope (the city or one district) from a projection; null when
 * the rule set lacks the rule the metric rests on. Their names are in the registry too.
 */
import { METRIC_IDS, type MetricId } from '../../registry/metrics';
import { COVERAGE_METRICS } from './coverage';
import { FUNDING_METRICS } from './funding';
import { CARE_METRICS } from './careNetwork';
import { SIZE_METRICS } from './size';
import { PAY_METRICS } from './pay';
import { SPACE_METRICS } from './space';
import { STAFFING_METRICS } from './staffing';
import { VOLUNTEER_METRICS } from './volunteers';
import type { Metric, MetricDef } from './types';

export type { Metric, MetricUnit } from './types';
export { METRIC_IDS, type MetricId } from '../../registry/metrics';

// Typed as a record over every id, so a metric the registry names but no file defines fails to compile;
// each file's record is checked against the registry's ids, so one the registry lacks fails as well.
const DEFS: Record<MetricId, MetricDef> = { ...SIZE_METRICS, ...STAFFING_METRICS, ...SPACE_METRICS, ...FUNDING_METRICS, ...PAY_METRICS, ...COVERAGE_METRICS, ...VOLUNTEER_METRICS, ...CARE_METRICS };

export const METRICS: Metric[] = METRIC_IDS.map((id) => ({ id, ...DEFS[id] }));

/** Each metric by its id: every run's verdicts look their targets' metrics up. */
const BY_ID: ReadonlyMap<string, Metric> = new Map(METRICS.map((m) => [m.id, m]));

export function metricById(id: string): Metric | undefined {
  return BY_ID.get(id);
}
