/**
 * Population cells: each community's residents spread over the grid cells it occupies, as a struct of
 * arrays. A community with a polygon fills the cells whose centre lies inside it; one with an area
 * fills the cells whose centre lies within a disc of that area around its location; one with only a
 * location sits in the cell holding that point. Residents are split evenly, the remainder going one
 * each to the first cells (row by row, west to east), so a community's cells add up to it exactly.
 */
import { centreOf } from './tileGrid';

/** One community's place in the local plane (metres). */
export interface CommunityShape {
  /** the location, or the polygon's centroid; null when the community has neither */
  anchor: [number, number] | null;
  /** m²; used when there is no ring */
  area?: number;
  /** ring as x0, y0, x1, y1, … */
  ring?: Float64Array;
  residents: number;
}

/**
 * A cell's centre is not stored: it follows from its column and row (centreOf), and a province's 3.3
 * million cells would hold 53 MB more in every worker that places them. cellCentres() gives the
 * arrays to the few readers that want them.
 */
export interface Cells {
  count: number;
  cellSize: number;
  /** 16-bit when every column and row fits (a province of 100 m cells spans a few thousand): see buildCells */
  col: Int16Array | Int32Array;
  row: Int16Array | Int32Array;
  /** base-year residents; single precision when every value is exactly one (whole numbers below 2²⁴) */
  residents: Float32Array | Float64Array;
  /** community index (the engine's flat order); 16-bit when there are at most 65,536 communities */
  community: Uint16Array | Int32Array;
  /** the cells of community c are [start[c], start[c + 1]) */
  start: Int32Array;
}

/** Even–odd rule: is (px, py) inside the ring? */
export function insideRing(ring: Float64Array, px: number, py: number): boolean {
  let inside = false;
  const n = ring.length >> 1;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i];
    const yi = ring[2 * i + 1];
    const xj = ring[2 * j];
    const yj = ring[2 * j + 1];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Area-weighted centroid of a ring; the mean of its points when its area is zero. */
export function ringCentroid(ring: Float64Array): [number, number] {
  const n = ring.length >> 1;
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const cross = ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
    a += cross;
    cx += (ring[2 * j] + ring[2 * i]) * cross;
    cy += (ring[2 * j + 1] + ring[2 * i + 1]) * cross;
  }
  if (Math.abs(a) > 1e-9) return [cx / (3 * a), cy / (3 * a)];
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += ring[2 * i];
    sy += ring[2 * i + 1];
  }
  return [sx / n, sy / n];
}

/**
 * The most cells one community's bounding box may span: 2²⁴, a 400 km square of 100 m cells, past any
 * real community (scenario files are bounded well below it, src/io/fieldBounds.ts). Without it a shape
 * at 10¹⁸ m never returned (there i++ no longer changes a double) and a 10¹⁵ m² disc took hours.
 */
export const MAX_BOX_CELLS = 2 ** 24;

/** The cells of side s a box of this width and height is counted as spanning, one more each side. */
export function boxCells(width: number, height: number, s: number): number {
  return (width / s + 2) * (height / s + 2);
}

/** The same for the box around a disc of this area, as a community with an area and no polygon is laid out. */
export function discBoxCells(area: number, s: number): number {
  const d = 2 * Math.sqrt(area / Math.PI);
  return boxCells(d, d, s);
}

/** Throws unless the box from (x0, y0) to (x1, y1) spans a finite number of cells within MAX_BOX_CELLS. */
function checkBox(x0: number, y0: number, x1: number, y1: number, s: number): void {
  const cells = boxCells(x1 - x0, y1 - y0, s);
  // Written so that NaN fails too.
  if (!(cells <= MAX_BOX_CELLS && Math.abs(x0 / s) < 2 ** 31 && Math.abs(x1 / s) < 2 ** 31 && Math.abs(y0 / s) < 2 ** 31 && Math.abs(y1 / s) < 2 ** 31)) {
    throw new RangeError(`a community spanning (${x0}, ${y0})–(${x1}, ${y1}) m covers more cells of ${s} m than any city holds (at most ${MAX_BOX_CELLS})`);
  }
}

