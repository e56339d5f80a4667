import { describe, expect, it } from 'vitest';
import { PARAM_KEYS } from '../../../engine/params';
import { RULE_SETS } from '../../../engine/policyLibrary';
import type { Parameter } from '../../../engine/ruleSet';
import type { Scenario } from '../../../engine/scenario';
import { citations, describeParam, groupKeys, inForceText, keysIn, keysMissing, latestValue, segmentsInHorizon, switchRuleSet } from './ruleParams';
import { expectBoth } from '../../../i18n/bothLanguages';

const param = (values: Record<string, number>, unit: Parameter['unit'] = 'm2PerHundredHouseholds'): Parameter => ({
  values,
  unit,
  label: { zh: 'x', en: 'x' },
  reference: [{ doc: 'NJ2007', rule: 'NJ2007-18b' }],
});

describe('groupKeys', () => {
  it('groups NJ2007 by key prefix, in the order community, staffing, space, pay, funds, reward (empty groups left out)', () => {
    // NJ2007-17 is a pay target (a metric), so NJ2007 has no pay parameter.
    const groups = groupKeys(keysIn(RULE_SETS.NJ2007));
    expect(groups.map((g) => g.group)).toEqual(['community', 'staffing', 'space', 'funds', 'reward']);
    expect(groups[1].keys).toEqual([
      'staffing.householdsPerWorker',
      'staffing.minPerCommunity',
      'staffing.minPerRuralCommunity',
      'staffing.certifiedMinPerCommunity',
      'staffing.bachelorMinPerCommunity',
    ]);
    expect(groups.find((g) => g.group === 'reward')?.keys).toHaveLength(6); // NJ2007-21b's four and NJ2007-21c's amount and fund
  });

  it('puts every registry key in exactly one group', () => {
    const all = groupKeys(PARAM_KEYS).flatMap((g) => g.keys);
    expect(all.toSorted()).toEqual([...PARAM_KEYS].sort());
  });

  it('splits the registry into what a rule set has and what it lacks (QY has 7 of them)', () => {
    expect(keysIn(RULE_SETS.QY)).toEqual([
      'community.sizeBandLow',
      'community.sizeBandHigh',
      'funds.streetPerHousehold',
      'funds.streetPerNewHousehold',
      'migrants.perCoordinator',
      'migrants.payPerCoordinator',
      'volunteers.minShareOfResidents',
    ]);
    expect(keysMissing(RULE_SETS.QY)).toHaveLength(PARAM_KEYS.length - 7);
  });

  it('labels a parameter the rule set lacks from another built-in set, with the registry unit', () => {
    expect(describeParam('reward.amount', RULE_SETS.GOV2020)).toEqual({
      label: RULE_SETS.NJ2007.parameters['reward.amount']!.label,
      unit: 'yuanPerCommunity',
    });
  });
});

