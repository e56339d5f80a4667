/**
 * What binds a target, as one sentence per language. The engine reports the constraint as data
 * (src/engine/verdict.ts); the words live here so the CLI and the app can say it the same way.
 */
import type { Binding } from '../engine/verdict';
import { FACILITY_TYPE_NAME } from '../registry';
import { formatCount, formatWan, formatWhole } from './format';
import { MESSAGES, type Locale } from './messages';
import { facilityInSentence } from './names';
import { circleName, circleTypes } from './serviceCircles';

type Sentences = { [K in Binding['kind']]: (b: Extract<Binding, { kind: K }>, locale: Locale) => string };

const zh: Sentences = {
  budget: (b, l) => `${MESSAGES[l].payer[b.payer]}预算 ${b.year} 年缺口 ${formatWan(b.shortBy, l)}`,
  hiringCapacity: (b) => `招聘能力每年 ${formatCount(b.capacity, 'zh-CN')} 人（${b.year} 年）`,
  leadTime: (b) => `建设周期 ${b.leadTimeYears} 年，最晚须于 ${b.lastStartYear} 年开工`,
  noProgramme: (b) => (b.what === 'hiring' ? '方案未安排招聘' : '方案未安排建设项目'),
  growth: (b) => `${b.year} 年户数增长快于供给`,
  notInRuleSet: (b) => `所选规则集无此条款（${b.param}）`,
  qualifiedHires: (b) =>
    `持证社工和本科学历人员只随新招聘进入（新招聘中持证 ${Math.round(b.certifiedShare * 100)}%、本科 ${Math.round(b.bachelorShare * 100)}%）`,
  coverageGap: (b) =>
    `${b.year} 年仍有 ${formatWhole(b.uncoveredResidents, 'zh-CN')} 名居民步行 ${formatCount(b.minutes, 'zh-CN')} 分钟内到不了${b.type === 'all5' ? '全部' : ''}${FACILITY_TYPE_NAME[b.type].zh}`,
  circleGap: (b) =>
    `${b.year} 年${circleName(b.circle, 'zh-CN')}仍有 ${formatWhole(b.uncoveredResidents, 'zh-CN')} 名居民步行 ${formatCount(b.circle.minutes, 'zh-CN')} 分钟内到不了全部${circleTypes(b.circle, 'zh-CN')}`,
  noSpatialData: () => '场景没有社区位置和设施数据（city.spatial），无法计算生活圈覆盖',
  boundaries: () => '社区规模取决于辖区划分，方案中没有撤并或拆分社区的手段',
  elderlyCareFacilities: () => '居家养老服务站和日托、助餐、康复点只来自场景的设施清单（现有和计划新建）',
  payLevel: (b, l) => `${b.year} 年方案每人年报酬 ${formatWan(b.pay, l)}，参照水平 ${formatWan(b.benchmark, l)}`,
  noWageData: (b) => (b.field === 'averageWage' ? '场景未给出全市职工平均工资（city.averageWage）' : '场景未给出当地事业单位同类人员报酬（city.publicInstitutionPay）'),
  volunteersShort: (b) =>
    `${b.year} 年仍有 ${formatWhole(b.communities, 'zh-CN')} 个社区注册义工不足，共差 ${formatWhole(b.volunteers, 'zh-CN')} 人（义工人数是社区填报的数据）`,
};

const en: Sentences = {
  budget: (b, l) => `${MESSAGES[l].payer[b.payer]} budget short by ${formatWan(b.shortBy, l)} in ${b.year}`,
  hiringCapacity: (b) => `hiring capacity ${formatCount(b.capacity, 'en')} per year (${b.year})`,
  leadTime: (b) => `construction takes ${b.leadTimeYears} years; last start year ${b.lastStartYear}`,
  noProgramme: (b) => (b.what === 'hiring' ? 'no hiring in the plan' : 'no building programme in the plan'),
  growth: (b) => `household growth outpaces supply in ${b.year}`,
  notInRuleSet: (b) => `the rule set has no such rule (${b.param})`,
  qualifiedHires: (b) =>
    `qualified staff arrive only with new hires (${Math.round(b.certifiedShare * 100)}% certified, ${Math.round(b.bachelorShare * 100)}% graduates)`,
  coverageGap: (b) =>
    `${formatWhole(b.uncoveredResidents, 'en')} residents still cannot reach ${facilityInSentence(FACILITY_TYPE_NAME[b.type].en, b.type)} within a ${formatCount(b.minutes, 'en')}-minute walk in ${b.year}`,
  circleGap: (b) =>
    `${formatWhole(b.uncoveredResidents, 'en')} residents still cannot reach all of ${circleTypes(b.circle, 'en')} within a ${formatCount(b.circle.minutes, 'en')}-minute walk in ${b.year} (${circleName(b.circle, 'en')})`,
  noSpatialData: () => 'the scenario has no locations or facilities (city.spatial), so life-circle coverage cannot be computed',
  boundaries: () => 'community size follows the boundaries; the plan has no lever to merge or split communities',
  elderlyCareFacilities: () => 'elderly care stations and day-care, meal and rehabilitation points come only from the scenario’s facilities, existing and planned',
  payLevel: (b, l) => `the plan pays ${formatWan(b.pay, l)} per worker in ${b.year}, against a benchmark of ${formatWan(b.benchmark, l)}`,
  noWageData: (b) =>
    b.field === 'averageWage'
      ? 'the scenario gives no city average employee wage (city.averageWage)'
      : 'the scenario gives no pay of local public-institution staff (city.publicInstitutionPay)',
  volunteersShort: (b) =>
    `${formatWhole(b.communities, 'en')} communities are still short of ${formatWhole(b.volunteers, 'en')} registered volunteers in ${b.year} (volunteers are a community input)`,
};

const SENTENCES: Record<Locale, Sentences> = { 'zh-CN': zh, en };

export function formatBinding(binding: Binding, locale: Locale): string {
  const say = SENTENCES[locale][binding.kind] as (b: Binding, l: Locale) => string;
  return say(binding, locale);
}
