/** Hash routes, so the app works from any static host and from a file saved to disk. */
export const TABS = ['city', 'rules', 'plan', 'targets', 'results'] as const;
export type Tab = (typeof TABS)[number];

export type Route = { page: 'library' } | { page: 'scenario'; id: string; tab: Tab };

export function parseRoute(hash: string): Route {
  const [, page, id, tab] = hash.replace(/^#/, '').split('/');
  if (page === 's' && id) return { page: 'scenario', id: decodeURIComponent(id), tab: (TABS as readonly string[]).includes(tab) ? (tab as Tab) : 'plan' };
  return { page: 'library' };
}

export function hrefOf(route: Route): string {
  return route.page === 'library' ? '#/' : `#/s/${encodeURIComponent(route.id)}/${route.tab}`;
}

export class Router {
  route = $state<Route>(parseRoute(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.route = parseRoute(location.hash)));
  }

  go(route: Route): void {
    location.hash = hrefOf(route);
  }
}
