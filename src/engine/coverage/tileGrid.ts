/**
 * The grid the coverage bitmaps live on. Cell (col, row) has its centre at ((col + 0.5) × size,
 * (row + 0.5) × size) in the local plane. Only 64 × 64 tiles that hold a populated cell get storage,
 * so a city's bitmaps stay a few megabytes however far apart its towns lie, and a whole province still
 * fits. A slot is one grid position inside an allocated tile.
 */

export const TILE_SHIFT = 6;
const TILE = 1 << TILE_SHIFT;
const MASK = TILE - 1;
export const TILE_SLOTS = TILE * TILE;

export interface TileGrid {
  cellSize: number;
  /** tile table origin and size, in tiles */
  tx0: number;
  ty0: number;
  tw: number;
  th: number;
  /** first slot of each tile (row-major over the tile table); −1 where no populated cell lies */
  tileBase: Int32Array;
  /** slots in all allocated tiles */
  size: number;
}

/** The centre of column or row k: the one formula every coverage test uses, so all agree to the bit. */
export function centreOf(k: number, cellSize: number): number {
  return (k + 0.5) * cellSize;
}

/** Builds the grid over the given cells and returns each cell's slot. */
export function buildGrid(col: Int16Array | Int32Array, row: Int16Array | Int32Array, cellSize: number): { grid: TileGrid; slot: Int32Array } {
  const n = col.length;
  let tx0 = 0;
  let ty0 = 0;
  let tx1 = -1;
  let ty1 = -1;
  if (n > 0) {
    tx0 = ty0 = Infinity;
    tx1 = ty1 = -Infinity;
    for (let c = 0; c < n; c++) {
      const tx = col[c] >> TILE_SHIFT;
      const ty = row[c] >> TILE_SHIFT;
      if (tx < tx0) tx0 = tx;
      if (tx > tx1) tx1 = tx;
      if (ty < ty0) ty0 = ty;
      if (ty > ty1) ty1 = ty;
    }
  }
  const tw = tx1 - tx0 + 1;
  const th = ty1 - ty0 + 1;
  const tileBase = new Int32Array(Math.max(0, tw * th)).fill(-1);
  let tiles = 0;
  const slot = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const t = ((row[c] >> TILE_SHIFT) - ty0) * tw + ((col[c] >> TILE_SHIFT) - tx0);
    if (tileBase[t] < 0) tileBase[t] = tiles++ * TILE_SLOTS;
    slot[c] = tileBase[t] + ((row[c] & MASK) << TILE_SHIFT) + (col[c] & MASK);
  }
  return { grid: { cellSize, tx0, ty0, tw, th, tileBase, size: tiles * TILE_SLOTS }, slot };
}

/** The slot of a grid position, or −1 when its tile holds no populated cell. */
export function slotAt(g: TileGrid, col: number, row: number): number {
  const tx = (col >> TILE_SHIFT) - g.tx0;
  const ty = (row >> TILE_SHIFT) - g.ty0;
  if (tx < 0 || ty < 0 || tx >= g.tw || ty >= g.th) return -1;
  const base = g.tileBase[ty * g.tw + tx];
  return base < 0 ? -1 : base + ((row & MASK) << TILE_SHIFT) + (col & MASK);
}

/** Runs of slots, reused from disc to disc so the hot loops allocate nothing. */
export class Spans {
  from = new Int32Array(256);
  to = new Int32Array(256);
  count = 0;

  push(from: number, to: number): void {
    if (this.count === this.from.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from);
      this.to = grow(this.to);
    }
    this.from[this.count] = from;
    this.to[this.count++] = to;
  }
}

/**
 * Fills `out` with every run of slots [from, to) whose cell centre lies within radius of (fx, fy).
 * Each row's ends come from a square root and are then settled by the exact test dx² + dy² ≤ r², so a
 * centre at 999 m is in and one at 1,001 m is out of a 1,000 m disc.
 */
export function diskSpans(g: TileGrid, fx: number, fy: number, radius: number, out: Spans): Spans {
  out.count = 0;
  if (!(radius >= 0) || g.size === 0) return out;
  const s = g.cellSize;
  const r2 = radius * radius;
  const rowLo = Math.max(Math.floor((fy - radius) / s - 0.5), g.ty0 << TILE_SHIFT);
  const rowHi = Math.min(Math.ceil((fy + radius) / s - 0.5), ((g.ty0 + g.th) << TILE_SHIFT) - 1);
  const colMin = g.tx0 << TILE_SHIFT;
  const colMax = ((g.tx0 + g.tw) << TILE_SHIFT) - 1;
  for (let j = rowLo; j <= rowHi; j++) {
    const dy = centreOf(j, s) - fy;
    const left = r2 - dy * dy;
    if (left < 0) continue;
    // Inside when (centre − fx)² ≤ left; nudge the square root's ends until the exact test agrees.
    const half = Math.sqrt(left);
    let c0 = Math.ceil((fx - half) / s - 0.5);
    let c1 = Math.floor((fx + half) / s - 0.5);
    while ((centreOf(c0 - 1, s) - fx) ** 2 <= left) c0--;
    while (c0 <= c1 && (centreOf(c0, s) - fx) ** 2 > left) c0++;
    while ((centreOf(c1 + 1, s) - fx) ** 2 <= left) c1++;
    while (c1 >= c0 && (centreOf(c1, s) - fx) ** 2 > left) c1--;
    if (c0 < colMin) c0 = colMin;
    if (c1 > colMax) c1 = colMax;
    if (c0 > c1) continue;
    const tileRow = ((j >> TILE_SHIFT) - g.ty0) * g.tw - g.tx0;
    const rowOffset = (j & MASK) << TILE_SHIFT;
    for (let tx = c0 >> TILE_SHIFT; tx <= c1 >> TILE_SHIFT; tx++) {
      const base = g.tileBase[tileRow + tx];
      if (base < 0) continue;
      const lo = Math.max(c0, tx << TILE_SHIFT) & MASK;
      const hi = Math.min(c1, (tx << TILE_SHIFT) + MASK) & MASK;
      out.push(base + rowOffset + lo, base + rowOffset + hi + 1);
    }
  }
  return out;
}
