import { describe, expect, it } from 'vitest';
import { PAYERS, runScenario } from '../src/engine';
import { smallScenario } from '../src/io/fixtures/smallScenario';
import { citySummary } from './citySummary';

describe('citySummary', () => {
  const scenario = smallScenario();
  const { projection } = runScenario(scenario);
  const summary = citySummary(projection);

  it('has one entry per horizon year', () => {
    expect(summary.map((s) => s.year)).toEqual(projection.years);
  });

  it('counts households once, in communities: one year of growth on the base year', () => {
    const communities = scenario.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));
    const base = communities.reduce((sum, c) => sum + c.households, 0);
    const fastest = Math.max(...communities.map((c) => c.growth));
    // 2026 is one year after the 2025 base year; a street counted too would roughly double the total.
    expect(summary[0].households).toBeGreaterThanOrEqual(base * 0.99);
    expect(summary[0].households).toBeLessThanOrEqual(base * (1 + fastest) + 1);
  });

  it("agrees with each payer's own spending record", () => {
    summary.forEach((year, y) => {
      for (const payer of PAYERS) expect(year.spending[payer]).toBeCloseTo(projection.payers[payer][y].spent, 2);
    });
  });
});
