/**
 * What a typed cell means for the scenario: the shown value is the stored one times a scale (100 for
 * a share in %, 1/10,000 for yuan in 万元), so a commit divides it back out.
 */

export type CellCommit = { kind: 'set'; value: number | string } | { kind: 'clear' } | { kind: 'keep' };

/** Twelve significant digits: enough for any figure a planner types, and 0.7 / 100 reads back as 0.007. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** The stored value as shown in the cell ('' when absent). */
export function toShown(stored: unknown, scale = 1): string {
  if (typeof stored === 'number') return String(tidy(stored * scale));
  return stored === undefined || stored === null ? '' : String(stored);
}

/**
 * The edit a cell's text asks for. An empty box clears an optional field and is ignored otherwise;
 * text that is not a number goes into the scenario as it is, so the validator names the problem at
 * the field instead of the typing being lost.
 */
export function parseCell(raw: string, scale = 1, optional = false): CellCommit {
  const text = raw.trim().replace(/[,，\s]/g, '').replace(/％$|%$/, '');
  if (text === '') return optional ? { kind: 'clear' } : { kind: 'keep' };
  const value = Number(text);
  return { kind: 'set', value: Number.isFinite(value) ? tidy(value / scale) : raw.trim() };
}
