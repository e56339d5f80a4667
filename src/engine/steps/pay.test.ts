/**
 * Worked cases for staff pay as the documents say it: pay is the plan's lever and is paid every year;
 * NJ2007-17 and GOV2020-3b are targets measured against the city's wages; CS2010-7c sets a floor and
 * who bears what; GOV2020-3b's 5:5 split covers urban communities.
 */
import { describe, expect, it } from 'vitest';
import { community, GOV2020_PINNED, tinyCity } from '../../fixtures/tinyCity';
import { costTotal } from '../aggregate';
import { metricById } from '../metrics';
import { project } from '../project';
import type { Scenario } from '../scenario';
import { evaluateTargets } from '../targets';

const NJ = { baseYear: 2006, firstYear: 2007, lastYear: 2010 };
const CS = { baseYear: 2009, firstYear: 2010, lastYear: 2011 };
const spent = (s: Scenario, y: number, payer: 'city' | 'district', item: 'staffPay' | 'workerSubsidy') => costTotal(project(s), y, { payer, item });

describe('NJ2007-17: a pay target, not a cost switch', () => {
  const nanjing = () => {
    const s = tinyCity([community({ id: 'C1', staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
      ruleSet: 'NJ2007',
      horizon: NJ,
      plan: { pay: { perWorker: 24_000, growth: 0.16 } },
      targets: [{ id: 'pay-2010', metric: 'payToAverageWage', threshold: 1, year: 2010, rule: 'NJ2007-17' }],
    });
    s.city.averageWage = { base: 31_000, growth: 0.115 };
    return s;
  };

  it('pays every worker in 2007, before the 2010 deadline: 6 × 24,000 × 1.16 = 167,040, all from the district', () => {
    // NJ2007 names no city/district split of pay, so the district bears it all.
    expect(spent(nanjing(), 0, 'district', 'staffPay')).toBeCloseTo(167_040, 6);
    expect(spent(nanjing(), 0, 'city', 'staffPay')).toBe(0);
  });

  it('measures pay against the previous year’s city average wage and meets 100% first in 2010', () => {
    const p = project(nanjing());
    const metric = metricById('payToAverageWage')!;
    // 2007: 24,000 × 1.16 = 27,840 against 2006's 31,000 → 0.898065
    expect(metric.compute(p, 0, -1)).toBeCloseTo(27_840 / 31_000, 9);
    // 2009: 24,000 × 1.16² = 32,294.4 × 1.16 = 37,461.504 against 2008's 31,000 × 1.243225 = 38,539.975 → 0.97202
    expect(metric.compute(p, 2, -1)).toBeCloseTo(37_461.504 / 38_539.975, 9);
    // 2010: 37,461.504 × 1.16 = 43,455.34464 against 2009's 38,539.975 × 1.115 = 42,972.072125 → 1.01125
    expect(metric.compute(p, 3, -1)).toBeCloseTo(43_455.34464 / 42_972.072125, 9);
    const [verdict] = evaluateTargets(p, nanjing().targets);
    expect(verdict).toMatchObject({ met: true, firstYearMet: 2010 });
  });

  it('says the wage is missing, not the rule, when the city gives no average wage', () => {
    const s = nanjing();
    delete s.city.averageWage;
    const [verdict] = evaluateTargets(project(s), s.targets);
    expect(verdict.value).toBeNull();
    expect(verdict.binding).toEqual({ kind: 'noWageData', field: 'averageWage' });
  });
});

describe('GOV2020-3b: pay benchmarked to local public-institution staff, split 5:5 in urban communities', () => {
  const gov = (over: Parameters<typeof tinyCity>[1] = {}) =>
    tinyCity(
      [community({ id: 'U1', staff: { inPost: 5, certified: 0, bachelor: 0 } }), community({ id: 'R1', kind: 'rural', households: 600, staff: { inPost: 3, certified: 0, bachelor: 0 } })],
      { overrides: GOV2020_PINNED, ...over },
    );

  it('shares only the urban community’s pay: city 5 × 50,000 = 250,000; district 250,000 + 3 × 100,000 = 550,000', () => {
    expect(spent(gov(), 0, 'city', 'staffPay')).toBe(250_000);
    expect(spent(gov(), 0, 'district', 'staffPay')).toBe(550_000);
  });

  it('shares the village’s pay when the scenario adds a rural split: city 250,000 + 3 × 50,000 = 400,000', () => {
    expect(spent(gov({ overrides: { ...GOV2020_PINNED, 'pay.cityShareRural': 0.5 } }), 0, 'city', 'staffPay')).toBe(400_000);
  });

  it('applies a plan’s own split to every kind: 8 workers × 100,000 × 0.2 = 160,000 from the city', () => {
    expect(spent(gov({ plan: { pay: { perWorker: 100_000, growth: 0, cityShare: 0.2 } } }), 0, 'city', 'staffPay')).toBe(160_000);
  });

  it('measures pay against public-institution pay of the same year: 100,000 / (100,000 × 1.05) = 0.95238', () => {
    const s = gov();
    s.city.publicInstitutionPay = { base: 100_000, growth: 0.05 };
    expect(metricById('payToPublicInstitutionPay')!.compute(project(s), 0, -1)).toBeCloseTo(1 / 1.05, 12);
  });
});

describe('CS2010-7c: a pay floor, the district’s part of pay, and the city’s directed subsidy', () => {
  const changsha = (pay: Partial<Scenario['plan']['pay']> = {}, stationStaff = 0) => {
    const s = tinyCity([community({ id: 'C1', households: 1000, staff: { inPost: 6, certified: 0, bachelor: 0 } })], {
      ruleSet: 'CS2010',
      horizon: CS,
      plan: { pay: { perWorker: 15_000, growth: 0, ...pay } },
    });
    s.city.districts[0].streets[0].stationStaff = stationStaff;
    return s;
  };

  it('pays at least the 1,600 yuan a month base (7c-1): 6 × 19,200 = 115,200, from the district', () => {
    expect(spent(changsha(), 0, 'district', 'staffPay')).toBe(115_200);
    expect(spent(changsha(), 0, 'city', 'staffPay')).toBe(0);
  });

  it('keeps the city’s 10,000 a worker (7c-2) as its own subsidy, for workers up to the quota of 6: 60,000', () => {
    expect(spent(changsha(), 0, 'city', 'workerSubsidy')).toBe(60_000);
  });

  it('keeps the district’s part at 1,000 a month (7c-3) when a plan gives the city half: 19,200 − 12,000 = 7,200 a worker to the city', () => {
    // Half of 19,200 is 9,600 < 12,000, so the district bears 12,000 and the city 7,200: 6 × 7,200 = 43,200; 6 × 12,000 = 72,000.
    const s = changsha({ cityShare: 0.5 });
    expect(spent(s, 0, 'city', 'staffPay')).toBeCloseTo(43_200, 6);
    expect(spent(s, 0, 'district', 'staffPay')).toBeCloseTo(72_000, 6);
  });

  it('pays the street station’s staff (6a) from the district: 115,200 + 4 × 19,200 = 192,000', () => {
    expect(spent(changsha({}, 4), 0, 'district', 'staffPay')).toBe(192_000);
  });

  it('pays no station where the rule set has no station posts (GOV2020)', () => {
    const s = tinyCity([community({ id: 'C1', staff: { inPost: 5, certified: 0, bachelor: 0 } })], { overrides: GOV2020_PINNED });
    s.city.districts[0].streets[0].stationStaff = 4;
    expect(spent(s, 0, 'district', 'staffPay')).toBe(250_000); // 5 × 100,000 × 0.5
  });
});
