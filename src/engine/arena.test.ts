import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

  it('after a clear, lends again an array it let go that no collection has taken yet, zeroed, lent or kept alike', () => {
    const arena = new Arena();
    const kept = arena.f64(4);
    arena.reset();
    expect(arena.f64(4)).toBe(kept);
    const lent = arena.f64(4);
    kept.fill(3);
    lent.fill(5);
    arena.clear();
    // Both still reachable here, so no collection can have taken them: made anew, they would stand
    // beside these until one did.
    const again = [arena.f64(4), arena.f64(4)];
    expect(again).toContain(kept);
    expect(again).toContain(lent);
    expect(again.map((a) => Array.from(a))).toEqual([[0, 0, 0, 0], [0, 0, 0, 0]]);
    expect(arena.f64(4)).not.toBe(kept);
  });

  it('after a clear, holds nothing a collection could not take', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const arena = new Arena();
    const lent = new WeakRef(arena.f64(1000));
    arena.reset();
    const kept = new WeakRef(arena.u8(1000));
    arena.clear();
    // A weakly held object stays until the task that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect([lent.deref(), kept.deref()]).toEqual([undefined, undefined]);
    expect(Array.from(arena.f64(2))).toEqual([0, 0]);
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
