import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import type { Scenario } from '../../engine/scenario';
import { wgs84ToGcj02 } from './gcj02';
import { importGeoJson } from './importGeoJson';
import { distanceKm } from './positions';

/** Three communities around Nanjing's centre, in lon/lat; one facility open since 2020. */
function city(): Scenario {
  const s = tinyCity([
    community({ id: 'C1', name: '阳洲社区', location: { lon: 118.8, lat: 32.05 } }),
    community({ id: 'C2', name: '凤湾社区', location: { lon: 118.81, lat: 32.06 } }),
    community({ id: 'C3', name: '凤湾社区', location: { lon: 118.82, lat: 32.04 } }),
  ]);
  s.city.spatial = { crs: 'wgs84' };
  s.city.facilities = [{ id: 'M1', name: '市场', type: 'market', location: { lon: 118.8, lat: 32.05 }, openingYear: 2020 }];
  return s;
}

const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const point = (coordinates: number[], properties: object) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
const polygon = (ring: number[][], properties: object) => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties });
const line = (coordinates: number[][]) => ({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: {} });

const communities = (s: Scenario) => s.city.districts[0].streets[0].communities;

describe('importGeoJson: communities', () => {
  it('matches a polygon to a community by name and a point by id', () => {
    const ring = [
      [118.799, 32.049],
      [118.801, 32.049],
      [118.801, 32.051],
      [118.799, 32.051],
      [118.799, 32.049],
    ];
    const r = importGeoJson(city(), fc(polygon(ring, { name: '阳洲社区' }), point([118.812, 32.061], { id: 'C2', name: '凤湾社区' })));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [c1, c2, c3] = communities(r.scenario);
    // GeoJSON closes its rings by repeating the first point; the scenario's ring does not.
    expect(c1.polygon).toEqual(ring.slice(0, 4));
    expect(c1.location).toEqual({ lon: 118.8, lat: 32.05 });
    expect(c2.location).toEqual({ lon: 118.812, lat: 32.061 });
    expect(c3).toEqual(communities(city())[2]);
    expect(r.summary).toMatchObject({ communityPoints: 1, communityPolygons: 1 });
  });

  it('refuses a name two communities share, and one no community has, naming the feature', () => {
    const r = importGeoJson(city(), fc(point([118.81, 32.06], { name: '凤湾社区' }), point([118.81, 32.06], { name: '无名社区' })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.feature)).toEqual([0, 1]);
    expect(r.problems[0].en).toMatch(/2 communities are named/);
    expect(r.problems[1].zh).toMatch(/没有名为“无名社区”/);
  });

  it('uses the largest part of a MultiPolygon and says so', () => {
    const square = (x: number, size: number) => [
      [
        [x, 32.05],
        [x + size, 32.05],
        [x + size, 32.05 + size],
        [x, 32.05],
      ],
    ];
    const f = { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [square(118.8, 0.001), square(118.81, 0.003)] }, properties: { id: 'C1' } };
    const r = importGeoJson(city(), fc(f));
    expect(r.ok && communities(r.scenario)[0].polygon?.[0]).toEqual([118.81, 32.05]);
    expect(r.notes[0].feature).toBe(0);
  });
});

describe('importGeoJson: facilities', () => {
  it('sorts existing and planned facilities by opening year, with made-up ids where none is given', () => {
    const r = importGeoJson(
      city(),
      fc(point([118.8, 32.05], { type: '便民市场', name: '新市场', openingYear: 2018 }), point([118.81, 32.06], { type: 'medical', name: '诊所', openingYear: '2027', capitalCost: 5e6 })),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.city.facilities?.map((f) => f.id)).toEqual(['M1', 'G-market-1']);
    expect(r.scenario.plan.facilities).toEqual([
      { id: 'G-medical-1', name: '诊所', type: 'medical', location: { lon: 118.81, lat: 32.06 }, openingYear: 2027, capitalCost: 5e6 },
    ]);
  });

  it('replaces the existing facilities when asked, and only when the file has some', () => {
    const f = point([118.8, 32.05], { id: 'M1', type: 'market', name: '真市场', openingYear: 2019 });
    const r = importGeoJson(city(), fc(f), { replaceFacilities: true });
    expect(r.ok && r.scenario.city.facilities).toEqual([{ id: 'M1', name: '真市场', type: 'market', location: { lon: 118.8, lat: 32.05 }, openingYear: 2019 }]);
    const paths = importGeoJson(city(), fc(line([[118.8, 32.05], [118.81, 32.05]])), { replaceFacilities: true });
    expect(paths.ok && paths.scenario.city.facilities).toHaveLength(1);
  });

  it('refuses an id already used, an unknown type and a year after the horizon', () => {
    const r = importGeoJson(
      city(),
      fc(
        point([118.8, 32.05], { id: 'M1', type: 'market', name: 'a', openingYear: 2019 }),
        point([118.8, 32.05], { type: 'school', name: 'b', openingYear: 2019 }),
        point([118.8, 32.05], { type: 'sports', name: 'c', openingYear: 2035 }),
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.feature)).toEqual([0, 1, 2]);
  });
});

