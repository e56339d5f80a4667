/**
 * The metrics a target can be set on, by id, with their names. The order is the order the app lists
 * them in; what each computes is in src/engine/metrics/.
 */
import type { Name } from './text';

export const METRIC_IDS = [
  'staffingShareMet',
  'staffGap',
  'streetStaffShareMet',
  'qualifiedShareMet',
  'spaceShareMet',
  'spaceMinShareMet',
  'spaceHighShare',
  'spaceGap',
  'streetCentreShareMet',
  'streetCentreHighShare',
  'districtCentreShareMet',
  'fundingGap.city',
  'fundingGap.district',
  'fundingGap.street',
  'fundingGap.total',
  'coverage.market',
  'coverage.sports',
  'coverage.culture',
  'coverage.service',
  'coverage.medical',
  'coverage.elderly',
  'coverage.health',
  'coverage.all5',
  'coverageCommunities.all5',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export function isMetricId(id: string): id is MetricId {
  return (METRIC_IDS as readonly string[]).includes(id);
}

export const METRIC_NAME: Record<MetricId, Name> = {
  staffingShareMet: { zh: '专职工作者配备达标社区比例', en: 'Share of communities meeting the staffing rule' },
  staffGap: { zh: '专职工作者缺口（人）', en: 'Community worker gap (people)' },
  streetStaffShareMet: { zh: '街道公共服务站人员达标比例', en: 'Share of street service stations fully staffed' },
  qualifiedShareMet: { zh: '持证社工与本科学历配备达标社区比例', en: 'Share of communities with the required certified and graduate staff' },
  spaceShareMet: { zh: '办公服务用房达标社区比例', en: 'Share of communities meeting the floor-space rule' },
  spaceMinShareMet: { zh: '办公服务用房达到最低面积的社区比例', en: 'Share of communities at the minimum floor space for their kind' },
  spaceHighShare: { zh: '每百户30平方米以上社区比例', en: 'Share of communities at the high tier per 100 households' },
  spaceGap: { zh: '社区用房缺口（平方米）', en: 'Community floor-space gap (m²)' },
  streetCentreShareMet: { zh: '街道社区服务中心面积达标比例', en: 'Share of street service centres meeting the minimum' },
  streetCentreHighShare: { zh: '街道社区服务中心3000平方米以上比例', en: 'Share of street centres at the high tier' },
  districtCentreShareMet: { zh: '区（县）社区服务中心面积达标比例', en: 'Share of district service centres meeting the minimum' },
  'fundingGap.city': { zh: '市级财政资金缺口（元）', en: 'City budget shortfall (yuan)' },
  'fundingGap.district': { zh: '区（县）级财政资金缺口（元）', en: 'District budget shortfall (yuan)' },
  'fundingGap.street': { zh: '街道财政资金缺口（元）', en: 'Street budget shortfall (yuan)' },
  'fundingGap.total': { zh: '各级财政资金缺口合计（元）', en: 'Total budget shortfall (yuan)' },
  'coverage.market': { zh: '15分钟步行可达便民市场的居民比例', en: 'Share of residents within a 15-minute walk of a convenience market' },
  'coverage.sports': { zh: '15分钟步行可达运动场地的居民比例', en: 'Share of residents within a 15-minute walk of a sports ground' },
  'coverage.culture': { zh: '15分钟步行可达文化活动中心的居民比例', en: 'Share of residents within a 15-minute walk of a cultural activity centre' },
  'coverage.service': { zh: '15分钟步行可达社区服务中心的居民比例', en: 'Share of residents within a 15-minute walk of a community service centre' },
  'coverage.medical': { zh: '15分钟步行可达医疗服务机构的居民比例', en: 'Share of residents within a 15-minute walk of a medical service facility' },
  'coverage.elderly': { zh: '15分钟步行可达居家养老服务站的居民比例', en: 'Share of residents within a 15-minute walk of a home-care station for the elderly' },
  'coverage.health': { zh: '15分钟步行可达社区卫生服务站的居民比例', en: 'Share of residents within a 15-minute walk of a community health station' },
  'coverage.all5': { zh: '15分钟步行可达五类生活圈设施的居民比例', en: 'Share of residents within a 15-minute walk of all five life-circle facilities' },
  'coverageCommunities.all5': { zh: '居民基本处于15分钟生活圈内的社区比例', en: 'Share of communities whose residents are within the 15-minute life circle' },
};
