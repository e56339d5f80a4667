/**
 * Draws [from, to) as `parts` contiguous ranges whose sizes differ by at most one: each worker of a pool
 * takes one, and the chunks merge back in draw order (mergeChunks) into what one worker would have made.
 */
export function splitDraws(from: number, to: number, parts: number): [number, number][] {
  const n = Math.max(0, to - from);
  const k = Math.max(1, Math.min(Math.floor(parts), n));
  const out: [number, number][] = [];
  let at = from;
  for (let i = 0; i < k; i++) {
    // The first n mod k ranges take one more, so the split is the same for the same n and k everywhere.
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
    out.push([at, at + size]);
    at += size;
  }
  return out;
}
