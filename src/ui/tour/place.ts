/**
 * Where the tour's bubble goes: below its target if it fits, else above, else docked at the bottom of
 * the window on the side away from the target (a target taller than the window, the side panel).
 * Narrow windows always dock it across the bottom.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement = { kind: 'float'; top: number; left: number } | { kind: 'dock'; side: 'left' | 'right' | 'full' };

/** below this window width the bubble spans the bottom of the window */
export const NARROW = 640;
const GAP = 12;
const MARGIN = 8;

export function place(target: Box, bubble: { width: number; height: number }, view: { width: number; height: number }): Placement {
  if (view.width < NARROW) return { kind: 'dock', side: 'full' };
  const left = Math.min(Math.max(target.left, MARGIN), view.width - bubble.width - MARGIN);
  const below = target.top + target.height + GAP;
  if (below + bubble.height + MARGIN <= view.height) return { kind: 'float', top: below, left };
  const above = target.top - GAP - bubble.height;
  if (above >= MARGIN) return { kind: 'float', top: above, left };
  return { kind: 'dock', side: target.left + target.width / 2 > view.width / 2 ? 'left' : 'right' };
}
