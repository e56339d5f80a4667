/**
 * Worked cases for the people the rules count beyond households: registered migrant households (QY-8),
 * migrant coordinators (QY-9) and registered volunteers (QY-14). Numbers are worked from the clauses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { explain, evaluateFormula } from '../explain/index';
import { runScenario } from '../run';
import type { Scenario } from '../scenario';

const horizon = { baseYear: 2010, firstYear: 2011, lastYear: 2013 };

describe('QY-8: 按新落户每户每年不少于300元', () => {
  it('pays for every registered household every year from its registration, not for household growth', () => {
    // C1 registers 25 migrant households a year; C2 grows 10% a year and registers none.
    // Registered to date: 2011 25, 2012 50, 2013 75 → 300 yuan each: 7,500, 15,000, 22,500.
    // C2's growth (1,000 → 1,100 → 1,210 …) pays nothing under QY-8.
    const s = tinyCity(
      [community({ id: 'C1', registrationsPerYear: 25 }), community({ id: 'C2', households: 1000, growth: 0.1 })],
      { ruleSet: 'QY', horizon },
    );
    const p = runScenario(s).projection;
    expect([2011, 2012, 2013].map((y) => explain(p, `entity/C1/${y}/cost/newHouseholdFunds/street`).value)).toEqual([7_500, 15_000, 22_500]);
    expect(explain(p, 'entity/C2/2013/cost/newHouseholdFunds/street').value).toBe(0);
    const registered = explain(p, 'entity/C1/2013/registeredHouseholds');
    expect(registered.value).toBe(75); // 25 × (2013 − 2010)
    expect(evaluateFormula(registered.formula, registered.inputs)).toBe(75);
  });

  it('gives the community-funds exercise the street spending its reference reasoning quotes', () => {
    // Households: six fixed communities 14,300; 星河家园 800 × 1.25^k (≤ 2,000): 1,000, 1,250, 1,563, 1,953;
    // 锦苑新城 700 × 1.3^k (≤ 2,200): 910, 1,183, 1,538, 1,999. Registered: (120 + 100) × k.
    // 2007: 16,210 × 10 + 220 × 300 = 228,100; 2008: 16,733 × 10 + 440 × 300 = 299,330;
    // 2009: 17,401 × 10 + 660 × 300 = 372,010; 2010: 18,252 × 10 + 880 × 300 = 446,520.
    const url = new URL('../../../scenarios/training/community-funds.json', import.meta.url);
    const scenario = (JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as { scenario: Scenario }).scenario;
    const p = runScenario(scenario).projection;
    expect(p.payers.street.map((s) => s.spent)).toEqual([228_100, 299_330, 372_010, 446_520]);
  });

  it('leaves a scenario without registrations paying no QY-8 funds', () => {
    const p = runScenario(tinyCity([community({ id: 'C1', growth: 0.05 })], { ruleSet: 'QY', horizon })).projection;
    expect(explain(p, 'funding/street/2013/newHouseholdFunds').value).toBe(0);
  });
});

describe('QY-9: full-time migrant coordinators', () => {
  it('staffs ⌈migrants ÷ migrants per coordinator⌉ in each community and the district pays them', () => {
    // QY's estimate: 1 per 300 migrants at 18,000 yuan a year. C1 1,000 migrants: ⌈3.33⌉ = 4 → 72,000;
    // C2 600: exactly 2 → 36,000; C3 none: 0. District, each year: 108,000.
    const s = tinyCity(
      [community({ id: 'C1', migrants: 1000 }), community({ id: 'C2', migrants: 600 }), community({ id: 'C3' })],
      { ruleSet: 'QY', horizon },
    );
    const p = runScenario(s).projection;
    expect(explain(p, 'entity/C1/2011/coordinators').value).toBe(4);
    expect(explain(p, 'entity/C2/2011/coordinators').value).toBe(2);
    expect(explain(p, 'entity/C1/2012/cost/migrantCoordinators/district').value).toBe(72_000);
    expect(explain(p, 'funding/district/2013/migrantCoordinators').value).toBe(108_000);
  });

  it('follows the plan when it changes the ratio and the pay within their ranges', () => {
    // 1 per 200 migrants at 24,000: C1 1,000 migrants → 5 coordinators → 120,000 a year.
    const s = tinyCity([community({ id: 'C1', migrants: 1000 })], {
      ruleSet: 'QY',
      horizon,
      overrides: { 'migrants.perCoordinator': 200, 'migrants.payPerCoordinator': 24_000 },
    });
    expect(explain(runScenario(s).projection, 'funding/district/2011/migrantCoordinators').value).toBe(120_000);
  });
});

describe('QY-14: 注册社区义工人数要达到社区人口的8%以上', () => {
  it('counts the communities whose volunteers reach 8% of that year’s residents', () => {
    // Residents 5,000 each, growth 0: 8% = 400. C1 400 (meets, exactly), C2 399 (short by 1), C3 none (short by 400).
    // Share 1/3; binding: 2 communities short of 401 volunteers.
    const s = tinyCity(
      [
        community({ id: 'C1', residents: 5000, volunteers: 400 }),
        community({ id: 'C2', residents: 5000, volunteers: 399 }),
        community({ id: 'C3', residents: 5000 }),
      ],
      { ruleSet: 'QY', horizon, targets: [{ id: 'V', metric: 'volunteerShareMet', threshold: 0.9, year: 2012, rule: 'QY-14' }] },
    );
    const r = runScenario(s);
    expect(r.verdicts[0]).toMatchObject({ value: 1 / 3, met: false });
    expect(r.verdicts[0].binding).toEqual({ kind: 'volunteersShort', year: 2012, communities: 2, volunteers: 401 });
  });

  it('measures model communities at 10% when the plan sets the share to 0.1', () => {
    // 5,000 residents: 10% = 500; 450 volunteers reach 8% but not 10%.
    const s = tinyCity([community({ id: 'C1', residents: 5000, volunteers: 450 })], {
      ruleSet: 'QY',
      horizon,
      overrides: { 'volunteers.minShareOfResidents': 0.1 },
      targets: [{ id: 'V', metric: 'volunteerShareMet', threshold: 1, year: 2011 }],
    });
    expect(runScenario(s).verdicts[0]).toMatchObject({ value: 0, met: false });
  });

  it('has no value under a rule set without the clause', () => {
    const s = tinyCity([community({ id: 'C1', volunteers: 1000 })], { targets: [{ id: 'V', metric: 'volunteerShareMet', threshold: 1, year: 2026 }] });
    expect(runScenario(s).verdicts[0]).toMatchObject({ value: null, binding: { kind: 'notInRuleSet', param: 'QY-14' } });
  });
});

describe('explanations of the new figures', () => {
  it('work out to the figures the run holds', () => {
    const s = tinyCity([community({ id: 'C1', migrants: 1000, registrationsPerYear: 25 }), community({ id: 'C2', migrants: 250 })], { ruleSet: 'QY', horizon });
    const p = runScenario(s).projection;
    const paths = [
      'entity/C1/2012/registeredHouseholds',
      'entity/C1/2012/coordinators',
      'entity/C2/2012/coordinators',
      'entity/S1/2012/coordinators',
      'entity/C1/2012/cost/newHouseholdFunds/street',
      'entity/C1/2012/cost/migrantCoordinators/district',
      'funding/district/2012/migrantCoordinators',
    ];
    for (const path of paths) {
      const x = explain(p, path);
      expect(evaluateFormula(x.formula, x.inputs, x.parts), path).toBeCloseTo(x.value, 6);
    }
    // C1 ⌈1000 / 300⌉ = 4, C2 ⌈250 / 300⌉ = 1: 5 × 18,000 = 90,000.
    expect(explain(p, 'funding/district/2012/migrantCoordinators').value).toBe(90_000);
  });
});
