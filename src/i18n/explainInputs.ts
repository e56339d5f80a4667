/** What each input of an explanation is called; an input that is a series of the entity takes the series' name. */
import type { ExplainInput, InputKind } from '../engine/explain/types';
import { SERIES_NAME, type SeriesCode } from '../registry/series';
import type { Name } from '../registry/text';
import { pick } from './explainValues';
import type { Locale } from './messages';

const OWN_NAME: Record<Exclude<InputKind, SeriesCode>, Name> = {
  householdsBefore: { zh: '上年户数', en: 'households the year before' },
  baseHouseholds: { zh: '基年户数', en: 'base-year households' },
  growth: { zh: '年增长率', en: 'annual growth' },
  yearsSinceBase: { zh: '距基年年数', en: 'years since the base year' },
  dwellings: { zh: '住宅套数（户数上限）', en: 'dwellings (the most households there can be)' },
  householdsPerWorker: { zh: '每名工作者服务户数', en: 'households per worker' },
  minPerCommunity: { zh: '每社区最少人数', en: 'minimum per community' },
  minPerRuralCommunity: { zh: '每个农村社区最少人数', en: 'minimum per rural community' },
  streetClass: { zh: '街道类别', en: 'street class' },
  streetPosts: { zh: '该类街道工作站定岗人数', en: 'posts at a street station of this class' },
  minSpace: { zh: '最低面积', en: 'minimum floor space' },
  spacePerHundred: { zh: '每百户面积', en: 'm² per 100 households' },
  centreMinSpace: { zh: '服务中心最低面积', en: 'minimum floor space of the service centre' },
  supermarketSpace: { zh: '服务超市面积', en: 'service supermarket' },
  inPostBefore: { zh: '上年在岗', en: 'in post the year before' },
  spaceBefore: { zh: '上年面积', en: 'floor space the year before' },
  trainingPerHire: { zh: '每名新招聘人员培训费用', en: 'training per hire' },
  payPerWorker: { zh: '每人年报酬（含社保公积金）', en: 'pay per worker a year incl. social insurance and housing fund' },
  payerShare: { zh: '本级分担比例', en: "this payer's share" },
  perCommunity: { zh: '每社区', en: 'per community' },
  perHousehold: { zh: '每户每年', en: 'per household per year' },
  perNewHousehold: { zh: '每新落户每年', en: 'per newly registered household per year' },
  registrationsPerYear: { zh: '每年新落户户数', en: 'households newly registered a year' },
  migrants: { zh: '流动人口', en: 'migrants' },
  migrantsPerCoordinator: { zh: '每名协管员对应流动人口', en: 'migrants per coordinator' },
  perCoordinator: { zh: '每名协管员年报酬', en: 'pay per coordinator per year' },
  perWorker: { zh: '每人每年', en: 'per worker per year' },
  perStreet: { zh: '每街道每年', en: 'per street per year' },
  perDistrict: { zh: '每区（县）每年', en: 'per district per year' },
  countPerCommunity: { zh: '每社区个数', en: 'number per community' },
  ruralCommunity: { zh: '是否农村社区（村）', en: 'rural community (village)' },
  electionYear: { zh: '是否换届选举年', en: 'committee election year' },
  firstYearUnderRule: { zh: '是否首次适用该规定', en: 'first year the rule reaches it' },
  year: { zh: '本年', en: 'this year' },
  rewardFirstYear: { zh: '奖励起始年份', en: 'first year of the reward' },
  rewardLastYear: { zh: '奖励截止年份', en: 'last year of the reward' },
  rewardThreshold: { zh: '奖励门槛', en: 'reward threshold' },
  rewardAmount: { zh: '奖励金额', en: 'reward' },
  rewardFund: { zh: '奖励资金总额', en: 'reward fund' },
  rewardFundPaid: { zh: '此前已从奖励资金支付', en: 'paid out of the fund before' },
  rewardedBefore: { zh: '本社区此前所获奖励', en: "this community's earlier rewards" },
  projectArea: { zh: '开工面积', en: 'm² started' },
  projectCostPerM2: { zh: '每平方米造价', en: 'cost per m²' },
  programmeArea: { zh: '自动补缺开工面积', en: 'm² started by the programme' },
  programmeCostPerM2: { zh: '自动补缺每平方米造价', en: 'programme cost per m²' },
  facilityCapital: { zh: '建设投资', en: 'capital cost' },
  facilityRunning: { zh: '年运营经费', en: 'running cost' },
  budget: { zh: '预算', en: 'budget' },
  deferredHires: { zh: '延后的招聘（按其应付经费计）', en: 'hires that waited (at what they would have cost)' },
  deferredBuilding: { zh: '延后的开工建设（按其应付造价计）', en: 'building starts that waited (at what they would have cost)' },
  coveredResidents: { zh: '可达居民', en: 'residents within reach' },
  walkMinutes: { zh: '步行时间', en: 'walking time' },
  walkSpeed: { zh: '步行速度', en: 'walking speed' },
  detourFactor: { zh: '绕行系数', en: 'detour factor' },
};

const PROJECT: Name = { zh: '项目', en: 'project' };

function nameOf(kind: InputKind): Name {
  return kind in SERIES_NAME ? SERIES_NAME[kind as SeriesCode] : OWN_NAME[kind as Exclude<InputKind, SeriesCode>];
}

/** "户数", or for an input of one facility or project "便民市场（F12）建设投资" / "项目 P3：开工面积". */
export function inputLabel(input: ExplainInput, locale: Locale): string {
  const what = pick(nameOf(input.kind), locale);
  if (!input.of) return what;
  const { id, name } = input.of;
  if (locale === 'en') return name ? `${name} (${id}) ${what}` : `${pick(PROJECT, locale)} ${id}: ${what}`;
  return name ? `${name}（${id}）${what}` : `${pick(PROJECT, locale)} ${id}：${what}`;
}

/** " (scenario override from 2028)": a parameter the scenario sets itself, so the reader knows it is not the rule set's value. */
export function overrideText(override: ExplainInput['override'], locale: Locale): string {
  if (!override) return '';
  const { from, district } = override;
  if (locale === 'en') {
    const when = from === 'all' ? 'all years' : `from ${from}`;
    return district ? ` (scenario override for ${district}, ${when})` : ` (scenario override, ${when})`;
  }
  const when = from === 'all' ? '各年适用' : `自 ${from} 年起`;
  return district ? `（本方案取值：${district}自定，${when}）` : `（本方案取值，${when}）`;
}
