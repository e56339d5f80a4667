import { describe, expect, it } from 'vitest';
import { runScenario } from '../run';
import { coverage } from './coverage';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';

const YEARS = [2026, 2027, 2028, 2029, 2030];
const LIFE = ['market', 'sports', 'culture', 'service', 'medical'] as const;

describe('coverage: worked cases (reach 10 min × 100 m/min ÷ detour 1 = 1,000 m, 1 m cells)', () => {
  it('decides 999 m against 1,001 m exactly', () => {
    // Cell centres: A at (999.5, 0.5), B at (1001.5, 0.5); the market at (0.5, 0.5): 999 m and 1,001 m.
    const s = spatialCity([placed('A', 999.5, 0.5, 100), placed('B', 1001.5, 0.5, 300)], [facility('M', 'market', 0.5, 0.5)]);
    const c = coverage(s, YEARS)!;
    expect(c.reach).toBe(1000);
    expect(c.city.market.residentShare).toEqual([0.25, 0.25, 0.25, 0.25, 0.25]); // 100 of 400
    expect(c.city.market.communityShare[0]).toBe(0.5);
    expect(Array.from(c.communityShare.market.subarray(0, 2))).toEqual([1, 0]);
    expect(c.city.sports.residentShare[0]).toBe(0);
  });

  it('counts a facility opening in 2028 from 2028 on', () => {
    const s = spatialCity([placed('A', 10.5, 0.5, 100)], [], { planned: [facility('M', 'market', 0.5, 0.5, 2028)] });
    expect(coverage(s, YEARS)!.city.market.residentShare).toEqual([0, 0, 1, 1, 1]);
  });

  it('counts two facilities at the same place once', () => {
    const one = spatialCity([placed('A', 500.5, 0.5, 100), placed('B', 1500.5, 0.5, 100)], [facility('M1', 'market', 0.5, 0.5)]);
    const two = spatialCity(one.city.districts[0].streets[0].communities, [facility('M1', 'market', 0.5, 0.5), facility('M2', 'market', 0.5, 0.5)]);
    const a = coverage(one, YEARS)!.city.market;
    const b = coverage(two, YEARS)!.city.market;
    expect(b.coveredResidents).toEqual(a.coveredResidents);
    expect(b.coveredResidents[0]).toBe(100);
  });

  it('needs all five GOV2020-4b types for the composite, and ignores the other two', () => {
    const five = LIFE.map((t, k) => facility(`F${k}`, t, 0.5, 0.5));
    const s = spatialCity([placed('A', 100.5, 0.5, 100)], five.slice(0, 4));
    expect(coverage(s, YEARS)!.city.all5.residentShare[0]).toBe(0);
    s.city.facilities = five;
    const c = coverage(s, YEARS)!;
    expect(c.city.all5.residentShare[0]).toBe(1);
    expect(c.city.elderly.residentShare[0]).toBe(0);
    expect(c.uncovered.count).toBe(1);
    expect(c.uncovered.missing[0]).toBe((1 << 5) | (1 << 6)); // elderly and health still missing
  });

  it('spreads a polygon community over the cells whose centres lie inside it', () => {
    // 500 m × 300 m on 100 m cells: 5 × 3 = 15 cells; 100 residents = 6 each, the first 10 get one more.
    const s = spatialCity(
      [placed('P', 250, 150, 100, { location: undefined, polygon: [[0, 0], [500, 0], [500, 300], [0, 300]] })],
      // A market at (50, 50): 840 m reach covers every centre (farthest (450, 250): 447 m).
      [facility('M', 'market', 50, 50)],
      { spatial: { cellSize: 100, walk: { minutes: 12, speedMetresPerMinute: 70, detourFactor: 1 } } },
    );
    const c = coverage(s, YEARS)!;
    expect(c.cells).toBe(15);
    expect(c.communityResidents[0]).toBe(100);
    expect(c.city.market.residentShare[0]).toBe(1);
  });

  it('grows covered residents with households, keeping each community’s share', () => {
    // A: 1,000 residents growing 10% a year, covered; B: 1,000 flat, not covered.
    const s = spatialCity(
      [placed('A', 0.5, 0.5, 1000, { growth: 0.1 }), placed('B', 5000.5, 0.5, 1000)],
      [facility('M', 'market', 0.5, 0.5)],
    );
    const c = coverage(s, YEARS)!;
    // 2026: A = round(1000 × 1.1) = 1,100 → 1,100 / 2,100
    expect(c.city.market.coveredResidents[0]).toBe(1100);
    expect(c.city.market.residentShare[0]).toBeCloseTo(1100 / 2100, 12);
    // 2030: round(1000 × 1.1⁵) = 1,611
    expect(c.city.market.coveredResidents[4]).toBe(1611);
    // Every cell misses some type here; A's carries its 2030 residents, B's its unchanged 1,000.
    expect(Array.from(c.uncovered.residents)).toEqual([1611, 1000]);
    expect(Array.from(c.uncovered.community)).toEqual([0, 1]);
  });

  it('follows the walking network: an obstacle lowers coverage', () => {
    // A community 300 m from the market in a straight line, but the path goes round: 0 → 1 → 2 → 3, 1,500 m.
    const network = { nodes: [[0, 0], [0, 600], [300, 600], [300, 0]] as [number, number][], edges: [[0, 1], [1, 2], [2, 3]] as [number, number][] };
    const communities = [placed('A', 300.5, 0.5, 100)];
    const market = [facility('M', 'market', 0, 0)];
    expect(coverage(spatialCity(communities, market), YEARS)!.city.market.residentShare[0]).toBe(1);
    const c = coverage(spatialCity(communities, market, { network }), YEARS)!;
    expect(c.mode).toBe('network');
    expect(c.city.market.residentShare[0]).toBe(0);
    // A bridge straight across (0 → 3, 300 m) brings it back within 1,000 m.
    const bridged = { ...network, edges: [...network.edges, [0, 3]] as [number, number][] };
    expect(coverage(spatialCity(communities, market, { network: bridged }), YEARS)!.city.market.residentShare[0]).toBe(1);
  });

  it('is null without spatial data, and the projection carries it', () => {
    const s = spatialCity([placed('A', 0.5, 0.5, 100)], [facility('M', 'market', 0.5, 0.5)]);
    const plain = structuredClone(s);
    delete plain.city.spatial;
    delete plain.city.facilities;
    expect(coverage(plain, YEARS)).toBeNull();
    expect(runScenario(plain).projection.coverage).toBeNull();
    expect(runScenario(s).projection.coverage!.city.market.residentShare).toEqual([1, 1, 1, 1, 1]);
  });

  it('leaves the scenario untouched', () => {
    const s = spatialCity([placed('A', 0.5, 0.5, 100)], [facility('M', 'market', 0.5, 0.5)]);
    const before = structuredClone(s);
    coverage(s, YEARS);
    runScenario(s);
    expect(s).toEqual(before);
  });
});
