import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { costByDistrict, costTotal } from './aggregate';
import { runScenario } from './run';

describe('costByDistrict', () => {
  it('gives each district the very total costTotal gives it, every year', () => {
    const p = runScenario(smallScenario()).projection;
    expect(p.nDistricts).toBeGreaterThan(1);
    p.years.forEach((_, y) => {
      const sums = costByDistrict(p, y);
      expect(sums).toHaveLength(p.nDistricts);
      for (let d = 0; d < p.nDistricts; d++) expect(Object.is(sums[d], costTotal(p, y, { district: d }))).toBe(true);
      // Every entity belongs to one district, so the districts add up to the city (to rounding).
      expect(sums.reduce((a, b) => a + b, 0)).toBeCloseTo(costTotal(p, y), 4);
    });
  });
});
