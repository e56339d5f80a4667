/**
 * What the live map and the report's printed map both draw, apart from zoom and pointer: the cells'
 * screen positions and classes, and each community's share within reach of all five types.
 */
import type { CoverageKey } from '../../engine/coverage/types';
import type { RunView } from '../../engine/runView';
import type { CoverageLayers } from '../engineClient';
import { cellClasses, growthScale } from './cellClasses';
import type { MapCommunity, Pair } from './mapGeometry';

/** Unzoomed screen positions of the cell centres. */
export function cellPositions(layers: CoverageLayers, project: (p: Pair) => Pair): { x: Float32Array; y: Float32Array } {
  const x = new Float32Array(layers.count);
  const y = new Float32Array(layers.count);
  for (let c = 0; c < layers.count; c++) [x[c], y[c]] = project([layers.x[c], layers.y[c]]);
  return { x, y };
}

/** The cells' classes for one type and year; a year outside the layers' reads as their first. */
export function cellClassesFor(layers: CoverageLayers, key: CoverageKey, year: number): Uint8Array {
  const y = Math.max(0, layers.years.indexOf(year));
  const growth = growthScale(layers, layers.communityResidents, layers.communityIds.length, y);
  return cellClasses(layers, layers.keys.indexOf(key), y, growth);
}

/** Per community on the map, the share of its residents within reach of all five types in the year; NaN when unknown. */
export function communityShares(communities: readonly MapCommunity[], view: RunView, year: number): Float64Array {
  const out = new Float64Array(communities.length).fill(NaN);
  const all5 = view.coverage?.communityAll5;
  const y = view.summary.years.indexOf(year);
  if (!all5 || y < 0) return out;
  const index = new Map(view.communities.id.map((id, i) => [id, i]));
  communities.forEach((c, i) => {
    const k = index.get(c.id);
    if (k !== undefined) out[i] = all5[y * view.communities.count + k];
  });
  return out;
}
