/**
 * The parameter keys of src/engine/params.ts grouped into the rule forms a user builds a rule set
 * from; each form's name and formula are in src/i18n/ruleForms.ts. Every key is in exactly one form.
 */
import type { ParamKey } from '../../../../engine/params';
import type { RuleFormId } from '../../../../i18n/ruleForms';

export const RULE_FORMS: { id: RuleFormId; keys: ParamKey[] }[] = [
  { id: 'perHouseholds', keys: ['staffing.householdsPerWorker', 'staffing.minPerCommunity', 'staffing.minPerRuralCommunity', 'staffing.countCommitteeMembers'] },
  { id: 'districtQuota', keys: ['staffing.quotaByDistrict', 'staffing.ratioUrbanOnly'] },
  { id: 'qualifications', keys: ['staffing.certifiedMinPerCommunity', 'staffing.bachelorMinPerCommunity', 'staffing.bachelorShareOfHires'] },
  { id: 'streetPosts', keys: ['staffing.streetPostsClass1', 'staffing.streetPostsClass2', 'staffing.streetPostsClass3'] },
  { id: 'communitySize', keys: ['community.establishOccupancy', 'community.sizeBandLow', 'community.sizeBandHigh', 'community.sizeBandNewOnly', 'community.averageHouseholds'] },
  {
    id: 'floorSpace',
    keys: ['space.minUrbanExisting', 'space.minUrbanNew', 'space.minRural', 'space.perHundredHouseholds', 'space.perHundredHouseholdsRural', 'space.highPerHundredHouseholds', 'space.highShareOfCommunities', 'space.publicBenefitShareMin', 'space.serviceSupermarket'],
  },
  { id: 'centres', keys: ['space.streetCentreMin', 'space.streetCentreHigh', 'space.streetCentreHighShare', 'space.districtCentreMin'] },
  { id: 'paySplit', keys: ['pay.minPerWorker', 'pay.cityShare', 'pay.cityShareRural', 'pay.districtPerWorker'] },
  { id: 'perWorker', keys: ['pay.cityPerWorker', 'funds.operatingPerWorker'] },
  {
    id: 'perCommunity',
    keys: ['funds.cityPerCommunity', 'funds.districtPerCommunity', 'funds.legalAdviserPerCommunity', 'funds.policeAssistantPerVillage', 'funds.networkAdminPerCommunity', 'funds.retiredDirectorAllowance', 'funds.retiredDirectorsPerCommunity'],
  },
  { id: 'serviceContracts', keys: ['funds.serviceContractsPerCommunity', 'funds.subsidyPerServiceContract'] },
  { id: 'elections', keys: ['funds.electionPerCommunity', 'community.electionTermYears', 'community.firstElectionYear'] },
  { id: 'oneOff', keys: ['funds.equipmentPerCommunity'] },
  { id: 'perHousehold', keys: ['funds.streetPerHousehold', 'funds.streetPerNewHousehold'] },
  { id: 'migrants', keys: ['migrants.perCoordinator', 'migrants.payPerCoordinator'] },
  { id: 'volunteers', keys: ['volunteers.minShareOfResidents'] },
  { id: 'elderlyCare', keys: ['elderly.stationShareUrban', 'elderly.stationShareRural', 'elderly.dayCarePoints', 'elderly.mealPoints', 'elderly.rehabPoints'] },
  { id: 'reward', keys: ['reward.spaceThreshold', 'reward.amount', 'reward.firstYear', 'reward.lastYear'] },
  { id: 'modelReward', keys: ['reward.modelAmount', 'reward.modelFund'] },
];
