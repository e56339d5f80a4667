import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import type { RunView } from '../../engine/runView';
import { cellClasses, growthScale, residentsByClass } from './cellClasses';
import { boundaryEdges, districtOutlines } from './districtOutlines';
import { cityRows, districtRows } from './figures';
import { newErrors } from './importCheck';
import { extentPoints, isSyntheticGeometry, mapCommunities, mapFacilities, type Pair } from './mapGeometry';
import { Picker } from './mapPicker';
import { fitProjection } from './mapProjection';
import { shareClass } from './mapStyle';
import { scaleBarMetres } from './scaleBar';

describe('cell classes', () => {
  // Three 100 m cells (1 ha each) of one community; key 0 reaches cell 0 in year 0, cell 1 in year 2, cell 2 never.
  const cells = {
    count: 3,
    cellSize: 100,
    residents: Float32Array.from([40, 100, 200]),
    community: Int32Array.from([0, 0, 0]),
    first: Uint8Array.from([0, 2, 255]),
  };

  it('is 0 within reach, else a band by residents per hectare in the year', () => {
    // Base 340 residents placed; in year 1 the community has 340 × 1.5 = 510, so each cell holds 1.5 × its base.
    const scale = growthScale(cells, Float64Array.from([340, 510]), 1, 1);
    expect(scale[0]).toBeCloseTo(1.5, 12);
    // 100 × 1.5 = 150/ha → the top band; 200 × 1.5 = 300/ha → top band.
    expect(Array.from(cellClasses(cells, 0, 1, scale))).toEqual([0, 3, 3]);
    // Year 2: cell 1 is reached.
    expect(Array.from(cellClasses(cells, 0, 2, Float64Array.from([1])))).toEqual([0, 0, 3]);
    // Base year scale: 100/ha is the middle band.
    expect(Array.from(cellClasses(cells, 0, 1, Float64Array.from([1])))).toEqual([0, 2, 3]);
    expect(residentsByClass(cells, Uint8Array.from([0, 2, 3]), Float64Array.from([1]))).toEqual([40, 0, 100, 200]);
  });
});

describe('district outlines', () => {
  const sq = (x: number, y: number): Pair[] => [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
  ];

  it('dissolves rings that share an edge into their outline', () => {
    // Two unit squares side by side share the edge x = 1: the outline keeps the other 6 edges.
    const edges = boundaryEdges([sq(0, 0), sq(1, 0)]);
    expect(edges).toHaveLength(6);
    expect(edges.some(([a, b]) => a[0] === 1 && b[0] === 1)).toBe(false);
  });

  it('is exact when every community has a ring, else an approximate hull around their discs', () => {
    const id = (p: Pair): Pair => [p[0] * 10, p[1] * 10];
    const ringed = [
      { id: 'a', name: 'a', district: 0, street: 's', anchor: [0.5, 0.5] as Pair, radius: 0, ring: sq(0, 0) },
      { id: 'b', name: 'b', district: 0, street: 's', anchor: [1.5, 0.5] as Pair, radius: 0, ring: sq(1, 0) },
    ];
    const [exact] = districtOutlines(ringed, 1, id, 1);
    expect(exact.approximate).toBe(false);
    // The name sits 9 px above the outline's top.
    expect(exact.label[1]).toBe(-9);
    const discs = [
      { id: 'c', name: 'c', district: 1, street: 's', anchor: [0, 0] as Pair, radius: 5, ring: undefined },
      { id: 'd', name: 'd', district: 1, street: 's', anchor: [10, 0] as Pair, radius: 5, ring: undefined },
    ];
    const [hull] = districtOutlines(discs, 2, (p) => p, 1);
    expect(hull).toMatchObject({ district: 1, approximate: true });
    const xs = hull.hull!.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(-5, 9);
    expect(Math.max(...xs)).toBeCloseTo(15, 9);
  });
});

