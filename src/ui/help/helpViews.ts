/**
 * The one place that says which help page (src/i18n/help/<id>.ts) explains which view: the 帮助 links
 * and the ? key both look it up here. Kept free of imports beyond the router's types, since the app
 * bar and the first screen carry it.
 */
import type { Route } from '../state/router.svelte';

export const HELP_PAGE_OF = {
  library: 'library',
  compare: 'compare',
  training: 'training',
  results: 'results',
  city: 'city',
  rules: 'rules',
  plan: 'plan',
  targets: 'targets',
  map: 'map',
  report: 'report',
  monteCarlo: 'analysis-montecarlo',
  goalSeek: 'analysis-goalseek',
  synthesis: 'analysis-synthesis',
  data: 'data',
} as const;

export type HelpView = keyof typeof HELP_PAGE_OF;

/** The view a route shows, as far as the route alone says (the analysis tab names its tool itself). */
export function helpViewOf(route: Route): HelpView | null {
  if (route.page === 'scenario') return route.tab === 'analysis' ? 'monteCarlo' : route.tab;
  if (route.page === 'library' || route.page === 'compare' || route.page === 'training') return route.page;
  return null;
}

export function helpHref(view: HelpView | null): string {
  return view ? `#/help/${HELP_PAGE_OF[view]}` : '#/help';
}
