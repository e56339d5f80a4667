import { describe, expect, it } from 'vitest';
import type { Binding } from '../engine/verdict';
import { formatBinding } from './binding';
import { expectBoth } from './bothLanguages';

// Money arrives in yuan and is shown in 万元: 3,120,000 yuan / 10,000 = 312.
const cases: { name: string; input: Binding; zh: string; en: string }[] = [
  {
    name: 'district budget short',
    input: { kind: 'budget', payer: 'district', year: 2028, shortBy: 3_120_000 },
    zh: '区（县）级财政预算 2028 年缺口 312 万元',
    en: 'district budget short by 312万 (10,000 yuan) in 2028',
  },
  {
    name: 'small shortfall keeps two decimals (12,345 yuan = 1.2345万)',
    input: { kind: 'budget', payer: 'street', year: 2030, shortBy: 12_345 },
    zh: '街道财政预算 2030 年缺口 1.23 万元',
    en: 'street budget short by 1.23万 (10,000 yuan) in 2030',
  },
  {
    name: 'hiring capacity',
    input: { kind: 'hiringCapacity', capacity: 40, year: 2027 },
    zh: '招聘能力每年 40 人（2027 年）',
    en: 'hiring capacity 40 per year (2027)',
  },
  {
    name: 'lead time',
    input: { kind: 'leadTime', leadTimeYears: 2, lastStartYear: 2028 },
    zh: '建设周期 2 年，最晚须于 2028 年开工',
    en: 'construction takes 2 years; last start year 2028',
  },
  {
    name: 'no building programme',
    input: { kind: 'noProgramme', what: 'building' },
    zh: '方案未安排建设项目',
    en: 'no building programme in the plan',
  },
  {
    name: 'growth',
    input: { kind: 'growth', year: 2029 },
    zh: '2029 年户数增长快于供给',
    en: 'household growth outpaces supply in 2029',
  },
  {
    name: 'life circle: residents still beyond the walk to all five types (GOV2020-4b)',
    input: { kind: 'coverageGap', type: 'all5', year: 2030, uncoveredResidents: 123_456.4, minutes: 15 },
    zh: '2030 年仍有 123,456 名居民步行 15 分钟内到不了全部五类生活圈设施',
    en: '123,456 residents still cannot reach all five life-circle facilities within a 15-minute walk in 2030',
  },
  {
    name: 'life circle: one type',
    input: { kind: 'coverageGap', type: 'market', year: 2028, uncoveredResidents: 800, minutes: 15 },
    zh: '2028 年仍有 800 名居民步行 15 分钟内到不了便民市场',
    en: '800 residents still cannot reach a convenience market within a 15-minute walk in 2028',
  },
  {
    name: 'no spatial data',
    input: { kind: 'noSpatialData' },
    zh: '场景没有社区位置和设施数据（city.spatial），无法计算生活圈覆盖',
    en: 'the scenario has no locations or facilities (city.spatial), so life-circle coverage cannot be computed',
  },
  {
    name: 'rule not in the rule set',
    input: { kind: 'notInRuleSet', param: 'space.streetCentreMin' },
    zh: '所选规则集无此条款（space.streetCentreMin）',
    en: 'the rule set has no such rule (space.streetCentreMin)',
  },
];

describe('formatBinding', () => {
  it.each(cases)('$name', ({ input, zh, en }) => {
    const before = structuredClone(input);
    expectBoth((locale) => formatBinding(input, locale), { zh, en });
    expect(input).toEqual(before);
  });
});
