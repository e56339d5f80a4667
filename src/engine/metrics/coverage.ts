/** Life-circle metrics: residents within a 15-minute walk of each facility type, and of all five; residents within the service circles. */
import type { DistrictFilter } from '../aggregate';
import type { CoverageFigures, CoverageKey } from '../coverage/types';
import type { Projection } from '../projection';
import { FACILITY_TYPES, type FacilityType } from '../scenario';
import type { MetricId } from '../../registry/metrics';
import { shareMetric, type MetricDef } from './types';

/** The coverage figures of a scope; null when the scenario has no spatial data. */
function coverageOf(p: Projection, key: CoverageKey, district: DistrictFilter): CoverageFigures | null {
  if (!p.coverage) return null;
  return district < 0 ? p.coverage.city[key] : p.coverage.byDistrict[district][key];
}

const TYPE_RULES: Record<FacilityType, string[]> = {
  market: ['GOV2020-4b'],
  sports: ['GOV2020-4b'],
  culture: ['GOV2020-4b'],
  service: ['GOV2020-4b', 'CS2010-4'],
  medical: ['GOV2020-4b'],
  elderly: ['NT2011-4'],
  health: ['CASES-wuhai'],
};

function residentsCovered(key: CoverageKey, rules: string[]): MetricDef {
  return shareMetric('coverage', rules, (p, y, d) => coverageOf(p, key, d)?.residentShare[y] ?? null, key);
}

export const COVERAGE_METRICS = {
  ...(Object.fromEntries(FACILITY_TYPES.map((type) => [`coverage.${type}`, residentsCovered(type, TYPE_RULES[type])])) as Record<
    `coverage.${FacilityType}`,
    MetricDef
  >),
  'coverage.all5': residentsCovered('all5', ['GOV2020-4b', 'CS2010-4']),
  // A community counts when at least 90% of its residents are within reach (coverage/defaults.ts).
  'coverageCommunities.all5': shareMetric('coverage', ['GOV2020-4b', 'CS2010-4'], (p, y, d) => coverageOf(p, 'all5', d)?.communityShare[y] ?? null, 'all5'),
  // CASES-wuhai: residents within each service circle's own minutes of all its types; the least-covered circle
  // decides, so a target is met only when every circle reaches it. null without spatial data or circles.
  'coverage.serviceCircles': shareMetric('coverage', ['CASES-wuhai'], (p, y, d) => {
    const shares = (p.coverage?.circles ?? []).map((c) => (d < 0 ? c.city : c.byDistrict[d]).residentShare[y]).filter((v) => v !== null);
    return shares.length === 0 ? null : Math.min(...shares);
  }),
} satisfies Partial<Record<MetricId, MetricDef>>;
