/** The facilitator's steps, in the order a session goes, and the keys that turn them. */
export const FACILITATOR_STEPS = ['brief', 'levers', 'hints', 'reference', 'plans'] as const;
export type FacilitatorStep = (typeof FACILITATOR_STEPS)[number];

/** +1, −1 or 0 for a key: arrows, Page Up/Down and space as a presenter's clicker sends them. */
export function stepKey(key: string, shift = false): number {
  if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !shift)) return 1;
  if (key === 'ArrowLeft' || key === 'PageUp' || (key === ' ' && shift)) return -1;
  return 0;
}

/** Keys typed into a field (the file picker, a name box) are the field's, not the slides'. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  return !!el && (el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''));
}
