import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { lowerTo } from './placeAbove';

/** A deficit lowered by the definition: one worker at a time while it is above hi. */
function stepped(x: number, hi: number): { v: number; t: number } {
  let t = 0;
  let v = x;
  for (; v > hi; v--) t++;
  return { v, t };
}

/** The next double above x (below it for a negative step). */
function nextAfter(x: number, step: 1 | -1): number {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  if (x === 0) return step * Number.MIN_VALUE;
  b[0] += BigInt((x > 0 ? 1 : -1) * step);
  return f[0];
}

function check(deficits: number[], hi: number): void {
  // One more deficit past the members', far above hi, as a kept working array holds another district's:
  // lowering it would take about 10^9 workers and write past the members' places.
  const deficit = Float64Array.from([...deficits, 1e9]);
  const work = { lowered: new Float64Array(deficit.length), taken: new Int32Array(deficit.length), top: new Float64Array(1) };
  const placed = lowerTo(deficit, deficits.length, hi, work);
  expect(work.taken[deficits.length]).toBe(0);
  let sum = 0;
  let top = -Infinity;
  deficits.forEach((x, k) => {
    const want = stepped(x, hi);
    expect(Object.is(work.lowered[k], want.v), `${x} to ${hi}: ${work.lowered[k]} for ${want.v}`).toBe(true);
    expect(work.taken[k], `${x} to ${hi}`).toBe(want.t);
    sum += want.t;
    top = Math.max(top, want.v);
  });
  expect(placed).toBe(sum);
  expect(Object.is(work.top[0], top)).toBe(true);
}

describe('lowering deficits to a level at once', () => {
  it('leaves each deficit and count as one step at a time would, where the difference is a whole number or a rounding away from one', () => {
    // Deficits a whole number of steps from the level, and the doubles either side of those: the
    // difference is then a whole number, or rounds onto one, and ⌈x − hi⌉ alone can be one off.
    const levels = [0, Number.MIN_VALUE, 1e-300, 0.1, 0.3, 0.5, 0.7, 0.9, 0.9999999999999999, 1, 1.5, 2.7, 3, 10 / 3, 7.25];
    for (const hi of levels) {
      const deficits: number[] = [];
      for (let j = -3; j <= 6; j++) {
        let x = hi + j;
        for (let u = 0; u < 3; u++) x = nextAfter(x, -1);
        for (let u = 0; u < 7; u++, x = nextAfter(x, 1)) deficits.push(x);
        deficits.push(hi + j / 3, hi + j - 1e-17, j - 1e-16, j + 1e-16, -0);
      }
      check(deficits, hi);
    }
  });

  it('steps each deficit when the level is below zero, where a step before the last can round', () => {
    // 5 × 2^−55 − 1 rounds to −(1 − 2^−53), and that less 1 to −2; 5 × 2^−55 − 2 is −2 + 2^−52 rounded
    // once. Likewise 0.25 + 10 × 2^−55 taken three times against taken 3 at once.
    check([5 * 2 ** -55, 11 * 2 ** -55, 0.25 + 10 * 2 ** -55, 0.3, -0.2, 1.7, 5.05], -1.5);
    check([5 * 2 ** -55, 0.25 + 10 * 2 ** -55, 3.3], -1.9999);
  });

  it('agrees with one step at a time on random deficits and levels', () => {
    const r = createRandom(11);
    for (let round = 0; round < 200; round++) {
      const hi = round % 5 === 0 ? -r.next() : round % 5 === 1 ? Math.floor(r.next() * 4) / 4 : r.next() * 3;
      const deficits = Array.from({ length: 50 }, () => (round % 2 ? Math.floor(r.next() * 40 - 8) / 4 : r.next() * 12 - 2));
      check(deficits, hi);
    }
  });
});