describe('value in force over the horizon', () => {
  it.each([
    {
      name: 'NJ2007-18b: 20 m² per 100 households from 31 Dec 2010, horizon 2007–2010 → from 2010',
      param: param({ '2010-12-31': 20 }),
      years: [2007, 2008, 2009, 2010],
      zh: '自 2010 年起 20 平方米/百户',
      en: 'from 2010: 20 m² per 100 households',
    },
    {
      name: 'GOV2020-4: in force since 2020, horizon 2026–2030 → the value alone',
      param: param({ '2020-01-01': 30 }),
      years: [2026, 2027, 2028, 2029, 2030],
      zh: '30 平方米/百户',
      en: '30 m² per 100 households',
    },
    {
      name: 'dated after the horizon → not in force',
      param: param({ '2010-12-31': 20 }),
      years: [2007, 2008],
      zh: '本规划期内未生效',
      en: 'not in force within this horizon',
    },
    {
      name: 'a value that changes inside the horizon: 300 for 2007–2008, 350 from 2009',
      param: param({ '2007-07-20': 300, '2009-01-01': 350 }, 'household'),
      years: [2007, 2008, 2009, 2010],
      zh: '2007—2008 年 300 户；自 2009 年起 350 户',
      en: '2007–2008: 300 households; from 2009: 350 households',
    },
    {
      name: 'NJ2007-21a: 25,000 yuan per community a year → 2.5 万',
      param: param({ '2007-07-20': 25000 }, 'yuanPerCommunityYear'),
      years: [2007, 2008],
      zh: '2.5 万元/社区·年',
      en: '2.5万 (10,000 yuan) per community per year',
    },
    {
      name: 'GOV2020-2b: a share of 0.5 → 50%',
      param: param({ '2020-01-01': 0.5 }, 'share'),
      years: [2026],
      zh: '50%',
      en: '50%',
    },
    {
      name: 'NJ2007-21b: a year is not grouped (2,007)',
      param: param({ '2007-07-20': 2007 }, 'year'),
      years: [2007, 2008],
      zh: '2007 年',
      en: '2007',
    },
    {
      name: 'YX2008-5: a flag from 2009 → yes',
      param: param({ '2009-01-01': 1 }, 'flag'),
      years: [2008, 2009],
      zh: '自 2009 年起 是',
      en: 'from 2009: yes',
    },
  ])('$name', ({ param, years, zh, en }) => {
    expectBoth((locale) => inForceText(param, years, locale), { zh, en });
  });

  it('gives the runs of years and the latest value', () => {
    const p = param({ '2007-07-20': 300, '2009-01-01': 350 });
    expect(segmentsInHorizon(p, [2006, 2007, 2008, 2009])).toEqual([
      { from: 2007, to: 2008, value: 300 },
      { from: 2009, to: 2009, value: 350 },
    ]);
    expect(latestValue(p, [2006, 2007, 2008, 2009])).toBe(350);
    expect(latestValue(undefined, [2007])).toBeUndefined();
  });
});

describe('citations', () => {
  it('gives the document number with the rule ids (CS2010-7c-1: the text names the year, not the day)', () => {
    expect(citations(RULE_SETS.CS2010.parameters['pay.minPerWorker']!, 'zh-CN')).toEqual([
      { doc: 'CS2010', number: '长政办发〔2010〕9号', date: undefined, rules: ['CS2010-7c-1'] },
    ]);
    expect(citations(RULE_SETS.NJ2007.parameters['staffing.householdsPerWorker']!, 'en')[0]).toMatchObject({
      number: '宁委办发〔2007〕34号',
      date: '2007-07-20',
    });
  });

  it('names a document without a number by its title', () => {
    const [c] = citations(RULE_SETS.GOV2020.parameters['staffing.householdsPerWorker']!, 'zh-CN');
    expect(c.number).toBe('《关于加强和完善城乡社区治理的实施意见》');
    expect(c.rules).toEqual(['GOV2020-3a']);
  });
});

describe('switchRuleSet', () => {
  const scenario = {
    name: 's',
    ruleSet: { id: 'NJ2007', overrides: { 'funds.cityPerCommunity': 30000, 'staffing.householdsPerWorker': 320 } },
  } as unknown as Scenario;

  it('keeps the overrides the new set has and drops the rest, without touching the input', () => {
    const before = structuredClone(scenario);
    const { next, dropped } = switchRuleSet(scenario, 'GOV2020');
    expect(next.ruleSet).toEqual({ id: 'GOV2020', overrides: { 'staffing.householdsPerWorker': 320 } });
    expect(dropped).toEqual(['funds.cityPerCommunity']);
    expect(scenario).toEqual(before);
  });

  it('leaves no empty overrides object behind', () => {
    const { next, dropped } = switchRuleSet(scenario, 'QY');
    expect(next.ruleSet).toEqual({ id: 'QY' });
    expect(dropped).toHaveLength(2);
  });
});