describe('projection and scale', () => {
  it('fits a local plane north up inside the padding, and measures metres', () => {
    const p = fitProjection(
      'local',
      [
        [0, 0],
        [1000, 500],
      ],
      220,
      120,
      10,
    );
    const [x0, y0] = p.project([0, 0]);
    const [x1, y1] = p.project([1000, 500]);
    expect(x0).toBeCloseTo(10, 6);
    expect(x1).toBeCloseTo(210, 6);
    expect(y1).toBeLessThan(y0);
    expect(p.pxPerMetre).toBeCloseTo(0.2, 9);
  });

  it('fits lon/lat with Mercator at about the right metres per pixel', () => {
    // 0.1° of latitude near 32° N is about 11.1 km.
    const p = fitProjection(
      'wgs84',
      [
        [118.7, 32.0],
        [118.8, 32.1],
      ],
      1000,
      1000,
      0,
    );
    const [, ya] = p.project([118.75, 32.0]);
    const [, yb] = p.project([118.75, 32.1]);
    expect(Math.abs(ya - yb) / p.pxPerMetre).toBeGreaterThan(11_000);
    expect(Math.abs(ya - yb) / p.pxPerMetre).toBeLessThan(11_300);
  });

  it('picks a round scale bar that fits', () => {
    expect(scaleBarMetres(0.1, 120)).toBe(1000);
    expect(scaleBarMetres(0.05, 120)).toBe(2000);
    expect(scaleBarMetres(0.01, 120)).toBe(10000);
    expect(scaleBarMetres(0, 120)).toBe(0);
  });
});

describe('map data', () => {
  it('reads communities and facilities from the scenario, and knows made-up geometry by its description', () => {
    const s = tinyCity([
      community({ id: 'A', location: { lon: 118.8, lat: 32 }, area: Math.PI * 250_000 }),
      community({ id: 'B', polygon: [[118.9, 32], [118.91, 32], [118.91, 32.01]] }),
    ]);
    s.city.facilities = [{ id: 'F', name: 'f', type: 'market', location: { lon: 118.85, lat: 32 }, openingYear: 2020 }];
    s.plan.facilities = [{ id: 'P', name: 'p', type: 'health', location: { lon: 118.86, lat: 32 }, openingYear: 2028 }];
    const cs = mapCommunities(s);
    expect(cs[0]).toMatchObject({ anchor: [118.8, 32], radius: 500 });
    expect(cs[1].anchor![0]).toBeCloseTo(118.90667, 5);
    expect(mapFacilities(s).map((f) => [f.id, f.planned])).toEqual([
      ['F', false],
      ['P', true],
    ]);
    expect(extentPoints(cs, [])).toHaveLength(4);
    expect(isSyntheticGeometry(s)).toBe(false);
    expect(isSyntheticGeometry({ ...s, description: '虚构城市' })).toBe(true);
    expect(isSyntheticGeometry({ ...s, description: 'A synthetic city' })).toBe(true);
  });

  it('colours a community by the share that counts it covered', () => {
    expect([shareClass(0.2), shareClass(0.5), shareClass(0.8999999999999), shareClass(0.95), shareClass(NaN)]).toEqual([0, 1, 2, 2, null]);
  });

  it('picks the nearest mark within reach only', () => {
    const p = new Picker([[0, 0], null, [10, 0]]);
    expect(p.nearest(8, 1, 5)).toBe(2);
    expect(p.nearest(5, 20, 5)).toBe(-1);
    expect(new Picker([]).nearest(0, 0, 5)).toBe(-1);
  });
});

describe('figures beside the map', () => {
  const view = {
    summary: {
      years: [2026, 2027],
      coverage: [
        { year: 2027, type: 'market', residents: 1000, coveredResidents: 800, residentShare: 0.8, communityShare: 0.5 },
        { year: 2027, type: 'all5', residents: 1000, coveredResidents: 600, residentShare: 0.6, communityShare: 0.25 },
        { year: 2026, type: 'all5', residents: 900, coveredResidents: 500, residentShare: 0.5, communityShare: 0.2 },
      ],
    },
    districts: [{ id: 'D1', name: '甲区' }],
    coverage: { byDistrict: { market: [[0.7, 0.75]] } },
  } as unknown as RunView;

  it('puts all five first, with residents out of reach', () => {
    expect(cityRows(view, 2027)).toEqual([
      { key: 'all5', share: 0.6, communityShare: 0.25, uncovered: 400 },
      { key: 'market', share: 0.8, communityShare: 0.5, uncovered: 200 },
    ]);
  });

  it('gives each district its share, and residents out of reach once known', () => {
    expect(districtRows(view, null, 'market', 2027)).toEqual([{ id: 'D1', name: '甲区', share: 0.75, uncovered: null }]);
    const figures = [{ market: { residents: [10, 400], coveredResidents: [7, 300] } }] as never;
    expect(districtRows(view, figures, 'market', 2027)[0].uncovered).toBe(100);
  });

  it('counts only the validation errors an import brought', () => {
    const old = { path: 'plan.hiring', zh: 'a', en: 'a' };
    const fresh = { path: 'city.facilities[2].id', zh: 'b', en: 'b' };
    expect(newErrors([old], [old, fresh])).toEqual([fresh]);
  });
});
