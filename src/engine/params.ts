/**
 * Every parameter a rule set may set: its unit and, for cost items, who pays.
 * Rule-set files (scenarios/rulesets/*.json) give the values, labels and citations; a rule set that
 * leaves a parameter out does not have that rule, and the engine then applies no requirement or cost.
 */
import type { CostItem } from '../registry/costItems';
import type { ParamUnit } from '../registry/units';
import type { Payer } from './scenario';

/** A parameter's unit, from the registry's one vocabulary of units. */
export type Unit = ParamUnit;

/**
 * What a recurring cost is counted by: established communities (all, or rural ones only), their
 * households, registered migrant households or migrant coordinators, workers in post (all, or up to
 * the quota), or each street or district.
 */
export type CostBasis = 'community' | 'ruralCommunity' | 'household' | 'registeredHousehold' | 'coordinator' | 'worker' | 'workerUpToQuota' | 'street' | 'district';

/** When the cost falls: every year, in committee election years only, or once when the rule first reaches an entity. */
export type CostTiming = 'everyYear' | 'electionYears' | 'once';

/** A parameter that is a unit cost: its cost line is (item, payer) and it is paid basis × value (× times). */
export interface CostSpec {
  item: CostItem;
  basis: CostBasis;
  timing?: CostTiming;
  /** a count parameter that multiplies the unit cost, e.g. contracts per community */
  times?: string;
}

export interface ParamSpec {
  unit: Unit;
  payer?: Payer;
  cost?: CostSpec;
}

