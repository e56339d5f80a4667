/**
 * Each population cell's class for the chosen facility type and year: 0 within reach, else 1–3 by
 * the residents it holds that year per hectare (mapStyle.ts DENSITY_BANDS). A cell's residents grow
 * with its community's, as the engine grows them.
 */
import { DENSITY_BANDS } from './mapStyle';

export interface CellArrays {
  count: number;
  cellSize: number;
  /** base-year residents */
  residents: Float32Array | Float64Array;
  community: Uint16Array | Int32Array;
  /** first[k × count + c]: index of the first year cell c is reached for key k */
  first: Uint8Array;
}

/** Per community, residents in the year over the base-year residents placed in its cells. */
export function growthScale(cells: CellArrays, communityResidents: Float64Array, nCommunities: number, yearIndex: number): Float64Array {
  const placed = new Float64Array(nCommunities);
  for (let c = 0; c < cells.count; c++) placed[cells.community[c]] += cells.residents[c];
  const scale = new Float64Array(nCommunities);
  for (let k = 0; k < nCommunities; k++) scale[k] = placed[k] > 0 ? communityResidents[yearIndex * nCommunities + k] / placed[k] : 0;
  return scale;
}

export function cellClasses(cells: CellArrays, keyIndex: number, yearIndex: number, scale: Float64Array, out = new Uint8Array(cells.count)): Uint8Array {
  const { count, first, residents, community } = cells;
  const perHectare = 10_000 / (cells.cellSize * cells.cellSize);
  const o = keyIndex * count;
  const [low, high] = DENSITY_BANDS;
  for (let c = 0; c < count; c++) {
    if (first[o + c] <= yearIndex) {
      out[c] = 0;
      continue;
    }
    const density = residents[c] * scale[community[c]] * perHectare;
    out[c] = density >= high ? 3 : density >= low ? 2 : 1;
  }
  return out;
}

/** Residents of the cells in each class, for the legend's figures and tests. */
export function residentsByClass(cells: CellArrays, classes: Uint8Array, scale: Float64Array): number[] {
  const sums = [0, 0, 0, 0];
  for (let c = 0; c < cells.count; c++) sums[classes[c]] += cells.residents[c] * scale[cells.community[c]];
  return sums;
}
