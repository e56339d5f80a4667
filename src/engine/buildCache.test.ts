import { describe, expect, it } from 'vitest';
import { buildCache } from './buildCache';

describe('a cache kept for one build', () => {
  it('keeps values only while a build runs, and a nested build shares the outer one', () => {
    const cache = buildCache<object, string, number>();
    const owner = {};
    expect(cache.of(owner)).toBeNull();
    const seen = cache.during(() => {
      cache.of(owner)!.set('a', 1);
      return cache.during(() => cache.of(owner)!.get('a'));
    });
    expect(seen).toBe(1);
    // The build is over: nothing is kept, so a later build starts empty even after a throw.
    expect(cache.of(owner)).toBeNull();
    expect(() =>
      cache.during(() => {
        cache.of(owner)!.set('b', 2);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(cache.during(() => cache.of(owner)!.size)).toBe(0);
  });
});
