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

  it('lends an array to be overwritten as it was left, and clears it when next asked for zeroed', () => {
    const arena = new Arena();
    const a = arena.f64(3);
    a.fill(5);
    arena.reset();
    const again = arena.f64(3, true);
    expect(again).toBe(a);
    expect(Array.from(again)).toEqual([5, 5, 5]);
    arena.reset();
    expect(Array.from(arena.f64(3))).toEqual([0, 0, 0]);
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

  it('lends an array again only as the type and length it was made', () => {
    const arena = new Arena();
    const whole = arena.i32(4);
    whole[0] = 7;
    const bytes = arena.u8(16);
    arena.reset();
    expect(arena.u8(16)).toBe(bytes);
    // 16 bytes, as the Int32Array of 4, but not its type: a fresh array.
    expect(arena.f64(2)).toBeInstanceOf(Float64Array);
    const again = arena.i32(4);
    expect(again).toBe(whole);
    expect(Array.from(again)).toEqual([0, 0, 0, 0]);
    expect(arena.i32(4)).not.toBe(whole);
  });
});
