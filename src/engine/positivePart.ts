/**
 * Math.max(0, g) without a branch, to the bit: g + |g| is exactly 2g or +0 (−0 gives +0 as well), and
 * halving it is exact, subnormals included; NaN stays NaN. Only a g beyond 8.9e307 (2g overflows) or
 * −Infinity (−∞ + ∞ is NaN) would differ, and every gap the engine takes it of is a difference of
 * figures the file checks bound far below that (io/fieldBounds.ts: staff 10⁴, floor space 10⁷).
 * Whether a place has a gap follows no pattern a branch could guess: Math.max's branch, guessed wrong
 * about every other place, was most of the time of the loops that use this.
 */
export const positivePart = (g: number): number => (g + Math.abs(g)) * 0.5;
