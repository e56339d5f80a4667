/** Properties of life-circle coverage that hold for any city. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACILITY_TYPES, LIFE_CIRCLE_TYPES, type Community, type Facility } from '../scenario';
import { buildCells, cellCentres } from './cells';
import { coverage, COVERAGE_KEYS } from './coverage';
import { firstCovered, NEVER, walkDistances } from './firstCovered';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { prepareCoverage } from './prepare';

const YEARS = [2026, 2027, 2028, 2029, 2030];
const coord = fc.double({ min: -2000, max: 2000, noNaN: true });

const arbCommunity = (i: number) =>
  fc
    .record({
      x: coord,
      y: coord,
      residents: fc.integer({ min: 0, max: 5000 }),
      growth: fc.double({ min: -0.05, max: 0.1, noNaN: true }),
      shape: fc.oneof(
        fc.constant(null),
        fc.double({ min: 1, max: 800_000, noNaN: true }),
        fc.tuple(fc.double({ min: 10, max: 900, noNaN: true }), fc.double({ min: 10, max: 900, noNaN: true })),
      ),
    })
    .map((r): Community => {
      const over: Partial<Community> = { growth: r.growth };
      if (typeof r.shape === 'number') over.area = r.shape;
      else if (r.shape) {
        const [w, h] = r.shape;
        over.polygon = [[r.x, r.y], [r.x + w, r.y], [r.x + w * 0.8, r.y + h], [r.x - w * 0.2, r.y + h * 0.7]];
      }
      return placed(`C${i}`, r.x, r.y, r.residents, over);
    });

const arbFacility = (i: number) =>
  fc
    .record({ type: fc.constantFrom(...FACILITY_TYPES), x: coord, y: coord, year: fc.integer({ min: 2020, max: 2032 }) })
    .map((r): Facility => facility(`F${i}`, r.type, r.x, r.y, r.year));

const arbCity = fc.record({
  communities: fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbCommunity(i)))),
  facilities: fc.integer({ min: 0, max: 14 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbFacility(i)))),
  cellSize: fc.constantFrom<number>(25, 50, 100, 200),
  minutes: fc.integer({ min: 3, max: 20 }),
  speed: fc.double({ min: 60, max: 80, noNaN: true }),
  detour: fc.double({ min: 1, max: 1.6, noNaN: true }),
});

type City = typeof arbCity extends fc.Arbitrary<infer T> ? T : never;

const scenarioOf = (c: City, speed = c.speed, extra: Facility[] = []) =>
  spatialCity(c.communities, [...c.facilities, ...extra].map((f) => ({ ...f, openingYear: Math.min(f.openingYear, 2025) })), {
    planned: [],
    spatial: { cellSize: c.cellSize, walk: { minutes: c.minutes, speedMetresPerMinute: speed, detourFactor: c.detour } },
  });

/** b covers at least what a covers, city-wide and in every community, for every key and year. */
function atLeast(a: NonNullable<ReturnType<typeof coverage>>, b: NonNullable<ReturnType<typeof coverage>>) {
  for (const key of COVERAGE_KEYS) {
    a.city[key].coveredResidents.forEach((v, y) => expect(b.city[key].coveredResidents[y]).toBeGreaterThanOrEqual(v - 1e-9));
    a.communityShare[key].forEach((v, i) => {
      if (!Number.isNaN(v)) expect(b.communityShare[key][i]).toBeGreaterThanOrEqual(v - 1e-12);
    });
  }
}

