/**
 * How a city table cell shows a stored value: the stored one times a scale (100 for a share in %,
 * 1/10,000 for yuan in 万元); typing is read back in src/ui/editor/fields/scenarioNumber.ts.
 */

/** Twelve significant digits: enough for any figure a planner types, and 0.7 / 100 reads back as 0.007. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** The stored value as shown in the cell ('' when absent). */
export function toShown(stored: unknown, scale = 1): string {
  if (typeof stored === 'number') return String(tidy(stored * scale));
  return stored === undefined || stored === null ? '' : String(stored);
}
