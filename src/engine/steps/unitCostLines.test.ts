/**
 * Worked cases for the cost lines paid basis × unit cost, each under the rule set whose document says
 * it, with the values the rule set gives (amounts the documents leave out are the rule sets' estimates).
 */
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { evaluateFormula, explain } from '../explain';
import { runScenario } from '../run';
import type { Scenario } from '../scenario';

const fundingOf = (s: Scenario, payer: string, item: string) => {
  const p = runScenario(s).projection;
  return p.years.map((year) => explain(p, `funding/${payer}/${year}/${item}`).value);
};

describe('GOV2020', () => {
  const city = tinyCity([community({ id: 'U' }), community({ id: 'V', kind: 'rural' })]);

  it('pays one legal adviser per community and one police assistant per village (GOV2020-5)', () => {
    // “一村（社区）一法律顾问”: both communities, 2 × 20,000 = 40,000 a year.
    expect(fundingOf(city, 'district', 'legalAdviser')).toEqual([40_000, 40_000, 40_000, 40_000, 40_000]);
    // “一村一警务助理” names villages only: V alone, 36,000 a year.
    expect(fundingOf(city, 'district', 'policeAssistant')).toEqual([36_000, 36_000, 36_000, 36_000, 36_000]);
    const p = runScenario(city).projection;
    expect(explain(p, 'entity/U/2026/cost/policeAssistant/district').value).toBe(0);
  });

  it('pays for committee elections once a term (GOV2020-1)', () => {
    // First elections 2021, five-year terms: 2026 and 2031; 2026–2030 holds 2026 only, 2 × 20,000.
    expect(fundingOf(city, 'district', 'elections')).toEqual([40_000, 0, 0, 0, 0]);
    // The older three-year term from 2021: 2024, 2027, 2030.
    const three = tinyCity(city.city.districts[0].streets[0].communities, { overrides: { 'community.electionTermYears': 3 } });
    expect(fundingOf(three, 'district', 'elections')).toEqual([0, 40_000, 0, 0, 40_000]);
  });

  it('explains an election cost as communities × cost × election year', () => {
    const p = runScenario(city).projection;
    const x = explain(p, 'entity/U/2026/cost/elections/district');
    expect(x.value).toBe(20_000);
    expect(evaluateFormula(x.formula, x.inputs)).toBe(20_000);
    expect(x.inputs.map((i) => [i.kind, i.value])).toEqual([
      ['perCommunity', 20_000],
      ['electionYear', 1],
    ]);
    expect(x.rules).toEqual(['GOV2020-1']);
    expect(explain(p, 'entity/U/2027/cost/elections/district').value).toBe(0);
  });
});

describe('NT2011-5d: networked computer and phone, and a network administrator, in every community by end-2012', () => {
  const nt = (baseYear: number) =>
    tinyCity([community({ id: 'A' }), community({ id: 'B' })], { ruleSet: 'NT2011', horizon: { baseYear, firstYear: baseYear + 1, lastYear: baseYear + 3 } });

  it('buys the equipment once, in the year the rule arrives', () => {
    // Base 2011, plan 2012–2014: 2012 is the first year in force, 2 × 6,000 = 12,000; nothing after.
    expect(fundingOf(nt(2011), 'district', 'equipment')).toEqual([12_000, 0, 0]);
    // Administrators: 2 × 6,000 a year from 2012.
    expect(fundingOf(nt(2011), 'district', 'networkAdmin')).toEqual([12_000, 12_000, 12_000]);
  });

  it('does not buy it again where the rule was already in force in the base year', () => {
    // Base 2013: the communities were equipped in 2012.
    expect(fundingOf(nt(2013), 'district', 'equipment')).toEqual([0, 0, 0]);
  });

  it('equips a new estate in the year its committee is set up', () => {
    // NT2011 sets no occupancy for setting up a committee, so an override sets GOV2020-2b's 50%: 900 of
    // 2,000 dwellings in 2011, +10% a year → 990 (2012), 1,089 (2013) ≥ 1,000: N is set up in 2013.
    // A pays in 2012 when the rule arrives, N in 2013 when it is set up.
    const s = tinyCity([community({ id: 'A' }), community({ id: 'N', kind: 'urbanNew', households: 900, growth: 0.1, dwellings: 2000 })], {
      ruleSet: 'NT2011',
      horizon: { baseYear: 2011, firstYear: 2012, lastYear: 2014 },
      overrides: { 'community.establishOccupancy': 0.5 },
    });
    expect(fundingOf(s, 'district', 'equipment')).toEqual([6_000, 6_000, 0]);
  });
});

describe('NT2011-7/8: services bought from social organisations', () => {
  it('pays the contracts of every community', () => {
    // “每个社区重点与3～4个团队签订协议”: 3.5 contracts × 5,000 = 17,500 per community; 2 communities = 35,000.
    const s = tinyCity([community({ id: 'A' }), community({ id: 'B' })], { ruleSet: 'NT2011', horizon: { baseYear: 2011, firstYear: 2012, lastYear: 2013 } });
    expect(fundingOf(s, 'district', 'purchasedServices')).toEqual([35_000, 35_000]);
  });
});

describe('CS2010-7c-3: the stations’ operating funds at the fully-funded institution standard', () => {
  it('pays them per worker in post, hires included', () => {
    // CS2010-6b: 6 required. A has 6, so hires none: 6 × 8,000 = 48,000 a year.
    // B has 4 and hires 2 in 2011 (capacity enough for the street station's 6 posts too): 4 + 2 = 6 → 48,000.
    const s = tinyCity(
      [community({ id: 'A', staff: { inPost: 6, certified: 0, bachelor: 0 } }), community({ id: 'B', staff: { inPost: 4, certified: 0, bachelor: 0 } })],
      { ruleSet: 'CS2010', horizon: { baseYear: 2010, firstYear: 2011, lastYear: 2012 }, plan: { hiring: { capacityPerYear: 20, attritionRate: 0, certifiedShare: 0, bachelorShare: 0 } } },
    );
    expect(fundingOf(s, 'district', 'operatingFunds')).toEqual([96_000, 96_000]);
    const p = runScenario(s).projection;
    expect(p.series.hires[1]).toBe(2);
    const x = explain(p, 'entity/B/2011/cost/operatingFunds/district');
    // The explanation counts workers in post after the year's hires: 6 × 8,000.
    expect([x.value, evaluateFormula(x.formula, x.inputs)]).toEqual([48_000, 48_000]);
  });
});

describe('NJ2007-17b: the allowance of retired committee directors', () => {
  it('pays the retired directors of every community the average pension', () => {
    // 1 retired director per community × 18,000 a year; 3 communities = 54,000 a year from 2007.
    const s = tinyCity([community({ id: 'A' }), community({ id: 'B' }), community({ id: 'C' })], { ruleSet: 'NJ2007', horizon: { baseYear: 2006, firstYear: 2007, lastYear: 2010 } });
    expect(fundingOf(s, 'district', 'retiredDirectorAllowance')).toEqual([54_000, 54_000, 54_000, 54_000]);
  });
});
