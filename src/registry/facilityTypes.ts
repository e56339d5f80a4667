/**
 * Facility types of the 15-minute life circle (GLOSSARY.md): the first five are the ones GOV2020-4b
 * names for every circle; elderly care stations (NT2011-4) and health stations (TD/T 1062-2021,
 * STANDARDS.md) are tracked as well.
 */
import type { Name } from './text';

export const FACILITY_TYPES = ['market', 'sports', 'culture', 'service', 'medical', 'elderly', 'health'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

/** GOV2020-4b: market, sports ground, cultural centre, service centre and medical facility in every circle */
export const LIFE_CIRCLE_TYPES: readonly FacilityType[] = ['market', 'sports', 'culture', 'service', 'medical'];

/** A coverage figure is about one facility type or about all five GOV2020-4b types together. */
export type CoverageKey = FacilityType | 'all5';
export const COVERAGE_KEYS: readonly CoverageKey[] = [...FACILITY_TYPES, 'all5'];

export const FACILITY_TYPE_NAME: Record<CoverageKey, Name> = {
  market: { zh: '便民市场', en: 'convenience market' },
  sports: { zh: '运动场地', en: 'sports ground' },
  culture: { zh: '文化活动中心', en: 'cultural activity centre' },
  service: { zh: '社区服务中心', en: 'community service centre' },
  medical: { zh: '医疗服务机构', en: 'medical service facility' },
  elderly: { zh: '居家养老服务站', en: 'home-care station for the elderly' },
  health: { zh: '社区卫生服务站', en: 'community health station' },
  // Read on its own and before 覆盖 ("各区（县）五类生活圈设施覆盖"), so it names the facilities, not their coverage.
  all5: { zh: '五类生活圈设施', en: 'all five life-circle facilities' },
};
