/**
 * The metrics a target can be set on, by id, with their names. The order is the order the app lists
 * them in; what each computes is in src/engine/metrics/.
 */
import glossary from './glossary.json';
import type { Name } from './text';

export const METRIC_IDS = [
  'sizeShareInBand',
  'averageHouseholds',
  'staffingShareMet',
  'staffGap',
  'streetStaffShareMet',
  'qualifiedShareMet',
  'spaceShareMet',
  'spaceMinShareMet',
  'spaceHighShare',
  'spaceGap',
  'publicBenefitShareMet',
  'streetCentreShareMet',
  'streetCentreHighShare',
  'districtCentreShareMet',
  'volunteerShareMet',
  'fundingGap.city',
  'fundingGap.district',
  'fundingGap.street',
  'fundingGap.total',
  'modelRewardsUnpaid',
  'careStationShare',
  'careStationShareRural',
  'careStationsShort',
  'carePointsShort',
  'payToAverageWage',
  'payToPublicInstitutionPay',
  'coverage.market',
  'coverage.sports',
  'coverage.culture',
  'coverage.service',
  'coverage.medical',
  'coverage.elderly',
  'coverage.health',
  'coverage.all5',
  'coverageCommunities.all5',
  'coverage.serviceCircles',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export function isMetricId(id: string): id is MetricId {
  return (METRIC_IDS as readonly string[]).includes(id);
}

export const METRIC_NAME: Record<MetricId, Name> = glossary.metric;
