import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './router.svelte';

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
    { hash: '#/training', route: { page: 'training', path: [] } },
    { hash: '#/training/', route: { page: 'training', path: [] } },
    { hash: '#/training/pay-split', route: { page: 'training', path: ['pay-split'] } },
    { hash: '#/training/pay-split/debrief', route: { page: 'training', path: ['pay-split', 'debrief'] } },
    { hash: '#/training/facilitator/life-circle', route: { page: 'training', path: ['facilitator', 'life-circle'] } },
    { hash: '#/help', route: { page: 'help', id: null } },
    { hash: '#/help/results', route: { page: 'help', id: 'results' } },
    { hash: '#/help/manual', route: { page: 'help', id: 'manual' } },
    { hash: '#/tour', route: { page: 'tour' } },
  ])('$hash', ({ hash, route }) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips', () => {
    const route = { page: 'scenario', id: '示范 1', tab: 'city' } as const;
    expect(parseRoute(hrefOf(route))).toEqual(route);
    const training: Route = { page: 'training', path: ['facilitator', '练习 1'] };
    expect(parseRoute(hrefOf(training))).toEqual(training);
    for (const help of [{ page: 'help', id: null }, { page: 'help', id: 'glossary' }] as Route[]) expect(parseRoute(hrefOf(help))).toEqual(help);
  });
});
