/**
 * Facility types of the 15-minute life circle (GLOSSARY.md): the first five are the ones GOV2020-4b
 * names for every circle; elderly care stations (NT2011-4) and health stations (TD/T 1062-2021,
 * STANDARDS.md) are tracked as well.
 */
import glossary from './glossary.json';
import type { Name } from './text';

export const FACILITY_TYPES = ['market', 'sports', 'culture', 'service', 'medical', 'elderly', 'health'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

/** GOV2020-4b: market, sports ground, cultural centre, service centre and medical facility in every circle */
export const LIFE_CIRCLE_TYPES: readonly FacilityType[] = ['market', 'sports', 'culture', 'service', 'medical'];

/**
 * NT2011-4c's elderly care points, each an elderly facility that is not a community's own station:
 * day-care stations (日托站), meal points (就餐点) and rehabilitation points (康复点).
 */
export const CARE_POINTS = ['dayCare', 'meal', 'rehab'] as const;
export type CarePoint = (typeof CARE_POINTS)[number];
export const CARE_POINT_NAME: Record<CarePoint, Name> = glossary.carePoint;

/** A coverage figure is about one facility type or about all five GOV2020-4b types together. */
export type CoverageKey = FacilityType | 'all5';
export const COVERAGE_KEYS: readonly CoverageKey[] = [...FACILITY_TYPES, 'all5'];

/** all5 is read on its own and before 覆盖 ("各区（县）五类生活圈设施覆盖"), so it names the facilities, not their coverage. */
export const FACILITY_TYPE_NAME: Record<CoverageKey, Name> = glossary.facilityType;