export const PARAMS = {
  // Community size and establishment
  'community.establishOccupancy': { unit: 'share' }, // GOV2020-2b
  'community.sizeBandLow': { unit: 'household' }, // QY-4 (1,000)
  'community.sizeBandHigh': { unit: 'household' }, // QY-4, GOV2020-2a (3,000)
  'community.sizeBandNewOnly': { unit: 'flag' }, // GOV2020-2a: the ceiling is for setting a committee up
  'community.averageHouseholds': { unit: 'household' }, // NJ2007-2 (about 2,500)

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
  'space.perHundredHouseholdsRural': { unit: 'm2PerHundredHouseholds' }, // GOV2020-4, NT2011-5c name villages; NJ2007-18b does not
  'space.highPerHundredHouseholds': { unit: 'm2PerHundredHouseholds' }, // NJ2007-18b (30 m²)
  'space.highShareOfCommunities': { unit: 'share' }, // NJ2007-18b (50%)
  'space.publicBenefitShareMin': { unit: 'share' }, // NJ2007-19 (2/3)
  'space.streetCentreMin': { unit: 'm2' }, // NJ2007-18c, NT2011-5b
  'space.streetCentreHigh': { unit: 'm2' }, // NJ2007-18c (3,000 m²)
  'space.streetCentreHighShare': { unit: 'share' }, // NJ2007-18c (50%)
  'space.districtCentreMin': { unit: 'm2' }, // NJ2007-18d, NT2011-5a
  'space.serviceSupermarket': { unit: 'm2' }, // NT2011-6: added to every community's requirement

  // Elderly care network (NT2011-4)
  'elderly.stationShareUrban': { unit: 'share' }, // NT2011-4: every urban community by end 2011
  'elderly.stationShareRural': { unit: 'share' }, // NT2011-4: at least 60% of rural communities
  'elderly.dayCarePoints': { unit: 'count' }, // NT2011-4c: 30 in the city area in 2012
  'elderly.mealPoints': { unit: 'count' }, // NT2011-4c: 30
  'elderly.rehabPoints': { unit: 'count' }, // NT2011-4c: 10

  // Pay: the plan pays every worker (plan.pay); these say who shares it and set floors under it
  'pay.minPerWorker': { unit: 'yuanPerPersonYear' }, // CS2010-7c-1: pay base 1,600 yuan a month
  'pay.cityShare': { unit: 'share' }, // GOV2020-3b: city:district 5:5, urban communities
  'pay.cityShareRural': { unit: 'share' }, // GOV2020-3b: its split covers urban communities only
  'pay.districtPerWorker': { unit: 'yuanPerPersonYear' }, // CS2010-7c-3: the district's least part of each worker's pay
  'pay.cityPerWorker': { unit: 'yuanPerPersonYear', payer: 'city', cost: { item: 'workerSubsidy', basis: 'workerUpToQuota' } }, // CS2010-7c-2: directed subsidy for public-service items

  // Community funds
  'funds.cityPerCommunity': { unit: 'yuanPerCommunityYear', payer: 'city', cost: { item: 'workingFunds', basis: 'community' } }, // NJ2007-21a
  'funds.districtPerCommunity': { unit: 'yuanPerCommunityYear', payer: 'district', cost: { item: 'workingFunds', basis: 'community' } }, // NJ2007-22
  'funds.streetPerHousehold': { unit: 'yuanPerHouseholdYear', payer: 'street', cost: { item: 'householdFunds', basis: 'household' } }, // QY-17
  'funds.streetPerNewHousehold': { unit: 'yuanPerHouseholdYear', payer: 'street', cost: { item: 'newHouseholdFunds', basis: 'registeredHousehold' } }, // QY-8: per registered migrant household

  // Migrants and volunteers
  'migrants.perCoordinator': { unit: 'person' }, // QY-9: migrants per full-time coordinator (estimate)
  'migrants.payPerCoordinator': { unit: 'yuanPerPersonYear', payer: 'district', cost: { item: 'migrantCoordinators', basis: 'coordinator' } }, // QY-9 (estimate)
  'volunteers.minShareOfResidents': { unit: 'share' }, // QY-14 (8%)

  // One-off reward for first reaching the space threshold (NJ2007-21b)
  'reward.spaceThreshold': { unit: 'm2' },
  'reward.amount': { unit: 'yuanPerCommunity', payer: 'city' },
  'reward.firstYear': { unit: 'year' },
  'reward.lastYear': { unit: 'year' },

  // The harmonious-community reward fund: once per community meeting the standards, up to the fund's total (NJ2007-21c)
  'reward.modelAmount': { unit: 'yuanPerCommunity', payer: 'city' },
  'reward.modelFund': { unit: 'yuan' },

  // Further unit costs, one cost line each (src/engine/costParams.ts)
  'funds.legalAdviserPerCommunity': { unit: 'yuanPerCommunityYear', payer: 'district', cost: { item: 'legalAdviser', basis: 'community' } }, // GOV2020-5
  'funds.policeAssistantPerVillage': { unit: 'yuanPerCommunityYear', payer: 'district', cost: { item: 'policeAssistant', basis: 'ruralCommunity' } }, // GOV2020-5
  'funds.electionPerCommunity': { unit: 'yuanPerCommunity', payer: 'district', cost: { item: 'elections', basis: 'community', timing: 'electionYears' } }, // GOV2020-1
  'community.electionTermYears': { unit: 'years' }, // GOV2020-1 (the Organic Laws' term)
  'community.firstElectionYear': { unit: 'year' }, // GOV2020-1
  'funds.equipmentPerCommunity': { unit: 'yuanPerCommunity', payer: 'district', cost: { item: 'equipment', basis: 'community', timing: 'once' } }, // NT2011-5d
  'funds.networkAdminPerCommunity': { unit: 'yuanPerCommunityYear', payer: 'district', cost: { item: 'networkAdmin', basis: 'community' } }, // NT2011-5d
  'funds.serviceContractsPerCommunity': { unit: 'count' }, // NT2011-8
  'funds.subsidyPerServiceContract': { unit: 'yuanPerContractYear', payer: 'district', cost: { item: 'purchasedServices', basis: 'community', times: 'funds.serviceContractsPerCommunity' } }, // NT2011-7, NT2011-8
  'funds.operatingPerWorker': { unit: 'yuanPerPersonYear', payer: 'district', cost: { item: 'operatingFunds', basis: 'worker' } }, // CS2010-7c-3
  'funds.retiredDirectorsPerCommunity': { unit: 'person' }, // NJ2007-17b
  'funds.retiredDirectorAllowance': { unit: 'yuanPerPersonYear', payer: 'district', cost: { item: 'retiredDirectorAllowance', basis: 'community', times: 'funds.retiredDirectorsPerCommunity' } }, // NJ2007-17b
} as const satisfies Record<string, ParamSpec>;

export type ParamKey = keyof typeof PARAMS;
export const PARAM_KEYS = Object.keys(PARAMS) as ParamKey[];

export function isParamKey(key: string): key is ParamKey {
  return Object.hasOwn(PARAMS, key);
}
