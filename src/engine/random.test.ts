import { describe, expect, it } from 'vitest';
import { createRandom, streamFor, type Random } from './random';

const take = (r: Random, n: number) => Array.from({ length: n }, () => r.next());

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(createRandom(2026), 100)).toEqual(take(createRandom(2026), 100));
  });

  it('gives a different sequence for a different seed', () => {
    expect(take(createRandom(2026), 20)).not.toEqual(take(createRandom(2027), 20));
  });

  it('tells apart seeds that differ only above 2³²', () => {
    expect(take(createRandom(5), 5)).not.toEqual(take(createRandom(5 + 2 ** 32), 5));
  });

  it('keeps every draw inside its range', () => {
    const r = createRandom(7);
    for (let i = 0; i < 5_000; i++) {
      const u = r.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const k = r.int(3, 9);
      expect(Number.isInteger(k) && k >= 3 && k <= 9).toBe(true);
      const t = r.triangular(0.3, 0.8, 0.9);
      expect(t >= 0.3 && t <= 0.9).toBe(true);
      const x = r.uniform(-1, 1);
      expect(x >= -1 && x < 1).toBe(true);
    }
  });

  it('reaches both ends of int(lo, hi)', () => {
    const r = createRandom(11);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  // Statistical checks with fixed seeds, so they pass or fail the same way on every run.
  it('averages 10,000 uniforms to within 0.02 of 0.5', () => {
    const xs = take(createRandom(20260101), 10_000);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.02);
  });

  it('draws normals with about the asked mean and spread', () => {
    const r = createRandom(42);
    const xs = Array.from({ length: 10_000 }, () => r.normal(10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 10)).toBeLessThan(0.1);
    expect(Math.abs(sd - 2)).toBeLessThan(0.1);
  });

  it('draws triangulars with mean (lo + mode + hi) / 3', () => {
    const r = createRandom(43);
    const xs = Array.from({ length: 10_000 }, () => r.triangular(1000, 2600, 3000));
    // (1000 + 2600 + 3000) / 3 = 2200
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 2200)).toBeLessThan(20);
  });

  it('rejects impossible arguments', () => {
    const r = createRandom(1);
    expect(() => r.int(5, 4)).toThrow(RangeError);
    expect(() => r.int(1.5, 4)).toThrow(RangeError);
    expect(() => r.triangular(0, 2, 1)).toThrow(RangeError);
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});

describe('streamFor', () => {
  it('gives the same stream for the same seed and index', () => {
    expect(take(streamFor(2026, 3), 50)).toEqual(take(streamFor(2026, 3), 50));
  });

  it('gives a different stream for a different index or seed', () => {
    const first = take(streamFor(2026, 0), 20);
    expect(take(streamFor(2026, 1), 20)).not.toEqual(first);
    expect(take(streamFor(2027, 0), 20)).not.toEqual(first);
    expect(take(createRandom(2026), 20)).not.toEqual(first);
  });

  it('does not depend on the order streams are drawn in', () => {
    const a = streamFor(9, 1);
    const b = streamFor(9, 2);
    const interleaved = Array.from({ length: 10 }, () => [a.next(), b.next()]);
    expect(interleaved.map(([x]) => x)).toEqual(take(streamFor(9, 1), 10));
    expect(interleaved.map(([, y]) => y)).toEqual(take(streamFor(9, 2), 10));
  });

  it('rejects a negative or fractional index', () => {
    expect(() => streamFor(1, -1)).toThrow(RangeError);
    expect(() => streamFor(1, 0.5)).toThrow(RangeError);
  });
});
