/**
 * Hash routes: every view is index.html plus a fragment, so any static host serves the app without
 * rewrite rules, and a fragment (a shared scenario rides in one) never reaches the server. The app
 * needs a host: opened from a file saved to disk, the browser refuses its modules and worker.
 */
export const TABS = ['city', 'rules', 'plan', 'targets', 'results', 'map', 'analysis', 'report'] as const;
export type Tab = (typeof TABS)[number];

export type Route =
  | { page: 'library' }
  | { page: 'share' }
  | { page: 'compare'; ids: string[] }
  | { page: 'scenario'; id: string; tab: Tab }
  /** training mode: the rest of the hash, e.g. [] for the list, [exerciseId], [exerciseId, 'debrief'], ['facilitator', exerciseId], ['author'] */
  | { page: 'training'; path: string[] }
  /** the user's guide: id null for its index, 'manual' for the printable manual, else one page */
  | { page: 'help'; id: string | null }
  /** starts the first-visit tour again, on the demo */
  | { page: 'tour' };

export function parseRoute(hash: string): Route {
  const [, page, id, tab, ...more] = hash.replace(/^#/, '').split('/');
  // The scenario itself rides in the fragment (src/ui/share/shareLink.ts); the page reads it from there.
  if (page === 'share') return { page: 'share' };
  if (page === 's' && id) return { page: 'scenario', id: decodeURIComponent(id), tab: (TABS as readonly string[]).includes(tab) ? (tab as Tab) : 'plan' };
  if (page === 'compare') return { page: 'compare', ids: (id ?? '').split(',').filter(Boolean).map(decodeURIComponent) };
  if (page === 'help') return { page: 'help', id: id ? decodeURIComponent(id) : null };
  if (page === 'tour') return { page: 'tour' };
  if (page === 'training') return { page: 'training', path: [id, tab, ...more].filter((x): x is string => Boolean(x)).map(decodeURIComponent) };
  return { page: 'library' };
}

export function hrefOf(route: Route): string {
  if (route.page === 'library') return '#/';
  if (route.page === 'share') return '#/share/';
  if (route.page === 'compare') return `#/compare/${route.ids.map(encodeURIComponent).join(',')}`;
  if (route.page === 'help') return route.id ? `#/help/${encodeURIComponent(route.id)}` : '#/help';
  if (route.page === 'tour') return '#/tour';
  if (route.page === 'training') return `#/training/${route.path.map(encodeURIComponent).join('/')}`;
  return `#/s/${encodeURIComponent(route.id)}/${route.tab}`;
}

export class Router {
  route = $state<Route>(parseRoute(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.route = parseRoute(location.hash)));
  }

  go(route: Route): void {
    const href = hrefOf(route);
    // At once, not on the hashchange a task later: the first visit must not draw (and load) the library on its way to the demo.
    this.route = parseRoute(href);
    location.hash = href;
  }
}