describe('coverage properties', () => {
  it('never falls when the walk gets longer', () => {
    fc.assert(
      fc.property(arbCity, fc.double({ min: 1, max: 2, noNaN: true }), (c, k) => {
        atLeast(coverage(scenarioOf(c), YEARS)!, coverage(scenarioOf(c, c.speed * k), YEARS)!);
      }),
      { numRuns: 80 },
    );
  });

  it('never falls when a facility is added', () => {
    fc.assert(
      fc.property(arbCity, arbFacility(99), (c, extra) => {
        atLeast(coverage(scenarioOf(c), YEARS)!, coverage(scenarioOf(c, c.speed, [extra]), YEARS)!);
      }),
      { numRuns: 80 },
    );
  });

  it('gives each of the five types at least the composite', () => {
    fc.assert(
      fc.property(arbCity, (c) => {
        const r = coverage(scenarioOf(c), YEARS)!;
        for (const t of LIFE_CIRCLE_TYPES) {
          r.city.all5.coveredResidents.forEach((v, y) => expect(r.city[t].coveredResidents[y]).toBeGreaterThanOrEqual(v - 1e-9));
          r.communityShare.all5.forEach((v, i) => {
            if (!Number.isNaN(v)) expect(r.communityShare[t][i]).toBeGreaterThanOrEqual(v);
          });
        }
      }),
      { numRuns: 80 },
    );
  });

  it('rasterises exactly what a brute-force distance test covers', () => {
    fc.assert(
      fc.property(arbCity, (c) => {
        const s = scenarioOf(c);
        s.city.facilities = c.facilities; // opening years spread over the horizon
        const prep = prepareCoverage(s)!;
        const r2 = prep.reach * prep.reach;
        const centres = cellCentres(prep.cells);
        for (let t = 0; t < FACILITY_TYPES.length; t++) {
          const first = firstCovered(prep, t, YEARS);
          for (let cell = 0; cell < prep.cells.count; cell++) {
            let expected = NEVER;
            for (let f = 0; f < prep.facilities.count; f++) {
              if (prep.facilities.type[f] !== t) continue;
              const dx = centres.x[cell] - prep.facilities.x[f];
              const dy = centres.y[cell] - prep.facilities.y[f];
              if (dx * dx + dy * dy > r2) continue;
              const yi = YEARS.findIndex((y) => y >= prep.facilities.openingYear[f]);
              if (yi >= 0 && yi < expected) expected = yi;
            }
            expect(first[cell]).toBe(expected);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never finds a network walk shorter than the straight line', () => {
    const arbNetwork = fc.integer({ min: 2, max: 30 }).chain((n) =>
      fc.record({
        nodes: fc.array(fc.tuple(coord, coord), { minLength: n, maxLength: n }),
        edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { minLength: 1, maxLength: 60 }),
      }),
    );
    fc.assert(
      fc.property(arbCity, arbNetwork, (city, network) => {
        // Coarse cells keep the brute-force straight-line distances quick.
        const c = { ...city, cellSize: Math.max(city.cellSize, 100) };
        const straight = prepareCoverage(scenarioOf(c))!;
        const s = scenarioOf(c);
        s.city.walkingNetwork = network;
        const net = prepareCoverage(s)!;
        for (let t = 0; t < FACILITY_TYPES.length; t++) {
          const a = walkDistances(straight, t, YEARS, YEARS.length - 1);
          const b = walkDistances(net, t, YEARS, YEARS.length - 1);
          a.forEach((d, cell) => expect(b[cell]).toBeGreaterThanOrEqual(d - 1e-6));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('places every resident: a community’s cells add up to it exactly', () => {
    fc.assert(
      fc.property(fc.array(arbCommunity(0), { minLength: 1, maxLength: 5 }), fc.constantFrom(10, 50, 100), (communities, size) => {
        const prep = prepareCoverage(spatialCity(communities, [], { spatial: { cellSize: size } }))!;
        const sums = new Float64Array(communities.length);
        prep.cells.residents.forEach((r, k) => (sums[prep.cells.community[k]] += r));
        communities.forEach((c, k) => expect(sums[k]).toBe(c.residents));
        // and the same straight from buildCells, with integer shares only
        const cells = buildCells(communities.map((c) => ({ anchor: [0, 0], area: c.area, residents: c.residents })), size);
        expect(cells.residents.every(Number.isInteger)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the keys asked for the same shares as the whole computation, bit for bit, and no figures', () => {
    const same = (a: Float64Array, b: Float64Array) => {
      expect(a.length).toBe(b.length);
      a.forEach((v, i) => expect(Object.is(v, b[i])).toBe(true));
    };
    fc.assert(
      // openings left where they fall, so the years differ and the running sums over them count
      fc.property(arbCity, fc.subarray([...COVERAGE_KEYS], { minLength: 1 }), (c, keys) => {
        const prep = prepareCoverage(spatialCity(c.communities, c.facilities, { planned: [], spatial: { cellSize: c.cellSize } }))!;
        const whole = coverage(prep, YEARS)!;
        const only = coverage(prep, YEARS, undefined, false, keys)!;
        expect([...only.keys].sort()).toEqual([...keys].sort());
        expect(Object.keys(only.communityShare).sort()).toEqual([...keys].sort());
        for (const key of keys) same(only.communityShare[key], whole.communityShare[key]);
        same(only.communityResidents, whole.communityResidents);
        expect(only.city).toEqual({});
        expect(only.byDistrict).toEqual([]);
        expect(only.uncovered.count).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
