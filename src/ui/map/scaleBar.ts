/** A scale bar's length: the longest round distance (1, 2 or 5 × 10ⁿ metres) that fits the room given. */
export function scaleBarMetres(pxPerMetre: number, maxPx: number): number {
  if (!(pxPerMetre > 0) || !(maxPx > 0)) return 0;
  const limit = maxPx / pxPerMetre;
  const power = 10 ** Math.floor(Math.log10(limit));
  for (const m of [5, 2, 1]) if (m * power <= limit) return m * power;
  return power;
}
