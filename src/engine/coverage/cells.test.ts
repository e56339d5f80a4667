import { describe, expect, it } from 'vitest';
import { buildCells, cellCentres, forEachCellOf, splitEvenly, type CommunityShape } from './cells';
import { fromPlane, planeFor, toX, toY } from './plane';

const cellsOf = (shape: CommunityShape, size = 100) => {
  const out: [number, number][] = [];
  forEachCellOf(shape, size, (i, j) => out.push([i, j]));
  return out;
};

describe('cells of one community', () => {
  it.each([
    {
      // A 500 × 300 m rectangle on 100 m cells: centres 50…450 by 50…250, 5 × 3 = 15 cells.
      name: 'polygon: cells whose centre is inside',
      shape: { anchor: null, ring: Float64Array.of(0, 0, 500, 0, 500, 300, 0, 300), residents: 0 },
      count: 15,
      first: [0, 0],
      last: [4, 2],
    },
    {
      // A triangle (0,0)–(400,0)–(0,400): centres with x + y < 400, i + j ≤ 2 → 6 cells; the centres
      // (150, 250) and (250, 150) lie on the long edge and fall outside.
      name: 'polygon: a triangle',
      shape: { anchor: null, ring: Float64Array.of(0, 0, 400, 0, 0, 400), residents: 0 },
      count: 6,
      first: [0, 0],
      last: [0, 2],
    },
    {
      // A disc of π × 150² m² around the origin: centres (±50, ±50) at 70.7 m are in, (±150, ±50) at 158 m out.
      name: 'area: cells within the disc',
      shape: { anchor: [0, 0] as [number, number], area: Math.PI * 150 * 150, residents: 0 },
      count: 4,
      first: [-1, -1],
      last: [0, 0],
    },
    {
      name: 'area smaller than a cell: the cell holding the location',
      shape: { anchor: [1234, -56] as [number, number], area: 100, residents: 0 },
      count: 1,
      first: [12, -1],
      last: [12, -1],
    },
    {
      name: 'a bare location: the cell holding it',
      shape: { anchor: [-1, 250] as [number, number], residents: 0 },
      count: 1,
      first: [-1, 2],
      last: [-1, 2],
    },
  ])('$name', ({ shape, count, first, last }) => {
    const cells = cellsOf(shape);
    expect(cells).toHaveLength(count);
    expect(cells[0]).toEqual(first);
    expect(cells[cells.length - 1]).toEqual(last);
  });

  it('splits residents evenly, the remainder one each to the first cells, and the sum is exact', () => {
    const out = new Float64Array(7);
    splitEvenly(100, out, 0, 7); // 100 = 7 × 14 + 2 → 15, 15, 14, 14, 14, 14, 14
    expect(Array.from(out)).toEqual([15, 15, 14, 14, 14, 14, 14]);
    splitEvenly(2.5, out, 0, 2); // 1 each, the half to the first
    expect(Array.from(out.subarray(0, 2))).toEqual([1.5, 1]);
  });

  it('lays several communities out in order, each in its own range', () => {
    const cells = buildCells(
      [
        { anchor: null, ring: Float64Array.of(0, 0, 500, 0, 500, 300, 0, 300), residents: 100 },
        { anchor: null, residents: 50 }, // nowhere: no cells
        { anchor: [1000, 1000], residents: 7 },
      ],
      100,
    );
    expect(Array.from(cells.start)).toEqual([0, 15, 15, 16]);
    expect(Array.from(cells.residents.subarray(0, 15)).reduce((a, b) => a + b, 0)).toBe(100);
    expect(cells.residents[15]).toBe(7);
    // the point (1000, 1000) lies in cell (10, 10), whose centre is at (10.5 × 100, 10.5 × 100)
    const centres = cellCentres(cells);
    expect([centres.x[15], centres.y[15]]).toEqual([1050, 1050]);
    expect(Array.from(cells.community)).toEqual([...Array(15).fill(0), 2]);
  });

  it('holds each array in the narrowest type that reads back every value unchanged', () => {
    const at = (x: number, residents: number) => ({ anchor: [x, 50] as [number, number], residents });
    // Whole residents, columns within ±32,767 (x = 3,276,650 m → column 32,766) and three communities:
    // 16-bit columns, rows and communities, single-precision residents.
    const narrow = buildCells([at(50, 7), at(3_276_650, 16_777_216), at(-3_276_750, 1)], 100);
    expect(narrow.col).toBeInstanceOf(Int16Array);
    expect(narrow.row).toBeInstanceOf(Int16Array);
    expect(narrow.community).toBeInstanceOf(Uint16Array);
    expect(narrow.residents).toBeInstanceOf(Float32Array);
    expect(Array.from(narrow.col)).toEqual([0, 32_766, -32_768]);
    // 2²⁴ is the last whole number single precision holds with its neighbours
    expect(Array.from(narrow.residents)).toEqual([7, 16_777_216, 1]);
    // Column 32,768 (x = 3,276,850 m) needs 32 bits; 2²⁴ + 1 and 0.1 residents need 64.
    const wide = buildCells([at(3_276_850, 16_777_217), at(50, 0.1)], 100);
    expect(wide.col).toBeInstanceOf(Int32Array);
    expect(Array.from(wide.col)).toEqual([32_768, 0]);
    expect(wide.residents).toBeInstanceOf(Float64Array);
    expect(Array.from(wide.residents)).toEqual([16_777_217, 0.1]);
  });

  it('switches to 64-bit residents part-way, keeping the cells already laid out', () => {
    // 10 whole residents on one cell, then 2.5 over two (1.5 and 1, both single), then 1/3 on one (not)
    const shapes = [
      { anchor: [50, 50] as [number, number], residents: 10 },
      { anchor: [150, 50] as [number, number], area: 20_000, residents: 2.5 },
      { anchor: [950, 50] as [number, number], residents: 1 / 3 },
    ];
    const cells = buildCells(shapes, 100);
    expect(cells.residents).toBeInstanceOf(Float64Array);
    expect(cells.residents[0]).toBe(10);
    expect(cells.residents[cells.count - 1]).toBe(1 / 3);
    expect(Array.from(cells.residents).reduce((a, b) => a + b, 0)).toBeCloseTo(12.5 + 1 / 3, 12);
  });
});

