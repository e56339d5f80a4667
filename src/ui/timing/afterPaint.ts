/**
 * Call f once the browser has painted what the page now holds: at the next frame, then in a task of
 * its own, so that work of no use to that frame waits for it. At once where nothing is painted (tests).
 */
export function afterPaint(f: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return f();
  requestAnimationFrame(() => setTimeout(f));
}
