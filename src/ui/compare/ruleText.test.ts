/** A reform's rule changes in words, each with its clause (scenarios/policy/rules.json). */
import { describe, expect, it } from 'vitest';
import { compare } from '../../engine/compare';
import { ownRuleSetScenario } from '../../fixtures/ownRuleSet';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { formatFieldValue } from './fieldText';
import { ruleRows } from './ruleText';

const current = tinyCity([community({ id: 'C1', households: 1000 })]);
// GOV2020-3b's 5:5 becomes 6:4 from 2028
const reform = { ...current, name: 'reform', ruleSet: { id: 'GOV2020', overrides: { 'pay.cityShare': { '2028': 0.6 } } } };

describe('ruleRows', () => {
  it('words each change with its clause, in both languages, and compare() carries it', () => {
    const c = compare([current, reform]);
    const zh = ruleRows(c.rules, {}, 'zh-CN').find((r) => r.id === 'pay.cityShare')!;
    expect(zh.changes[0]).toMatch(/：自 2028 年起由 50% 改为 60%$/);
    expect(zh.clauses[0].text.startsWith('GOV2020-3b：')).toBe(true);
    const en = ruleRows(c.rules, {}, 'en').find((r) => r.id === 'pay.cityShare')!;
    expect(en.changes[0]).toMatch(/: from 2028, 50% → 60%$/);
    // the dated override is one lever difference, not one per year
    expect(c.differences.map((d) => d.path)).toContain('ruleSet.overrides["pay.cityShare"]');
  });
});

describe('a district value among the lever differences', () => {
  it('reads in the parameter’s unit, one value or dated', () => {
    expect(formatFieldValue('ruleSet.districtOverrides["staffing.householdsPerWorker"].D2', 400, 'zh-CN')).toBe('400 户');
    expect(formatFieldValue('ruleSet.districtOverrides["pay.cityShare"].D2', { '2028': 0.7 }, 'en')).toBe('this scenario: from 2028: 70%');
  });
});

describe('a reform of a rule set the scenario carries', () => {
  it('compares the carried sets and quotes their own clauses', () => {
    const current = ownRuleSetScenario();
    const reform = ownRuleSetScenario();
    // XC2027-3's one worker per 250 households becomes one per 200 from 2029, dated in the carried set itself
    reform.ruleSet.custom!.parameters['staffing.householdsPerWorker']!.values['2029-01-01'] = 200;
    const c = compare([current, reform]);
    expect(c.rules.differences.map((d) => [d.key, d.from])).toEqual([['staffing.householdsPerWorker', [null, 2029]]]);
    const [row] = ruleRows(c.rules, {}, 'zh-CN', [current.ruleSet.custom, reform.ruleSet.custom]);
    expect(row.changes[0]).toMatch(/自 2029 年起由 250 户 改为 200 户$/);
    expect(row.clauses).toEqual([{ id: 'XC2027-3', text: expect.stringContaining('每个社区按每250户配备1名专职社区工作者') }]);
  });
});