describe('the local plane', () => {
  // Reference lengths of a degree at 32° N (WGS-84 series): latitude 111,132.954 − 559.822 cos 2φ
  // + 1.175 cos 4φ = 110,886.8 m; longitude 111,412.84 cos φ − 93.5 cos 3φ + 0.118 cos 5φ = 94,492.8 m.
  const plane = planeFor('wgs84', [[118.78, 32.0]]);

  it('scales degrees to metres at the mean latitude within 0.01%', () => {
    expect(toY(plane, 32.01) - toY(plane, 32.0)).toBeCloseTo(1108.868, 0);
    expect(toX(plane, 118.79) - toX(plane, 118.78)).toBeCloseTo(944.928, 0);
  });

  it('maps back to the same lon/lat', () => {
    const [lon, lat] = fromPlane(plane, toX(plane, 118.8123), toY(plane, 31.9876));
    expect(lon).toBeCloseTo(118.8123, 10);
    expect(lat).toBeCloseTo(31.9876, 10);
  });

  it('leaves local metres as they are', () => {
    const local = planeFor('local', [[5, 5]]);
    expect([toX(local, 123.4), toY(local, -5)]).toEqual([123.4, -5]);
  });
});

describe('a shape no city holds', () => {
  // Each of these passed validation once and then never returned: at 10¹⁸ m, i++ no longer changes a
  // double, and a 10¹⁵ m² disc spans 10¹¹ cells. The walk must refuse them, not loop.
  it.each([
    { name: 'a ring at x = 10¹⁸ m', shape: { anchor: null, ring: Float64Array.of(1e18, 0, 1e18 + 1e6, 0, 1e18, 1e6), residents: 1 } },
    { name: 'a location at x = 10¹⁸ m with an area', shape: { anchor: [1e18, 0] as [number, number], area: 1e6, residents: 1 } },
    { name: 'an area of 10¹⁵ m²', shape: { anchor: [0, 0] as [number, number], area: 1e15, residents: 1 } },
    { name: 'a ring with a NaN corner', shape: { anchor: null, ring: Float64Array.of(0, 0, NaN, 0, 0, 100), residents: 1 } },
  ])('$name is refused with an error', ({ shape }) => {
    expect(() => forEachCellOf(shape, 100, () => {})).toThrow(/cells/);
  });

  it('a 20,000 km² disc on 100 m cells is still laid out', () => {
    // π r² = 2·10¹⁰ m² → about 2·10¹⁰ / 100² = 2,000,000 cells.
    const n = forEachCellOf({ anchor: [0, 0], area: 2e10, residents: 1 }, 100, () => {});
    expect(Math.abs(n - 2e6) / 2e6).toBeLessThan(0.001);
  });
});
