/**
 * A number shown in another unit than the scenario stores it in (shares as %, yuan as 万元):
 * shown = stored × scale, and typing divides the scale back out.
 */

/** The stored value as a box shows it, rounded to a millionth so that 万元 read cleanly ('' when absent). */
export function scaledShown(stored: unknown, scale: number): number | string {
  if (typeof stored === 'number') return Math.round(stored * scale * 1e6) / 1e6;
  return stored === undefined ? '' : String(stored);
}

/**
 * The typed text as the scenario stores it. Text that is not a number goes in as it is, so the
 * validator names the problem at this field instead of the typing being lost.
 */
export function scaledStored(raw: string, scale: number): number | string {
  const value = Number(raw);
  // Twelve significant digits drop the noise of dividing by the scale (1.2万 → 12000, not 11999.999999999998).
  return Number.isFinite(value) ? Number((value / scale).toPrecision(12)) : raw;
}
