import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { round } from './round';

describe('round', () => {
  it('gives Math.round at the edges', () => {
    // 0.5 − 2⁻⁵⁴ is below a half: Math.round gives 0, where floor(v + 0.5) would give 1 (v + 0.5 rounds to 1).
    expect(Object.is(round(0.49999999999999994), 0)).toBe(true);
    // Halves go up: 2.5 → 3, −2.5 → −2; −0.4 → −0 and −0 → −0 keep their sign.
    expect(round(2.5)).toBe(3);
    expect(round(-2.5)).toBe(-2);
    expect(Object.is(round(-0.4), -0)).toBe(true);
    expect(Object.is(round(-0), -0)).toBe(true);
    // Just below a power of two, v + 0.5 crosses it and rounds: 2⁴⁰ − 0.5 − 2⁻¹³ is below the half, so 2⁴⁰ − 1.
    expect(round(2 ** 40 - 0.5 - 2 ** -13)).toBe(2 ** 40 - 1);
    expect(round(2 ** 40 - 0.5)).toBe(2 ** 40);
    // 2⁵² + 1 is whole; floor(v + 0.5) would round the tie to 2⁵² + 2.
    expect(round(2 ** 52 + 1)).toBe(2 ** 52 + 1);
    expect(round(Number.NaN)).toBeNaN();
    expect(round(Infinity)).toBe(Infinity);
  });

  it('agrees with Math.round bit for bit on numbers of every size and on near-halves', () => {
    const r = createRandom(25);
    for (let i = 0; i < 200_000; i++) {
      const v = (r.next() - 0.1) * 10 ** (r.next() * 17);
      const half = Math.floor(r.next() * 1e6) + 0.5 + (r.next() - 0.5) * 1e-9;
      for (const x of [v, half, 2 ** Math.floor(r.next() * 53) - 0.5]) {
        if (!Object.is(round(x), Math.round(x))) expect(round(x)).toBe(Math.round(x));
      }
    }
  });
});
