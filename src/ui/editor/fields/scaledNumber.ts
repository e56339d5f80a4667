/**
 * A number shown in another unit than the scenario stores it in (shares as %, yuan as 万元):
 * shown = stored × scale (typing is read back in src/ui/editor/fields/scenarioNumber.ts).
 */

/**
 * The stored value as a box shows it ('' when absent): 万元 to two decimals (100 yuan, the precision a
 * budget or a wage is set to; more reads as noise, "45,020.3524"), everything else to a millionth.
 */
export function scaledShown(stored: unknown, scale: number): number | string {
  const places = scale === 1e-4 ? 100 : 1e6;
  if (typeof stored === 'number') return Math.round(stored * scale * places) / places;
  return stored === undefined ? '' : String(stored);
}
