import type { CoverageKey } from './coverage/types';
import type { FacilityType, Payer } from './scenario';

/** What stopped a target, in data; src/i18n formats it for people. */
export type Binding =
  | { kind: 'budget'; payer: Payer; year: number; shortBy: number }
  | { kind: 'hiringCapacity'; capacity: number; year: number }
  | { kind: 'leadTime'; leadTimeYears: number; lastStartYear: number }
  | { kind: 'noProgramme'; what: 'hiring' | 'building' }
  | { kind: 'growth'; year: number }
  /** qualified staff come only with hires into vacancies; new hires are qualified at these shares */
  | { kind: 'qualifiedHires'; certifiedShare: number; bachelorShare: number }
  | { kind: 'notInRuleSet'; param: string }
  /** residents of the target's scope still beyond the walk to that type (all5: to one of GOV2020-4b's five) in its year */
  | { kind: 'coverageGap'; type: CoverageKey; year: number; uncoveredResidents: number; minutes: number }
  /** the least-covered service circle (CASES-wuhai): residents of the scope still beyond its minutes to one of its types */
  | { kind: 'circleGap'; circle: { id: string; minutes: number; types: FacilityType[] }; year: number; uncoveredResidents: number }
  /** coverage needs city.spatial: where communities and facilities are */
  | { kind: 'noSpatialData' }
  /** community size follows the boundaries, which no lever of the plan redraws (QY-4, GOV2020-2a, NJ2007-2) */
  | { kind: 'boundaries' }
  /** elderly care stations and points come only from the scenario's facilities (NT2011-4) */
  | { kind: 'elderlyCareFacilities' }
  /** the plan's pay per worker in the target's year, against the benchmark the metric measures it by (NJ2007-17, GOV2020-3b) */
  | { kind: 'payLevel'; year: number; pay: number; benchmark: number }
  /** the pay metrics need the wage the city is measured against: city.averageWage or city.publicInstitutionPay */
  | { kind: 'noWageData'; field: 'averageWage' | 'publicInstitutionPay' }
  /** QY-14: volunteers are an input, not a lever; how many the short communities lack in the target's year */
  | { kind: 'volunteersShort'; year: number; communities: number; volunteers: number };

export interface Verdict {
  targetId: string;
  metric: string;
  year: number;
  threshold: number;
  /** the metric in the target's year and scope; null when the rule set lacks the rule behind it */
  value: number | null;
  met: boolean;
  /** the first horizon year in which the metric already passes the threshold */
  firstYearMet: number | null;
  /** how far the value is from the threshold in the metric's own unit; 0 when met */
  shortfall: number;
  binding: Binding | null;
}