describe('importGeoJson: walking network and coordinate systems', () => {
  it('builds a network from GCJ-02 lines, merging shared endpoints, back on WGS-84 within a metre', () => {
    const wgs: [number, number][] = [
      [118.8, 32.05],
      [118.805, 32.05],
      [118.805, 32.055],
    ];
    const gcj = wgs.map(([lon, lat]) => wgs84ToGcj02(lon, lat));
    const r = importGeoJson(city(), fc(line([gcj[0], gcj[1]]), line([gcj[1], gcj[2]])), { gcj02: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const net = r.scenario.city.walkingNetwork!;
    expect(net.edges).toEqual([
      [0, 1],
      [1, 2],
    ]);
    net.nodes.forEach((p, k) => expect(distanceKm(p, wgs[k]) * 1000).toBeLessThan(1));
    expect(r.summary.network).toEqual({ lines: 2, nodes: 3, edges: 2 });
  });

  it('refuses projected metres and a declared projected crs', () => {
    const metres = importGeoJson(city(), fc(point([13_225_000, 3_770_000], { id: 'C1' })));
    expect(!metres.ok && metres.problems[0]).toMatchObject({ feature: 0 });
    const declared = importGeoJson(city(), { ...fc(point([118.8, 32.05], { id: 'C1' })), crs: { type: 'name', properties: { name: 'EPSG:3857' } } });
    expect(!declared.ok && declared.problems[0]).toMatchObject({ feature: null });
    const lonLat = importGeoJson(city(), { ...fc(point([118.8, 32.05], { id: 'C1' })), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } });
    expect(lonLat.ok).toBe(true);
  });

  it('refuses [lat, lon] written the wrong way round, and a place far from the city', () => {
    const swapped = importGeoJson(city(), fc(point([32.05, 118.8], { id: 'C1' })));
    expect(!swapped.ok && swapped.problems[0].en).toMatch(/looks like \[lat, lon\]/);
    // Beijing is about 900 km from Nanjing: more likely a wrong system than a community of this city.
    const far = importGeoJson(city(), fc(point([116.4, 39.9], { id: 'C1' })));
    expect(!far.ok && far.problems[0].en).toMatch(/km from the city/);
  });

  it('reads a local city in its own metres', () => {
    const s = tinyCity([community({ id: 'C1', location: { x: 0, y: 0 } })]);
    s.city.spatial = { crs: 'local' };
    const r = importGeoJson(s, fc(point([120.5, -40.25], { id: 'C1' })));
    expect(r.ok && communities(r.scenario)[0].location).toEqual({ x: 120.5, y: -40.25 });
  });

  it('gives a scenario without spatial data its crs only when every community is placed', () => {
    const bare = tinyCity([community({ id: 'A' }), community({ id: 'B' })]);
    const part = importGeoJson(bare, fc(point([118.8, 32.05], { id: 'A' })));
    expect(!part.ok && part.problems[0].zh).toMatch(/仍有 1 个社区没有位置/);
    const all = importGeoJson(bare, fc(point([118.8, 32.05], { id: 'A' }), point([118.81, 32.05], { id: 'B' })));
    expect(all.ok && all.scenario.city.spatial).toEqual({ crs: 'wgs84' });
  });
});

describe('importGeoJson: all or nothing', () => {
  it('changes nothing when any feature fails, and never mutates its input', () => {
    const s = city();
    const before = structuredClone(s);
    const r = importGeoJson(s, fc(point([118.81, 32.06], { id: 'C2' }), point([118.8, 32.05], { type: 'market', openingYear: 2020 })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([{ feature: 1, zh: '设施缺少名称（属性 name）', en: 'the facility has no name (property name)' }]);
    expect(s).toEqual(before);
    const good = importGeoJson(s, fc(point([118.81, 32.06], { id: 'C2' })));
    expect(good.ok).toBe(true);
    expect(s).toEqual(before);
  });

  it('lists the file’s own problems first, then by feature', () => {
    const r = importGeoJson(city(), fc(point([118.8, 32.05], { name: '无名' }), { type: 'Feature', geometry: null, properties: {} }, point([1e7, 1e7], { id: 'C1' })));
    expect(!r.ok && r.problems.map((p) => p.feature)).toEqual([0, 1, 2]);
  });

  it('lists file-level problems without a feature index', () => {
    for (const input of ['{ not json', { type: 'Topology' }, fc()]) {
      const r = importGeoJson(city(), input);
      expect(!r.ok && r.problems[0].feature).toBe(null);
    }
  });
});
