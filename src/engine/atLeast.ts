/**
 * Math.max(m, x) without a branch, to the bit, for the engine's long loops: whether a community's
 * households put it above its minimum follows no pattern a branch can guess over a city of villages
 * and estates of every size, and Math.max's guessed branch then costs more than the arithmetic.
 *
 * With c = 1 where x > m, x × c + m × (1 − c) is x + m × 0 or x × 0 + m, and the zero each adds never
 * changes the other: x > m ≥ 0 makes x a non-zero to which ±0 adds nothing; x > m < 0 adds m × 0 = −0,
 * which keeps x's own sign when x is a zero; and x ≤ m adds x × 0, which is −0 (x < 0, or x = −0) or
 * +0 with x = +0 and m ≥ +0, so m = −0 against x = +0 gives +0 as Math.max(−0, +0) does. NaN stays NaN.
 * It holds for every pair but x = −∞, m = −∞ and x = m = +∞ (each makes an ∞ × 0, which is NaN): the
 * minimums and the shares and floor space compared with them are finite (io/fieldBounds.ts).
 */
export function atLeast(x: number, m: number): number {
  const c = +(x > m);
  return x * c + m * (1 - c);
}
