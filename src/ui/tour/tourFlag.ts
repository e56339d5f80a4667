/**
 * Whether the first-visit tour was finished or skipped. It lives in localStorage rather than the
 * database: read at once when the demo opens (the tour's decision never waits on storage), written
 * before the page can go away, and settable before load by the end-to-end tests (tests/e2e/browser.ts).
 */
export const TOUR_KEY = 'shapan.tour';
const DONE = 'done';

// A browser that refuses storage (private modes, policies) shows the tour each visit rather than failing.
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export const tourDismissed = (): boolean => storage()?.getItem(TOUR_KEY) === DONE;

export function rememberDismissal(): void {
  try {
    storage()?.setItem(TOUR_KEY, DONE);
  } catch {
    // Storage full or refused: the tour may show again next visit, which is harmless.
  }
}

export function forgetDismissal(): void {
  storage()?.removeItem(TOUR_KEY);
}