/** Calls at(col, row) for each cell a community occupies, row by row; returns how many. */
export function forEachCellOf(shape: CommunityShape, s: number, at: (col: number, row: number) => void): number {
  let count = 0;
  const visit = (i: number, j: number) => {
    at(i, j);
    count++;
  };
  const { ring, anchor } = shape;
  if (ring && ring.length >= 6) {
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (let k = 0; k < ring.length; k += 2) {
      x0 = Math.min(x0, ring[k]);
      x1 = Math.max(x1, ring[k]);
      y0 = Math.min(y0, ring[k + 1]);
      y1 = Math.max(y1, ring[k + 1]);
    }
    checkBox(x0, y0, x1, y1, s);
    for (let j = Math.floor(y0 / s - 0.5); j <= Math.ceil(y1 / s - 0.5); j++) {
      for (let i = Math.floor(x0 / s - 0.5); i <= Math.ceil(x1 / s - 0.5); i++) {
        if (insideRing(ring, centreOf(i, s), centreOf(j, s))) visit(i, j);
      }
    }
  } else if (anchor && shape.area !== undefined && shape.area > 0) {
    const [ax, ay] = anchor;
    const r = Math.sqrt(shape.area / Math.PI);
    const r2 = r * r;
    checkBox(ax - r, ay - r, ax + r, ay + r, s);
    for (let j = Math.floor((ay - r) / s - 0.5); j <= Math.ceil((ay + r) / s - 0.5); j++) {
      const dy = centreOf(j, s) - ay;
      for (let i = Math.floor((ax - r) / s - 0.5); i <= Math.ceil((ax + r) / s - 0.5); i++) {
        const dx = centreOf(i, s) - ax;
        if (dx * dx + dy * dy <= r2) visit(i, j);
      }
    }
  }
  // Smaller than a cell, or a bare location: the cell that holds the point.
  if (count === 0 && anchor) visit(Math.floor(anchor[0] / s), Math.floor(anchor[1] / s));
  return count;
}

/**
 * Lays every community's residents out on cells of the given size. Each array is the narrowest that
 * holds its values exactly, so every read gives the same number as a 64-bit array would: the engine
 * worker keeps a province's 3.3 million cells for as long as the scenario is open: 32 MB instead of
 * 63.
 */
export function buildCells(shapes: readonly CommunityShape[], cellSize: number): Cells {
  const nc = shapes.length;
  const start = new Int32Array(nc + 1);
  let lo = 0;
  let hi = 0;
  const span = (i: number, j: number) => {
    lo = Math.min(lo, i, j);
    hi = Math.max(hi, i, j);
  };
  let most = 0;
  for (let c = 0; c < nc; c++) {
    const m = forEachCellOf(shapes[c], cellSize, span);
    start[c + 1] = start[c] + m;
    most = Math.max(most, m);
  }
  const n = start[nc];
  const short = lo >= -(2 ** 15) && hi < 2 ** 15;
  const cells: Cells = {
    count: n,
    cellSize,
    col: short ? new Int16Array(n) : new Int32Array(n),
    row: short ? new Int16Array(n) : new Int32Array(n),
    residents: new Float32Array(n),
    community: nc <= 2 ** 16 ? new Uint16Array(n) : new Int32Array(n),
    start,
  };
  const split = new Float64Array(most);
  for (let c = 0; c < nc; c++) {
    let k = start[c];
    forEachCellOf(shapes[c], cellSize, (i, j) => {
      cells.col[k] = i;
      cells.row[k] = j;
      cells.community[k] = c;
      k++;
    });
    const m = start[c + 1] - start[c];
    splitEvenly(shapes[c].residents, split, 0, m);
    for (let q = 0; q < m; q++) {
      // A share single precision would round (a fraction, or past 2²⁴): the cells take 64 bits, as they did.
      if (cells.residents instanceof Float32Array && Math.fround(split[q]) !== split[q]) cells.residents = Float64Array.from(cells.residents);
      cells.residents[start[c] + q] = split[q];
    }
  }
  return cells;
}

/** Every cell's centre, metres in the local plane: worked out afresh, so hold them no longer than needed. */
export function cellCentres(cells: Cells): { x: Float64Array; y: Float64Array } {
  const s = cells.cellSize;
  return { x: Float64Array.from(cells.col, (i) => centreOf(i, s)), y: Float64Array.from(cells.row, (j) => centreOf(j, s)) };
}

/** total / n each, the whole remainder one apiece to the first cells, any fraction to the first. */
export function splitEvenly(total: number, out: Float64Array, from: number, to: number): void {
  const n = to - from;
  if (n <= 0) return;
  const each = Math.floor(total / n);
  let rest = total - each * n;
  for (let k = from; k < to; k++) {
    const extra = rest >= 1 ? 1 : 0;
    out[k] = each + extra;
    rest -= extra;
  }
  out[from] += rest;
}

/** Each cell's residents in a year: its community's residents that year over the base year's. */
export function scaleOf(baseResidents: number, residentsInYear: number): number {
  return baseResidents > 0 ? residentsInYear / baseResidents : 0;
}
