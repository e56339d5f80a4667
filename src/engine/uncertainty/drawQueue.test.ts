import { describe, expect, it } from 'vitest';
import { DrawQueue, partsFor } from './drawQueue';

const all = (q: DrawQueue) => {
  const out: [number, number][] = [];
  for (let r = q.take(); r; r = q.take()) out.push(r);
  return out;
};

describe('DrawQueue', () => {
  it('hands out 1,000 draws to 2 workers in shrinking contiguous ranges, each at least 1,000 / 128 = 7 draws', () => {
    const ranges = all(new DrawQueue(1000, 2));
    // 1000 / 4 = 250, then 750 / 4 = 187.5 → 188, then 562 / 4 = 140.5 → 141, …
    expect(ranges.slice(0, 3)).toEqual([[0, 250], [250, 438], [438, 579]]);
    ranges.forEach(([from, to], k) => {
      expect(from).toBe(k === 0 ? 0 : ranges[k - 1][1]);
      expect(to - from).toBeGreaterThanOrEqual(k === ranges.length - 1 ? 1 : 7);
    });
    expect(ranges[ranges.length - 1][1]).toBe(1000);
    // Few enough to cost nothing against 1,000 draws: fewer than 30 calls in all.
    expect(ranges.length).toBeLessThan(30);
  });

  it('gives every one of `parts` workers a range when there are at least as many draws', () => {
    for (const [n, parts] of [[3, 3], [5, 4], [12, 3], [2, 2]]) {
      const q = new DrawQueue(n, parts);
      const first = Array.from({ length: parts }, () => q.take());
      expect(first.every((r) => r !== null && r[1] > r[0])).toBe(true);
    }
  });

  it('hands out no draws once, as [0, 0)', () => {
    expect(all(new DrawQueue(0, 4))).toEqual([[0, 0]]);
  });

  it('hands a range given back out again before the rest', () => {
    const q = new DrawQueue(12, 2);
    const first = q.take()!;
    q.giveBack(first);
    expect(q.take()).toEqual(first);
    expect(q.take()).toEqual([3, 6]);
  });

  it.each([
    [1000, 2, 2],
    [1, 8, 1],
    [0, 4, 1],
    [3, 8, 3],
  ])('%i draws on a pool of %i use %i workers', (draws, size, parts) => {
    expect(partsFor(draws, size)).toBe(parts);
  });
});
