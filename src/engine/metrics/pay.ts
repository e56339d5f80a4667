/**
 * Pay metrics: the plan's pay per worker (with social insurance and housing fund) against the wage the
 * documents benchmark it to. NJ2007-17 sets a target, not a cost: pay reaches the previous year's city
 * average employee wage by the end of 2010. GOV2020-3b benchmarks pay to local public-institution staff.
 * The same pay holds for every community, so a district's value is the city's.
 */
import type { MetricId } from '../../registry/metrics';
import type { MetricDef } from './types';

function payAgainst(benchmark: 'averageWage' | 'publicInstitutionPay', rules: string[]): MetricDef {
  return {
    unit: 'share',
    better: 'higher',
    rules,
    concerns: 'pay',
    benchmark,
    compute: (p, y) => {
      const level = p.pay[benchmark]?.[y];
      return level === undefined || level <= 0 ? null : p.pay.perWorker[y] / level;
    },
  };
}

export const PAY_METRICS = {
  payToAverageWage: payAgainst('averageWage', ['NJ2007-17']),
  payToPublicInstitutionPay: payAgainst('publicInstitutionPay', ['GOV2020-3b']),
} satisfies Partial<Record<MetricId, MetricDef>>;
