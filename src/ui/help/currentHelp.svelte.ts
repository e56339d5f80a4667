/**
 * Which view's page the ? key and the app bar's 帮助 link open. A view with a help link of its own
 * (an analysis tool inside the analysis tab) names itself while it is shown, and wins over what the
 * route alone says.
 */
import { untrack } from 'svelte';
import type { Route } from '../state/router.svelte';
import { helpViewOf, type HelpView } from './helpViews';

const shown = $state<{ views: HelpView[] }>({ views: [] });

/**
 * Say that a view is on screen; returns the function that takes it off again. Called from effects,
 * which must not come to depend on the list they change (push and splice read its length).
 */
export function showHelpView(view: HelpView): () => void {
  untrack(() => shown.views.push(view));
  return () =>
    untrack(() => {
      const at = shown.views.lastIndexOf(view);
      if (at >= 0) shown.views.splice(at, 1);
    });
}

export function currentHelpView(route: Route): HelpView | null {
  return shown.views.at(-1) ?? helpViewOf(route);
}
