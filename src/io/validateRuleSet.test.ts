import { describe, expect, it } from 'vitest';
import type { AuthoredRuleSet } from '../engine/ruleSet';
import { ownRuleSet } from '../fixtures/ownRuleSet';
import { validateRuleSet } from './validateRuleSet';

type Case = { name: string; breakIt: (set: AuthoredRuleSet) => void; path: string; zh: string; en: string };

const HPW = 'parameters["staffing.householdsPerWorker"]';
const MIN = 'parameters["staffing.minPerCommunity"]';

// Each broken case gives the path of the field and the words of the problem in both languages.
const CASES: Case[] = [
  {
    name: 'unknown parameter key, with the likely intended one',
    breakIt: (s) => void ((s.parameters as Record<string, unknown>)['staffing.householdsPerWorkr'] = s.parameters['staffing.householdsPerWorker']),
    path: 'parameters["staffing.householdsPerWorkr"]',
    zh: '未知参数“staffing.householdsPerWorkr”，是否应为“staffing.householdsPerWorker”？',
    en: 'unknown parameter "staffing.householdsPerWorkr" (did you mean "staffing.householdsPerWorker"?)',
  },
  {
    // XC2027-3 allows 200–300 households a worker; 350 is outside.
    name: 'value outside its range',
    breakIt: (s) => void (s.parameters['staffing.householdsPerWorker']!.values['2027-03-01'] = 350),
    path: `${HPW}.values["2027-03-01"]`,
    zh: '取值 350 超出本参数的允许范围 200 到 300',
    en: "value 350 is outside this parameter's range, 200 to 300",
  },
  {
    name: 'a value dated on a day that does not exist',
    breakIt: (s) => void (s.parameters['staffing.minPerCommunity']!.values = { '2027-02-30': 4 }),
    path: `${MIN}.values["2027-02-30"]`,
    zh: '“2027-02-30”不是日期',
    en: '"2027-02-30" is not a date',
  },
  {
    name: 'a document date that is not a date',
    breakIt: (s) => void (s.documents[0].date = 'March 2027'),
    path: 'documents[0].date',
    zh: '“March 2027”不是日期；应为 YYYY-MM-DD 形式的实际日期',
    en: '"March 2027" is not a date; write a real date as YYYY-MM-DD',
  },
  {
    name: 'a citation of a clause the set does not carry',
    breakIt: (s) => void (s.parameters['staffing.minPerCommunity']!.reference[0].rule = 'XC2027-9'),
    path: `${MIN}.reference[0].rule`,
    zh: '引用的条款“XC2027-9”不在文件“XC2027”中；该文件的条款："XC2027-3"、"XC2027-7"',
    en: 'cites clause "XC2027-9", which is not in document "XC2027"; its clauses are "XC2027-3", "XC2027-7"',
  },
  {
    name: 'a citation of a document the set does not carry',
    breakIt: (s) => void (s.parameters['pay.cityShare']!.reference[0].doc = 'GOV2020'),
    path: 'parameters["pay.cityShare"].reference[0].doc',
    zh: '引用的文件“GOV2020”不在本规则集中',
    en: 'cites document "GOV2020", which is not in this rule set',
  },
  {
    name: 'two clauses with one id',
    breakIt: (s) => void (s.documents[0].clauses[1].id = 'XC2027-3'),
    path: 'documents[0].clauses[1].id',
    zh: '条款编号“XC2027-3”重复，已用于 documents[0].clauses[0]',
    en: 'duplicate clause id "XC2027-3", already used by documents[0].clauses[0]',
  },
  {
    name: 'two documents with one id',
    breakIt: (s) => void s.documents.push({ ...structuredClone(s.documents[0]), clauses: [{ id: 'XC2027-8', text: '另一条' }] }),
    path: 'documents[1].id',
    zh: '文件编号“XC2027”重复，已用于 documents[0]',
    en: 'duplicate document id "XC2027", already used by documents[0]',
  },
  {
    name: 'an empty name',
    breakIt: (s) => void (s.name.zh = ''),
    path: 'name.zh',
    zh: '空文本',
    en: 'empty text',
  },
  {
    name: 'a unit other than the one the key fixes',
    breakIt: (s) => void (s.parameters['staffing.householdsPerWorker']!.unit = 'person'),
    path: `${HPW}.unit`,
    zh: '参数 staffing.householdsPerWorker 的单位固定为 household，实际为 person',
    en: 'the unit of staffing.householdsPerWorker is fixed as household, got person',
  },
  {
    name: 'a range whose ends are reversed',
    breakIt: (s) => void (s.parameters['staffing.householdsPerWorker']!.range = [300, 200]),
    path: `${HPW}.range`,
    zh: '允许范围的下限 300 大于上限 200',
    en: "the range's lower end 300 is above its upper end 200",
  },
  {
    name: 'a share above 1',
    breakIt: (s) => void (s.parameters['pay.cityShare']!.values['2027-03-01'] = 6),
    path: 'parameters["pay.cityShare"].values["2027-03-01"]',
    zh: '应为 0% 到 100% 之间的比例，实际为 600%',
    en: 'must be a share from 0% to 100%, got 600%',
  },
  {
    name: 'a parameter without a clause',
    breakIt: (s) => void (s.parameters['pay.cityShare']!.reference = []),
    path: 'parameters["pay.cityShare"].reference',
    zh: '至少需要引用一个条款',
    en: 'must cite at least one clause',
  },
  {
    name: 'the id of a built-in set',
    breakIt: (s) => void (s.id = 'GOV2020'),
    path: 'id',
    zh: '编号“GOV2020”已是内置规则集的编号',
    en: '"GOV2020" is the id of a built-in rule set',
  },
];

describe('validateRuleSet', () => {
  it('accepts the fictional city set and returns a copy', () => {
    const input = ownRuleSet();
    const result = validateRuleSet(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.ruleSet).toEqual(input);
      expect(result.ruleSet).not.toBe(input);
    }
  });

  it.each(CASES)('$name: names the path and says what is wrong in both languages', ({ breakIt, path, zh, en }) => {
    const input = ownRuleSet();
    breakIt(input);
    const before = structuredClone(input);
    const result = validateRuleSet(input);
    expect(input).toEqual(before);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const at = errors.filter((e) => e.path === path);
    expect(at, JSON.stringify(errors)).toHaveLength(1);
    expect(at[0].zh).toContain(zh);
    expect(at[0].en).toContain(en);
  });

  it('lists every problem at once', () => {
    const input = ownRuleSet();
    input.documents[0].date = '2027-13-01';
    input.parameters['staffing.minPerCommunity']!.reference[0].rule = 'XC2027-9';
    input.parameters['pay.cityShare']!.values['2027-03-01'] = -1;
    const result = validateRuleSet(input);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'documents[0].date',
      `${MIN}.reference[0].rule`,
      'parameters["pay.cityShare"].values["2027-03-01"]',
    ]);
  });
});
