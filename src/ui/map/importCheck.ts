/**
 * The validator's word on an imported scenario: only the errors the import brought are the import's
 * problems; errors the scenario already had (a field mid-edit, say) stay where they are edited.
 */
import type { ValidationError } from '../engineClient';

export function newErrors(before: readonly ValidationError[], after: readonly ValidationError[]): ValidationError[] {
  const known = new Set(before.map((e) => `${e.path}\u0000${e.en}`));
  return after.filter((e) => !known.has(`${e.path}\u0000${e.en}`));
}

/** At most `limit` lines, then how many more. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
