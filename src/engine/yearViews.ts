/**
 * A run's arrays cut to one year, each view made once and kept with its array. Monte Carlo draws reuse
 * the same arrays run after run (arena.ts), and a view made afresh each year of each run was a draw's
 * largest single share of garbage (about 12 KB of some 130 KB). Kept in a WeakMap, the views go with
 * their array: they hold its buffer, not the array itself.
 */
import type { CostValues } from './projection';

const kept = new WeakMap<CostValues, CostValues[]>();

/** a's elements [y·n, y·n + n): a view of the same memory, as a.subarray(y * n, y * n + n) gives. */
export function yearOf<T extends CostValues>(a: T, y: number, n: number): T {
  let views = kept.get(a);
  if (views === undefined) kept.set(a, (views = []));
  let v = views[y];
  // Kept views of one array share its buffer; one of length n at index y starts at y·n, so any other
  // cut of the array (another n) is made afresh in its place.
  if (v === undefined || v.length !== n) views[y] = v = a.subarray(y * n, y * n + n);
  return v as T;
}
