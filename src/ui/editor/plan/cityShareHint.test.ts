import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenario';
import { cityShareHint } from './cityShareHint';
import { expectBoth } from '../../../i18n/bothLanguages';

const scenario = (ruleSet: Scenario['ruleSet'], firstYear = 2026, lastYear = 2030) =>
  ({ ruleSet, horizon: { baseYear: firstYear - 1, firstYear, lastYear } }) as Scenario;

describe('cityShareHint', () => {
  it.each([
    {
      name: 'GOV2020-3b splits urban communities’ pay 5:5 → the rule set’s 50% there',
      s: scenario({ id: 'GOV2020' }),
      zh: '留空即按规则集：城市社区50%（GOV2020-3b），农村社区另按规则集；填写则各类社区一律适用',
      en: "Empty: the rule set's 50% in urban communities (GOV2020-3b) and its own split for villages; a value here applies to every kind",
    },
    {
      name: 'an override of pay.cityShare is what an empty box falls back to',
      s: scenario({ id: 'GOV2020', overrides: { 'pay.cityShare': 0.6 } }),
      zh: '留空即按本方案对规则集的覆盖值：60%',
      en: "Empty: this scenario's override of the rule set, 60%",
    },
    {
      name: 'NJ2007-17 names no split → the districts pay all',
      s: scenario({ id: 'NJ2007' }, 2007, 2010),
      zh: '规则集未规定分担比例；留空则人员经费全部由区（县）级财政承担',
      en: 'The rule set names no split; empty means the districts pay all staff pay',
    },
  ])('$name', ({ s, zh, en }) => {
    expectBoth((locale) => cityShareHint(s, locale), { zh, en });
  });
});
