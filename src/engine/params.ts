/**
 * Every parameter a rule set may set: its unit and, for cost items, who pays.
 * Rule-set files (scenarios/rulesets/*.json) give the values, labels and citations; a rule set that
 * leaves a parameter out does not have that rule, and the engine then applies no requirement or cost.
 */
import type { ParamUnit } from '../registry/units';
import type { Payer } from './scenario';

/** A parameter's unit, from the registry's one vocabulary of units. */
export type Unit = ParamUnit;

export interface ParamSpec {
  unit: Unit;
  payer?: Payer;
}

export const PARAMS = {
  // Community size and establishment
  'community.establishOccupancy': { unit: 'share' }, // GOV2020-2b
  'community.maxHouseholds': { unit: 'household' }, // GOV2020-2a, QY-4

  // Staffing
  'staffing.householdsPerWorker': { unit: 'household' }, // NJ2007-15, GOV2020-3a, YX2008-5
  'staffing.minPerCommunity': { unit: 'person' }, // NJ2007-15, GOV2020-3a, CS2010-6b
  'staffing.minPerRuralCommunity': { unit: 'person' }, // GOV2020-3a sets its minimum for urban communities only
  'staffing.countCommitteeMembers': { unit: 'flag' }, // YX2008-5: committee members count toward the ratio
  'staffing.quotaByDistrict': { unit: 'flag' }, // GOV2020-3a: one headcount total per county/district (总量管理)
  'staffing.ratioUrbanOnly': { unit: 'flag' }, // GOV2020-3a: the households ratio covers urban communities only
  'staffing.streetPostsClass1': { unit: 'person' }, // CS2010-6a
  'staffing.streetPostsClass2': { unit: 'person' },
  'staffing.streetPostsClass3': { unit: 'person' },
  'staffing.certifiedMinPerCommunity': { unit: 'person' }, // NJ2007-16
  'staffing.bachelorMinPerCommunity': { unit: 'person' }, // NJ2007-16
  'staffing.bachelorShareOfHires': { unit: 'share' }, // YX2008-5b: new hires generally hold a bachelor's degree

  // Floor space
  'space.minUrbanExisting': { unit: 'm2' }, // NJ2007-18a, GOV2020-4
  'space.minUrbanNew': { unit: 'm2' }, // GOV2020-4
  'space.minRural': { unit: 'm2' }, // NJ2007-18e, GOV2020-4
  'space.perHundredHouseholds': { unit: 'm2PerHundredHouseholds' }, // NJ2007-18b, GOV2020-4, NT2011-5c
  'space.highPerHundredHouseholds': { unit: 'm2PerHundredHouseholds' }, // NJ2007-18b (30 m²)
  'space.highShareOfCommunities': { unit: 'share' }, // NJ2007-18b (50%)
  'space.streetCentreMin': { unit: 'm2' }, // NJ2007-18c, NT2011-5b
  'space.streetCentreHigh': { unit: 'm2' }, // NJ2007-18c (3,000 m²)
  'space.streetCentreHighShare': { unit: 'share' }, // NJ2007-18c (50%)
  'space.districtCentreMin': { unit: 'm2' }, // NJ2007-18d, NT2011-5a

  // Pay: the plan pays every worker (plan.pay); these say who shares it and set floors under it
  'pay.minPerWorker': { unit: 'yuanPerPersonYear' }, // CS2010-7c-1: pay base 1,600 yuan a month
  'pay.cityShare': { unit: 'share' }, // GOV2020-3b: city:district 5:5, urban communities
  'pay.cityShareRural': { unit: 'share' }, // GOV2020-3b: its split covers urban communities only
  'pay.districtPerWorker': { unit: 'yuanPerPersonYear' }, // CS2010-7c-3: the district's least part of each worker's pay
  'pay.cityPerWorker': { unit: 'yuanPerPersonYear', payer: 'city' }, // CS2010-7c-2: directed subsidy for public-service items

  // Community funds
  'funds.cityPerCommunity': { unit: 'yuanPerCommunityYear', payer: 'city' }, // NJ2007-21a
  'funds.districtPerCommunity': { unit: 'yuanPerCommunityYear', payer: 'district' }, // NJ2007-22
  'funds.streetPerHousehold': { unit: 'yuanPerHouseholdYear', payer: 'street' }, // QY-17
  'funds.streetPerNewHousehold': { unit: 'yuanPerHouseholdYear', payer: 'street' }, // QY-8: per registered migrant household

  // Migrants and volunteers
  'migrants.perCoordinator': { unit: 'person' }, // QY-9: migrants per full-time coordinator (estimate)
  'migrants.payPerCoordinator': { unit: 'yuanPerPersonYear', payer: 'district' }, // QY-9 (estimate)
  'volunteers.minShareOfResidents': { unit: 'share' }, // QY-14 (8%)

  // One-off reward for first reaching the space threshold (NJ2007-21b)
  'reward.spaceThreshold': { unit: 'm2' },
  'reward.amount': { unit: 'yuanPerCommunity', payer: 'city' },
  'reward.firstYear': { unit: 'year' },
  'reward.lastYear': { unit: 'year' },
} as const satisfies Record<string, ParamSpec>;

export type ParamKey = keyof typeof PARAMS;
export const PARAM_KEYS = Object.keys(PARAMS) as ParamKey[];

export function isParamKey(key: string): key is ParamKey {
  return Object.hasOwn(PARAMS, key);
}
