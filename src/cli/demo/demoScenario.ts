/**
 * The built-in demo: a synthetic city of 800 communities through the 15th Five-Year Plan (十五五,
 * 2026–2030) under GOV2020. The plan is set so that some targets are met and others are not, each
 * for its own reason — recruitment capacity for staffing, the district budget for floor space —
 * because a demo where everything passes teaches nothing.
 */
import type { Scenario, Target, Uncertainty } from '../../engine/scenario';
import { generateCity } from './generateCity';
import { planFacilities } from './planFacilities';

const SEED = 2026;

/**
 * District budgets (yuan): a two-year push on floor space in 2026–2027, then back to about what pay
 * and a little building need. The amounts are estimates sized to this synthetic city.
 */
const DISTRICT_BUDGET = { '2026': 750_000_000, '2027': 800_000_000, '2028': 430_000_000, '2029': 440_000_000, '2030': 450_000_000 };

/** City budgets (yuan): its half of staff pay (GOV2020-3b) with room to spare, growing 3% a year (estimate). */
const CITY_BUDGET = { '2026': 400_000_000, '2027': 412_000_000, '2028': 424_360_000, '2029': 437_090_800, '2030': 450_203_524 };

/** No shortfall at all: the engine ignores excesses below one fen (float drift). */
const NO_SHORTFALL = 0;

const TARGETS: Target[] = [
  {
    id: 'staff-2030',
    metric: 'staffingShareMet',
    threshold: 1,
    year: 2030,
    rule: 'GOV2020-3a',
    label: { zh: '2030年全部社区专职工作者配备达标', en: 'Every community staffed to the rule by 2030' },
  },
  {
    id: 'staff-gap-2028',
    metric: 'staffGap',
    threshold: 600,
    year: 2028,
    rule: 'GOV2020-3a',
    label: { zh: '2028年专职工作者缺口压减到600人以内', en: 'Worker gap down to 600 or fewer by 2028' },
  },
  {
    id: 'space-90-2027',
    metric: 'spaceShareMet',
    threshold: 0.9,
    year: 2027,
    rule: 'GOV2020-4',
    label: { zh: '2027年90%以上社区用房面积达标', en: 'At least 90% of communities meet the floor-space rule by 2027' },
  },
  {
    id: 'space-all-2028',
    metric: 'spaceShareMet',
    threshold: 1,
    year: 2028,
    rule: 'GOV2020-4',
    label: { zh: '2028年全部社区用房面积达标', en: 'Every community meets the floor-space rule by 2028' },
  },
  {
    id: 'space-min-2028',
    metric: 'spaceMinShareMet',
    threshold: 0.95,
    year: 2028,
    rule: 'GOV2020-4',
    label: {
      zh: '2028年95%以上社区用房达到300/500平方米最低标准',
      en: 'At least 95% of communities at the 300/500 m² minimum by 2028',
    },
  },
  {
    id: 'life-circle-2030',
    metric: 'coverage.all5',
    threshold: 0.9,
    year: 2030,
    rule: 'GOV2020-4b',
    label: {
      zh: '2030年90%以上居民步行15分钟可达五类生活圈设施',
      en: 'At least 90% of residents within a 15-minute walk of all five life-circle facilities by 2030',
    },
  },
  {
    id: 'district-funds-2026',
    metric: 'fundingGap.district',
    threshold: NO_SHORTFALL,
    year: 2026,
    label: { zh: '2026年区级财政无资金缺口', en: 'No district budget shortfall in 2026' },
  },
  {
    id: 'district-funds-2030',
    metric: 'fundingGap.district',
    threshold: NO_SHORTFALL,
    year: 2030,
    label: { zh: '2030年区级财政无资金缺口', en: 'No district budget shortfall in 2030' },
  },
];

const DESCRIPTION_ZH = [
  '虚构城市（8个区、80个街道、800个社区，数据由程序按固定种子生成，并非真实统计），按GOV2020规则测算“十五五”期间专职社区工作者和社区用房。',
  '人力成本按每人每年12万元（含社会保险和住房公积金，估算）计，年增3%，市、区5:5分担（GOV2020-3b）；',
  '用房每平方米造价5000元（估算），建设周期1年，由区级财政出资，按每百户33平方米建设以留出户数增长的余量；',
  '全市每年最多招聘575人，年离职率5%；区级财政2026—2027年集中安排建设资金，此后回落；资金不足时先招聘、后建设。',
  '社区面积和七类生活圈设施的位置同样是虚构的（老城区密、新城稀、乡村更稀，几个新城街道缺少某类设施）；',
  '步行15分钟按每分钟70米、绕行系数1.25（估算）折合直线840米；',
  '市级财政2027—2029年在程序建议的5处选址建设社区综合服务设施，补齐各处缺少的类型，造价和运营经费均为估算。',
  '不确定性分析对户数增长、工资增长、区级和市级预算执行、建设工期和招聘完成率设定了分布，均为估算值。',
].join('');

