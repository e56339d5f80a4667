/**
 * The panel's history: drilling into an input, a part or a clause pushes where the reader was, so
 * "Back" returns there. A figure opened from outside the panel starts a new history.
 */
import type { Panel } from '../workbench/workbench.svelte';

export type Entry = Exclude<Panel, null>;

/** Long drills (payer → item → district → community → input …) keep their latest steps. */
const MAX_DEPTH = 50;

export function samePanel(a: Panel, b: Panel): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'explain' && b.kind === 'explain') return a.path === b.path;
  if (a.kind === 'clause' && b.kind === 'clause') return a.ruleId === b.ruleId;
  return false;
}

export function pushed(stack: readonly Entry[], current: Entry, next: Entry): Entry[] {
  if (samePanel(current, next)) return [...stack];
  return [...stack, current].slice(-MAX_DEPTH);
}

export function popped(stack: readonly Entry[]): { stack: Entry[]; panel: Entry | null } {
  if (stack.length === 0) return { stack: [], panel: null };
  return { stack: stack.slice(0, -1), panel: stack[stack.length - 1] };
}
