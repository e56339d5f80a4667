/**
 * The rule forms a user's rule set is built from, by name and formula, in both languages: the
 * structural choices the engine supports (src/engine/steps), offered in place of free code. Which
 * parameters fill each form is in src/ui/editor/rules/authoring/ruleForms.ts.
 */
import type { Locale } from './messages';

export type RuleFormId =
  | 'perHouseholds'
  | 'districtQuota'
  | 'qualifications'
  | 'streetPosts'
  | 'communitySize'
  | 'floorSpace'
  | 'centres'
  | 'paySplit'
  | 'perWorker'
  | 'perCommunity'
  | 'serviceContracts'
  | 'elections'
  | 'oneOff'
  | 'perHousehold'
  | 'migrants'
  | 'volunteers'
  | 'elderlyCare'
  | 'reward'
  | 'modelReward';

interface FormText {
  name: string;
  formula: string;
}

const zh: Record<RuleFormId, FormText> = {
  perHouseholds: { name: '按户数配备，设最低人数', formula: '每社区工作者 = max(最低人数, ⌈户数 ÷ 每名工作者服务户数⌉)；农村社区可另设最低人数' },
  districtQuota: { name: '以县（市、区）为单位核定总量', formula: '区（县）核定总量 = ⌈Σ 城市社区 max(最低人数, 户数 ÷ 每名工作者服务户数)⌉；区（县）内统筹调配；可设农村社区不计' },
  qualifications: { name: '资质人员最低数', formula: '每社区持证社工 ≥ 最低人数；本科及以上 ≥ 最低人数；新招聘人员中本科比例 = 规定比例' },
  streetPosts: { name: '街道工作站按类别核编', formula: '街道工作站编制 = 该街道类别（一、二、三类）的核定人数' },
  communitySize: { name: '社区规模与设立', formula: '新建小区入住率 ≥ 设立门槛时设立社区；规模下限 ≤ 每社区户数 ≤ 规模上限' },
  floorSpace: { name: '用房：最低面积 + 每百户面积', formula: '社区用房 = max(该类社区最低面积, 户数 ÷ 100 × 每百户面积)' },
  centres: { name: '街道、区（县）服务中心最低面积', formula: '街道中心面积 ≥ 最低面积；区（县）中心面积 ≥ 最低面积' },
  paySplit: { name: '报酬底线及市、区分担', formula: '每人报酬 = max(方案报酬, 报酬底线)；市级 = 报酬 × 市级比例（农村社区按农村比例），区级 = 其余，且区级 ≥ 每人最低金额' },
  perWorker: { name: '按人定额补贴', formula: '每年补贴或经费 = 工作者人数 × 每人每年金额' },
  perCommunity: { name: '按社区定额经费', formula: '每年经费 = 社区数（或农村社区数）× 每社区每年金额（× 每社区人数）' },
  serviceContracts: { name: '购买服务协议', formula: '每年补贴 = 社区数 × 每社区协议数 × 每项协议每年金额' },
  elections: { name: '换届选举', formula: '选举年（首个选举年起每隔一届任期）经费 = 社区数 × 每社区每次金额' },
  oneOff: { name: '一次性配备', formula: '规定生效当年（其后为新设立社区设立当年）经费 = 社区数 × 每社区金额' },
  perHousehold: { name: '按户定额经费', formula: '每年经费 = 户数 × 每户每年金额；已登记流动人口户另按每户每年金额' },
  migrants: { name: '流动人口协管员按人数配备', formula: '协管员 = ⌈流动人口 ÷ 每名协管员服务人数⌉；每年报酬 = 协管员 × 每人每年金额' },
  volunteers: { name: '志愿者占常住人口比例', formula: '注册志愿者 ≥ 常住人口 × 最低比例' },
  elderlyCare: { name: '居家养老服务站覆盖及服务点数', formula: '设站社区 ≥ 社区数 × 覆盖比例（城市、农村各一）；日托、助餐、康复点 ≥ 规定个数' },
  reward: { name: '一次性奖励（以奖代补）', formula: '社区用房在首年至末年间首次达到门槛面积的当年，奖励一次 = 每社区金额' },
  modelReward: { name: '和谐社区建设奖励资金', formula: '社区首次达到全部人员和用房标准的当年，奖励一次 = 每社区金额；累计奖励 ≤ 资金总额，用尽即止' },
};

const en: Record<RuleFormId, FormText> = {
  perHouseholds: { name: 'Per N households, with a minimum', formula: 'workers per community = max(minimum, ⌈households ÷ households per worker⌉); rural communities may have their own minimum' },
  districtQuota: { name: 'Total set per county/district', formula: 'district quota = ⌈Σ over urban communities of max(minimum, households ÷ households per worker)⌉; staff pooled within the district; villages may be left out' },
  qualifications: { name: 'Minimum qualified staff', formula: 'certified social workers per community ≥ minimum; bachelor’s degree or above ≥ minimum; share of new hires with a degree = the set share' },
  streetPosts: { name: 'Street station posts by class', formula: 'posts at a street station = the number fixed for its class (1, 2 or 3)' },
  communitySize: { name: 'Community size and setting up', formula: 'a new estate becomes a community once occupancy ≥ the threshold; band low ≤ households per community ≤ band high' },
  floorSpace: { name: 'Floor space: minimum + m² per 100 households', formula: 'community floor space = max(minimum for its kind, households ÷ 100 × m² per 100 households)' },
  centres: { name: 'Street and district centre minimums', formula: 'street centre floor space ≥ minimum; district centre floor space ≥ minimum' },
  paySplit: { name: 'Pay floor and city/district split', formula: 'pay per worker = max(the plan’s pay, the floor); city = pay × city share (the rural share in rural communities), district = the rest, and district ≥ its least amount per worker' },
  perWorker: { name: 'Fixed amount per worker', formula: 'yearly subsidy or funds = workers × amount per worker a year' },
  perCommunity: { name: 'Fixed amount per community', formula: 'yearly funds = communities (or rural communities) × amount per community a year (× people per community)' },
  serviceContracts: { name: 'Services bought by contract', formula: 'yearly subsidy = communities × contracts per community × amount per contract a year' },
  elections: { name: 'Committee elections', formula: 'in an election year (the first, then every term) funds = communities × amount per community per election' },
  oneOff: { name: 'One-off equipment', formula: 'in the year the rule takes effect (then in the year a new community is set up) funds = communities × amount per community' },
  perHousehold: { name: 'Fixed amount per household', formula: 'yearly funds = households × amount per household a year; registered migrant households at their own amount a year' },
  migrants: { name: 'Migrant coordinators per N migrants', formula: 'coordinators = ⌈migrants ÷ migrants per coordinator⌉; yearly pay = coordinators × amount per person a year' },
  volunteers: { name: 'Volunteers as a share of residents', formula: 'registered volunteers ≥ residents × minimum share' },
  elderlyCare: { name: 'Home-care stations and care points', formula: 'communities with a station ≥ communities × share (urban and rural); day-care, meal and rehabilitation points ≥ the set number' },
  reward: { name: 'One-off reward window', formula: 'in the year a community first reaches the threshold floor space, between the first and last year, one reward = amount per community' },
  modelReward: { name: 'Harmonious-community reward fund', formula: 'in the year a community first meets every staffing and space standard, one reward = amount per community; rewards paid in all ≤ the fund, none once it is spent' },
};

export const RULE_FORM_TEXT: Record<Locale, Record<RuleFormId, FormText>> = { 'zh-CN': zh, en };