const DESCRIPTION_EN = [
  'A synthetic city (8 districts, 80 streets, 800 communities generated from a fixed seed, not real statistics) projected',
  'through the 15th Five-Year Plan under GOV2020. A worker costs 120,000 yuan a year including social insurance and',
  'housing fund (estimate), growing 3% a year, shared 5:5 by city and district (GOV2020-3b). Floor space costs 5,000',
  'yuan per m² (estimate), takes a year to build and is paid by the districts, built to 33 m² per 100 households to leave',
  'room for growth. The city can recruit at most 575 workers a year; 5% leave each year. District budgets are raised',
  'for a two-year building push in 2026–2027 and fall back after; when money is short, hiring comes before building.',
  'Community areas and the places of facilities of seven life-circle types are synthetic too (dense in the old core,',
  'sparse in the new towns, sparser in the villages, a few new-town streets lacking a type). A 15-minute walk at 70 m per',
  'minute with a detour factor of 1.25 (estimate) gives a straight-line radius of 840 m. The city builds community service',
  'complexes in 2027–2029 at the five sites the engine suggests, each with the types missing there; their capital and',
  'running costs are estimates. The uncertainty analysis draws household growth, wage growth, how much of the district',
  'and city budgets is delivered, building delays and the share of planned recruitment filled from distributions that',
  'are estimates too.',
].join(' ');

const DESCRIPTION = `${DESCRIPTION_ZH}\n${DESCRIPTION_EN}`;

/**
 * What the plan cannot be sure of, for the uncertainty analysis. Every figure is an estimate sized to
 * this synthetic city, not a statistic; each input says so in its note.
 */
const UNCERTAINTY: Uncertainty = {
  draws: 1000,
  inputs: [
    {
      what: 'householdGrowth',
      distribution: { kind: 'normal', mean: 0, sd: 0.005, min: -0.015, max: 0.015 },
      note: '估计值：各社区户数增长率整体偏离±0.5个百分点（1个标准差），最多±1.5个百分点 / estimate: every community’s growth shifted by ±0.5 points (one sd), at most ±1.5',
    },
    {
      what: 'wageGrowth',
      distribution: { kind: 'triangular', min: -0.01, mode: 0, max: 0.02 },
      note: '估计值：工资增长率比计划低1个或高2个百分点以内，上行风险更大 / estimate: wage growth up to 1 point below or 2 above the plan, the risk mostly upward',
    },
    {
      what: 'budget',
      payer: 'district',
      distribution: { kind: 'normal', mean: 1, sd: 0.08, min: 0.75, max: 1.15 },
      note: '估计值：区级预算执行率均值100%、标准差8%，在75%–115%之间 / estimate: district budgets met at 100% on average, sd 8%, between 75% and 115%',
    },
    {
      what: 'budget',
      payer: 'city',
      distribution: { kind: 'normal', mean: 1, sd: 0.05, min: 0.85, max: 1.1 },
      note: '估计值：市级预算执行率均值100%、标准差5%，在85%–110%之间 / estimate: city budgets met at 100% on average, sd 5%, between 85% and 110%',
    },
    {
      what: 'buildingDelay',
      distribution: { kind: 'triangular', min: 0, mode: 0, max: 1.5 },
      note: '估计值：取整后约56%按期、44%延期一年 / estimate: rounded to whole years, about 56% on time and 44% a year late',
    },
    {
      what: 'hiringSuccess',
      distribution: { kind: 'triangular', min: 0.7, mode: 0.9, max: 1 },
      note: '估计值：计划招聘名额完成70%–100%，最可能90% / estimate: 70–100% of planned recruitment filled, most likely 90%',
    },
  ],
};

/** Complexes open one or two a year, 2027–2029 (estimate of what the city can build). */
const OPENINGS = [2027, 2027, 2028, 2028, 2029];

export function demoScenario(): Scenario {
  const scenario: Scenario = {
    schemaVersion: 1,
    name: '示范市“十五五”社区建设（2026–2030）',
    description: DESCRIPTION,
    horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2030 },
    city: generateCity({ seed: SEED, districts: 8, streetsPerDistrict: 10, communitiesPerStreet: 10, baseYear: 2025, name: '示范市', geometry: true }),
    ruleSet: { id: 'GOV2020' },
    plan: {
      hiring: {
        capacityPerYear: 575, // estimate: what the city's recruitment drives can fill in a year
        attritionRate: 0.05, // estimate
        certifiedShare: 0.4, // estimate
        bachelorShare: 0.8, // estimate
      },
      pay: { benchmarkWage: 120_000, wageGrowth: 0.03 }, // estimate, see the description
      building: {
        costPerM2: 5000, // estimate
        leadTimeYears: 1,
        payer: 'district',
        autoCloseFrom: 2026,
        aimPerHundredHouseholds: 33, // GOV2020-4's 30 plus 10% headroom for growth (estimate)
        projects: [],
      },
      budgets: { city: CITY_BUDGET, district: DISTRICT_BUDGET },
      shortfall: { mode: 'defer', priority: ['hiring', 'building'] },
    },
    targets: TARGETS,
    uncertainty: UNCERTAINTY,
    seed: SEED,
  };
  scenario.plan.facilities = planFacilities(scenario, OPENINGS, 'city');
  return scenario;
}
