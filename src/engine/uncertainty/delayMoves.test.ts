/**
 * A seed and a cache take every delay's shares from the undelayed raster, moved years later, when
 * delaysMove says they may. On random cities with facilities of the city and planned ones opening before, in and after
 * the horizon, under a straight-line walk and a walking network, with and without a service circle,
 * every delay's shares (and a cache's figures) equal a whole coverage of the delayed plan bit for bit:
 * so when they are moved and when each delay is rastered, which shows that the cases where moving would be wrong are
 * told apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { coverage, COVERAGE_KEYS } from '../coverage/coverage';
import { prepareCoverage } from '../coverage/prepare';
import { horizonYears } from '../project';
import { LIFE_CIRCLE_TYPES, type Scenario, type WalkingNetwork } from '../scenario';
import { CoverageCache, delayed } from './coverageCache';
import { coverageSeed, firstPlanned } from './coverageSeed';
import { delaysMove } from './delayMoves';

const at = fc.integer({ min: 0, max: 3000 });
const arbFacility = (opening: fc.Arbitrary<number>) => fc.record({ type: fc.constantFrom(...LIFE_CIRCLE_TYPES), x: at, y: at, opening });
/** first horizon year 2026: the city's facilities mostly open by then, the planned ones mostly after (one in 13 not) */
const mostly = (usual: fc.Arbitrary<number>, rare: fc.Arbitrary<number>) => fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: rare, weight: 1 });
const arbCity = fc.record({
  communities: fc.array(fc.record({ x: at, y: at, residents: fc.integer({ min: 0, max: 5000 }) }), { minLength: 1, maxLength: 12 }),
  own: fc.array(arbFacility(mostly(fc.integer({ min: 2010, max: 2026 }), fc.integer({ min: 2027, max: 2031 }))), { maxLength: 16 }),
  planned: fc.array(arbFacility(mostly(fc.integer({ min: 2027, max: 2032 }), fc.integer({ min: 2020, max: 2026 }))), { minLength: 1, maxLength: 12 }),
  delay: fc.record({ min: fc.integer({ min: 0, max: 2 }), span: fc.integer({ min: 0, max: 3 }) }),
  network: fc.boolean(),
  circle: fc.boolean(),
});

type City = typeof arbCity extends fc.Arbitrary<infer T> ? T : never;

function scenarioOf(c: City): Scenario {
  // a grid of footpaths every 500 m, joined along rows and columns
  const nodes: [number, number][] = [];
  const edges: [number, number][] = [];
  for (let i = 0; i <= 6; i++) {
    for (let j = 0; j <= 6; j++) {
      nodes.push([500 * i, 500 * j]);
      const k = nodes.length - 1;
      if (j > 0) edges.push([k - 1, k]);
      if (i > 0) edges.push([k - 7, k]);
    }
  }
  const network: WalkingNetwork | undefined = c.network ? { nodes, edges } : undefined;
  const s = spatialCity(
    c.communities.map((m, k) => placed(`C${k}`, m.x, m.y, m.residents)),
    c.own.map((f, k) => facility(`F${k}`, f.type, f.x, f.y, f.opening)),
    {
      planned: c.planned.map((f, k) => facility(`P${k}`, f.type, f.x, f.y, f.opening)),
      spatial: { cellSize: 50, ...(c.circle && { serviceCircles: [{ id: 'ten', minutes: 6, types: ['medical', 'elderly'] }] }) },
      network,
    },
  );
  // whole delays from min to min + span years: the bounds are halfway, so each rounds to its own
  const { min, span } = c.delay;
  s.uncertainty = { draws: 10, inputs: [{ what: 'buildingDelay', distribution: { kind: 'uniform', min: Math.max(0, min - 0.49), max: min + span + 0.49 } }] };
  return s;
}

describe('delays moved from one raster', () => {
  it('gives every delay the shares of a whole coverage of the delayed plan, moved or rastered', () => {
    let moved = 0;
    let rastered = 0;
    fc.assert(
      fc.property(arbCity, (c) => {
        const s = scenarioOf(c);
        const prep = prepareCoverage(s)!;
        const years = horizonYears(s);
        if (delaysMove(prep, firstPlanned(s, prep), years)) moved++;
        else rastered++;
        const seed = coverageSeed(s, prep);
        expect(seed.delays.length).toBe(c.delay.span + 1);
        // a cache asked for the delays in turn, last first, each with residents of its own
        const cache = new CoverageCache(prep, firstPlanned(s, prep), COVERAGE_KEYS, seed.delays);
        const residents = (k: number) => ({ values: Float64Array.from({ length: years.length * prep.nCommunities }, (_, i) => 100 + ((k + i) % 7) * 50), stride: prep.nCommunities });
        [...seed.delays].reverse().forEach((delay) => {
          const whole = coverage(delayed(prep, firstPlanned(s, prep), delay), years, residents(delay))!;
          const cached = cache.coverageFor(delay)(cache.prepFor(delay), years, residents(delay))!;
          for (const key of COVERAGE_KEYS) {
            expect(cached.city[key]).toEqual(whole.city[key]);
            cached.byDistrict.forEach((d, k) => expect(d[key]).toEqual(whole.byDistrict[k][key]));
          }
          cached.circles.forEach((circle, k) => expect(circle.city).toEqual(whole.circles[k].city));
        });
        seed.delays.forEach((delay, d) => {
          const whole = coverage(delayed(prep, firstPlanned(s, prep), delay), years)!;
          const kept = seed.results[d];
          for (const key of kept.keys) kept.communityShare[key].forEach((v, i) => expect(Object.is(v, whole.communityShare[key][i])).toBe(true));
          kept.communityResidents.forEach((v, i) => expect(Object.is(v, whole.communityResidents[i])).toBe(true));
          kept.circles.forEach((circle, k) => circle.communityShare.forEach((v, i) => expect(Object.is(v, whole.circles[k].communityShare[i])).toBe(true)));
        });
      }),
      { numRuns: 150 },
    );
    // both ways were taken often enough to count
    expect(moved).toBeGreaterThan(20);
    expect(rastered).toBeGreaterThan(20);
  });

  it('does not move a delay when a facility of the city opens within the horizon or a planned one by its first year', () => {
    const one = (opening: number, planned: number) =>
      spatialCity([placed('A', 0, 0, 100)], [facility('F', 'medical', 0, 0, opening)], { planned: [facility('P', 'medical', 900, 0, planned)], spatial: { cellSize: 50 } });
    const moves = (s: Scenario) => {
      const prep = prepareCoverage(s)!;
      return delaysMove(prep, firstPlanned(s, prep), horizonYears(s));
    };
    // tinyCity's horizon: 2026–2030
    expect(moves(one(2026, 2027))).toBe(true);
    expect(moves(one(2027, 2027))).toBe(false);
    expect(moves(one(2026, 2026))).toBe(false);
  });
});
