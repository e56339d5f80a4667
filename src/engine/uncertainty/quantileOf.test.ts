import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal';
import { quantileOf } from './quantileOf';

describe('normalCdf and normalQuantile', () => {
  it.each([
    // Reference values: R's pnorm/qnorm to 16 digits.
    { p: 0.975, z: 1.959963984540054 },
    { p: 0.001, z: -3.090232306167813 },
    { p: 0.3, z: -0.5244005127080407 },
    { p: 1e-10, z: -6.361340902404056 },
  ])('Φ⁻¹($p) = $z and back', ({ p, z }) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
    expect(normalCdf(z)).toBeCloseTo(p, 12);
  });

  it('round-trips across (0, 1) to a relative 1e-12', () => {
    for (let p = 0.0005; p < 1; p += 0.0137) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-12);
    }
  });
});

describe('quantileOf', () => {
  it.each([
    // uniform: min + (max − min)·u = 2 + 4 × 0.25 = 3
    { name: 'uniform', d: { kind: 'uniform', min: 2, max: 6 } as const, u: 0.25, expected: 3 },
    // triangular below the mode: min + √(u (max − min)(mode − min)) = 0 + √(0.1 × 4 × 1) = 0.632…
    { name: 'triangular, left of mode', d: { kind: 'triangular', min: 0, mode: 1, max: 4 } as const, u: 0.1, expected: Math.sqrt(0.4) },
    // at u = (mode − min)/(max − min) = 0.25 the quantile is the mode
    { name: 'triangular, at the mode', d: { kind: 'triangular', min: 0, mode: 1, max: 4 } as const, u: 0.25, expected: 1 },
    // untruncated normal: mean + sd·Φ⁻¹(0.975) = 1 + 0.1 × 1.95996… = 1.195996…
    { name: 'normal', d: { kind: 'normal', mean: 1, sd: 0.1 } as const, u: 0.975, expected: 1.1959963984540054 },
    // truncated at the mean from below: the median of the upper half is mean + sd·Φ⁻¹(0.75) = 0.6744897…
    { name: 'normal truncated at the mean', d: { kind: 'normal', mean: 0, sd: 1, min: 0 } as const, u: 0.5, expected: 0.6744897501960817 },
    // truncated above the mean on both sides (drawn by reflection): median of [1, 2] is Φ⁻¹((Φ(1) + Φ(2)) / 2)
    { name: 'normal, bounds above the mean', d: { kind: 'normal', mean: 0, sd: 1, min: 1, max: 2 } as const, u: 0.5, expected: normalQuantile((normalCdf(1) + normalCdf(2)) / 2) },
    { name: 'normal with sd 0', d: { kind: 'normal', mean: 0.7, sd: 0 } as const, u: 0.9, expected: 0.7 },
  ])('$name', ({ d, u, expected }) => {
    expect(quantileOf(d, u)).toBeCloseTo(expected, 10);
  });

  it('keeps a truncated normal within its bounds and increasing in u', () => {
    const d = { kind: 'normal', mean: 1, sd: 0.2, min: 0.8, max: 1.1 } as const;
    let last = -Infinity;
    for (let u = 0.0001; u < 1; u += 0.001) {
      const x = quantileOf(d, u);
      expect(x).toBeGreaterThanOrEqual(0.8);
      expect(x).toBeLessThanOrEqual(1.1);
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });
});
