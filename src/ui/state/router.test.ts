import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './router.svelte';

describe('routes', () => {
  it.each([
    { hash: '', route: { page: 'library' } },
    { hash: '#/', route: { page: 'library' } },
    { hash: '#/s/abc/results', route: { page: 'scenario', id: 'abc', tab: 'results' } },
    { hash: '#/s/abc', route: { page: 'scenario', id: 'abc', tab: 'plan' } },
    { hash: '#/s/a%2Fb/nope', route: { page: 'scenario', id: 'a/b', tab: 'plan' } },
    { hash: '#/compare/a,b%2Cc', route: { page: 'compare', ids: ['a', 'b,c'] } },
    { hash: '#/compare', route: { page: 'compare', ids: [] } },
    { hash: '#/share/s1.abc', route: { page: 'share' } },
  ])('$hash', ({ hash, route }) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips', () => {
    const route = { page: 'scenario', id: '示范 1', tab: 'city' } as const;
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});
