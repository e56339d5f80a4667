import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import type { Scenario, Uncertainty } from '../scenario';
import { drawInputs } from './drawInputs';

const UNCERTAINTY: Uncertainty = {
  draws: 100,
  inputs: [
    { what: 'householdGrowth', distribution: { kind: 'normal', mean: 0, sd: 0.01 } },
    { what: 'budget', payer: 'district', distribution: { kind: 'uniform', min: 0.8, max: 1.2 } },
    { what: 'buildingDelay', distribution: { kind: 'triangular', min: 0, mode: 0, max: 2 } },
    { what: 'hiringSuccess', distribution: { kind: 'normal', mean: 0.95, sd: 0.1 } },
  ],
};

const scenario = (seed: number): Scenario => ({ ...tinyCity([community({ id: 'A' })]), uncertainty: UNCERTAINTY, seed });
const draws = (s: Scenario, n: number) => Array.from({ length: n }, (_, i) => drawInputs(s, i).values);

describe('drawInputs', () => {
  it('gives the same draws for the same seed, whatever order they are asked for in', () => {
    const s = scenario(2026);
    const forward = draws(s, 50);
    const backward = Array.from({ length: 50 }, (_, i) => drawInputs(s, 49 - i).values).reverse();
    expect(backward).toEqual(forward);
    expect(draws(scenario(2026), 50)).toEqual(forward);
  });

  it('gives different draws for a different seed', () => {
    const a = draws(scenario(2026), 20);
    const b = draws(scenario(2027), 20);
    for (let i = 0; i < 20; i++) expect(b[i]).not.toEqual(a[i]);
  });

  it('keeps each value to what its input allows: whole delays, hiring success at most 1', () => {
    for (const [growth, budget, delay, hiring] of draws(scenario(7), 2000)) {
      expect(Number.isFinite(growth)).toBe(true);
      expect(budget >= 0.8 && budget <= 1.2).toBe(true);
      expect([0, 1, 2]).toContain(delay);
      // normal(0.95, 0.1) untruncated: about 31% of draws lie above 1 and are held at 1
      expect(hiring >= 0 && hiring <= 1).toBe(true);
    }
  });

  it('follows its distributions (fixed seed, so the check passes or fails the same way every run)', () => {
    const values = draws(scenario(11), 4000);
    const mean = (k: number) => values.reduce((s, v) => s + v[k], 0) / values.length;
    // normal(0, 0.01): mean 0, standard error 0.01 / √4000 ≈ 0.00016
    expect(Math.abs(mean(0))).toBeLessThan(0.0006);
    // uniform(0.8, 1.2): mean 1
    expect(mean(1)).toBeCloseTo(1, 2);
    // triangular(0, 0, 2), F(x) = 1 − (2 − x)²/4, rounded: P(0) = F(0.5) = 0.4375, P(2) = 1 − F(1.5) = 0.5²/4 = 0.0625
    const zeros = values.filter((v) => v[2] === 0).length / values.length;
    const twos = values.filter((v) => v[2] === 2).length / values.length;
    expect(zeros).toBeCloseTo(0.4375, 1);
    expect(twos).toBeCloseTo(0.0625, 1);
    // P(hiring success held at 1) = 1 − Φ(0.5) = 0.3085
    expect(values.filter((v) => v[3] === 1).length / values.length).toBeCloseTo(0.3085, 1);
  });

  it('takes nothing from the stream when the scenario has no uncertainty', () => {
    expect(drawInputs(tinyCity([community({ id: 'A' })]), 3)).toEqual({ index: 3, values: [] });
  });
});
