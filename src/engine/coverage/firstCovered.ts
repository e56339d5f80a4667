/**
 * For one facility type: the first horizon year in which each population cell is within the walk of
 * an open facility. Facilities never close, so a cell covered in one year stays covered, and one
 * number per cell holds every year's answer: covered in year y ⇔ first ≤ y.
 *
 * Straight line: each facility's disc is written onto the grid with the index of its opening year,
 * latest openings first, so where discs overlap the earliest year is left standing. That is the year-
 * by-year union (a year's bitmap = last year's OR that year's new discs) in one raster; a slot written
 * twice is still one covered place, so two facilities at the same spot count once. One pass over the
 * cells then reads their slots. Network: one Dijkstra per year from that year's openings.
 */
import { cellCentres } from './cells';
import { MinHeap } from './minHeap';
import { cellWalk, relaxFrom } from './network';
import type { PreparedCoverage } from './prepare';
import { diskSpans, Spans } from './tileGrid';

/** Never covered within the years asked for. */
export const NEVER = 255;

/** Index of the first year in which a facility opening in `opening` serves; years.length when later. */
export function servingIndex(years: readonly number[], opening: number): number {
  let k = 0;
  while (k < years.length && years[k] < opening) k++;
  return k;
}

/** Facilities of a type that open within the years, with the index of the year they start serving. */
function openings(prep: PreparedCoverage, type: number, years: readonly number[]): { f: number; yi: number }[] {
  const { facilities } = prep;
  const out: { f: number; yi: number }[] = [];
  for (let f = 0; f < facilities.count; f++) {
    if (facilities.type[f] !== type) continue;
    const yi = servingIndex(years, facilities.openingYear[f]);
    if (yi < years.length) out.push({ f, yi });
  }
  return out;
}

/** Buffers a caller keeps between types, so a run allocates the grid's raster once. */
export interface Scratch {
  slotYear?: Uint8Array;
}

/** reach: metres, the life circle's unless a service circle (serviceCircles.ts) walks for a time of its own. */
export function firstCovered(
  prep: PreparedCoverage,
  type: number,
  years: readonly number[],
  out = new Uint8Array(prep.cells.count),
  scratch: Scratch = {},
  reach = prep.reach,
): Uint8Array {
  if (years.length >= NEVER) throw new RangeError(`coverage handles at most ${NEVER - 1} years, got ${years.length}`);
  const open = openings(prep, type, years);
  if (prep.network) return firstByNetwork(prep, open, years.length, out, reach);
  const { grid, slot, facilities } = prep;
  const slotYear = scratch.slotYear && scratch.slotYear.length === grid.size ? scratch.slotYear : new Uint8Array(grid.size);
  scratch.slotYear = slotYear;
  slotYear.fill(NEVER);
  open.sort((a, b) => b.yi - a.yi || a.f - b.f);
  const spans = new Spans();
  for (const { f, yi } of open) {
    diskSpans(grid, facilities.x[f], facilities.y[f], reach, spans);
    for (let k = 0; k < spans.count; k++) slotYear.fill(yi, spans.from[k], spans.to[k]);
  }
  const n = prep.cells.count;
  for (let c = 0; c < n; c++) out[c] = slotYear[slot[c]];
  return out;
}

function firstByNetwork(prep: PreparedCoverage, open: { f: number; yi: number }[], nYears: number, out: Uint8Array, reach: number): Uint8Array {
  const net = prep.network!;
  const dist = new Float64Array(net.nodes).fill(Infinity);
  const heap = new MinHeap(1024);
  out.fill(NEVER);
  const n = prep.cells.count;
  for (let y = 0; y < nYears; y++) {
    const sources = open.filter((o) => o.yi === y).map((o) => o.f);
    if (sources.length === 0) continue;
    relaxFrom(net, dist, sources, heap);
    for (let c = 0; c < n; c++) if (out[c] === NEVER && cellWalk(net, dist, c) <= reach) out[c] = y;
  }
  return out;
}

/** Each cell's walk to the nearest open facility of a type in year index yi (Infinity when none): for tests and checks. */
export function walkDistances(prep: PreparedCoverage, type: number, years: readonly number[], yi: number): Float64Array {
  const open = openings(prep, type, years).filter((o) => o.yi <= yi);
  const n = prep.cells.count;
  const out = new Float64Array(n).fill(Infinity);
  if (prep.network) {
    const dist = new Float64Array(prep.network.nodes).fill(Infinity);
    relaxFrom(prep.network, dist, open.map((o) => o.f));
    for (let c = 0; c < n; c++) out[c] = cellWalk(prep.network, dist, c);
    return out;
  }
  const { x, y } = cellCentres(prep.cells);
  for (const { f } of open) {
    for (let c = 0; c < n; c++) out[c] = Math.min(out[c], Math.hypot(x[c] - prep.facilities.x[f], y[c] - prep.facilities.y[f]));
  }
  return out;
}
