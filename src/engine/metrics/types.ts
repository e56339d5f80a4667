/** What a target metric is: its unit, which way is good, the rules it rests on, and how to compute it. */
import type { DistrictFilter } from '../aggregate';
import type { CoverageKey } from '../coverage/types';
import type { Projection } from '../projection';
import type { ScopeValues } from './allScopes';
import type { Payer } from '../scenario';
import type { MetricId } from '../../registry/metrics';
import type { MetricUnit } from '../../registry/units';

export type { MetricUnit };

type Concern = 'staffing' | 'qualifications' | 'space' | 'funding' | 'coverage' | 'pay' | 'volunteers' | 'size' | 'elderlyCare';
type Compute = (p: Projection, yearIdx: number, district: DistrictFilter) => number | null;
/** compute's values for the city and every district in one pass; null in a year the rule does not apply */
type ComputeScopes = (p: Projection, yearIdx: number) => ScopeValues | null;

export interface Metric {
  id: MetricId;
  unit: MetricUnit;
  /** 'higher': met when value ≥ threshold; 'lower': met when value ≤ threshold */
  better: 'higher' | 'lower';
  rules: string[];
  /** what the metric is about, so a verdict can say what binds */
  concerns: Concern;
  /** for pay metrics: the city's wage the plan's pay is measured against */
  benchmark?: 'averageWage' | 'publicInstitutionPay';
  /** for a funding metric of one payer: that payer */
  payer?: Payer;
  /** for coverage metrics: the facility type, or all5 */
  coverageKey?: CoverageKey;
  /**
   * What compute reads that a run read only for its targets and key series may leave unworked
   * (uncertainty/drawReads.ts): certified and graduate staff; the cost lines entity by entity, at
   * every scope or at a district's only.
   */
  reads?: { qualifications?: true; costLines?: 'everyScope' | 'districtScope' };
  /** the value for a year and a scope (the city or one district); null when the rule set lacks the rule */
  compute: Compute;
  /** compute in every scope at once, the same values to the last bit, for a metric that passes over every place */
  scopes?: ComputeScopes;
}

/** A metric as each concern's file defines it; the id is its key there. */
export type MetricDef = Omit<Metric, 'id'>;

/** A share of places (or residents) that meet a rule: the higher the better. */
export function shareMetric(concerns: Concern, rules: string[], compute: Compute, coverageKey?: CoverageKey): MetricDef {
  return { unit: 'share', better: 'higher', rules, concerns, ...(coverageKey && { coverageKey }), compute };
}

/** What is still missing, in people, m² or yuan: the lower the better. */
export function gapMetric(unit: Exclude<MetricUnit, 'share'>, concerns: Concern, rules: string[], compute: Compute): MetricDef {
  return { unit, better: 'lower', rules, concerns, compute };
}
