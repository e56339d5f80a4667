import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { evaluateFormula, explain } from '../explain';
import { runScenario } from '../run';
import { spaceRequiredFor, workersRequired } from './requirements';

describe('workersRequired', () => {
  it.each([
    // NJ2007-15: one per 300 households, at least 6
    { name: 'NJ2007-15, 2,701 households', h: 2701, per: 300, min: 6, expected: 10 }, // max(6, ⌈2701/300 = 9.003⌉ = 10) = 10
    { name: 'NJ2007-15, exactly 1,800', h: 1800, per: 300, min: 6, expected: 6 }, // max(6, ⌈6⌉) = 6
    { name: 'NJ2007-15, 1,801', h: 1801, per: 300, min: 6, expected: 7 }, // max(6, ⌈6.003⌉ = 7) = 7
    { name: 'NJ2007-15, small community', h: 1000, per: 300, min: 6, expected: 6 }, // max(6, ⌈3.33⌉ = 4) = 6
    // GOV2020-3a at 350 households per worker, at least 5
    { name: 'GOV2020-3a, 2,450', h: 2450, per: 350, min: 5, expected: 7 }, // max(5, ⌈7⌉) = 7
    { name: 'GOV2020-3a, 1,000', h: 1000, per: 350, min: 5, expected: 5 }, // max(5, ⌈2.86⌉ = 3) = 5
    // YX2008-5: one per 200 households, no minimum
    { name: 'YX2008-5, 2,500', h: 2500, per: 200, min: null, expected: 13 }, // ⌈12.5⌉ = 13
    // CS2010-6b: a base of 6, no ratio
    { name: 'CS2010-6b, base only', h: 2900, per: null, min: 6, expected: 6 },
  ])('$name', ({ h, per, min, expected }) => {
    expect(workersRequired(h, per, min)).toBe(expected);
  });
});

describe('spaceRequiredFor', () => {
  it.each([
    // GOV2020-4: existing urban 300 m², and 30 m² per 100 households
    { name: 'GOV2020-4, 800 households', h: 800, min: 300, per: 30, expected: 300 }, // max(300, 30 × 8 = 240) = 300
    { name: 'GOV2020-4, 2,500 households', h: 2500, min: 300, per: 30, expected: 750 }, // max(300, 30 × 25) = 750
    { name: 'GOV2020-4 new urban, 1,200', h: 1200, min: 500, per: 30, expected: 500 }, // max(500, 360) = 500
    // NJ2007-18b from 2010: 20 m² per 100 households, 300 m² floor
    { name: 'NJ2007-18b, 2,500', h: 2500, min: 300, per: 20, expected: 500 }, // max(300, 20 × 25) = 500
    // NJ2007-18a before 2010: the 300 m² floor only
    { name: 'NJ2007-18a, no ratio yet', h: 2500, min: 300, per: null, expected: 300 },
  ])('$name', ({ h, min, per, expected }) => {
    expect(spaceRequiredFor(h, min, per)).toBeCloseTo(expected, 9);
  });
});

describe('NT2011-6: a 40–50 m² service supermarket in every community by 2013', () => {
  it('adds the supermarket to each community’s floor space from 2013', () => {
    // 2,000 households: NT2011-5c 20 m² per 100 households = 400 m²; from 2013 plus 45 m² (mid-point of 40–50) = 445.
    const s = tinyCity([community({ id: 'C1', households: 2000 })], { ruleSet: 'NT2011', horizon: { baseYear: 2011, firstYear: 2012, lastYear: 2014 } });
    const p = runScenario(s).projection;
    expect([0, 1, 2].map((y) => p.series.spaceRequired[y * p.nEntities])).toEqual([400, 445, 445]);
    const x = explain(p, 'entity/C1/2013/spaceRequired');
    expect([x.value, evaluateFormula(x.formula, x.inputs)]).toEqual([445, 445]);
    expect(x.rules).toContain('NT2011-6');
  });
});
