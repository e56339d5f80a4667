import { describe, expect, it } from 'vitest';
import { Arena } from './arena';

describe('Arena', () => {
  it('lends zeroed arrays and, after a reset, lends the same ones again, zeroed', () => {
    const arena = new Arena();
    const a = arena.f64(4);
    const b = arena.f64(4);
    a.fill(7);
    b.fill(9);
    expect(a).not.toBe(b);
    arena.reset();
    const c = arena.f64(4);
    const d = arena.f64(4);
    expect([c, d]).toContain(a);
    expect([c, d]).toContain(b);
    expect(Array.from(c)).toEqual([0, 0, 0, 0]);
    expect(Array.from(d)).toEqual([0, 0, 0, 0]);
    // Another length gets an array of its own.
    expect(arena.f64(3)).toHaveLength(3);
  });

  it('after a clear, lends new arrays: none it lent or kept before comes back', () => {
    const arena = new Arena();
    const a = arena.f64(4);
    arena.reset();
    const b = arena.f64(4);
    expect(b).toBe(a);
    arena.clear();
    arena.reset();
    const c = arena.f64(4);
    expect(c).not.toBe(a);
    expect(Array.from(c)).toEqual([0, 0, 0, 0]);
  });
});
