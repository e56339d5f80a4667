import { describe, expect, it } from 'vitest';
import { facility, placed, spatialCity } from '../src/fixtures/spatialCity';
import { prepareCoverage, project } from '../src/engine';
import { coverageLayers, NEVER, siteSuggestions } from './coverageLayers';

// 100 m cells, reach 1,000 m. Town A at the origin has all five types from 2020; town B, 5 km east,
// gets a market in 2028 and nothing else.
const FIVE = (['market', 'sports', 'culture', 'service', 'medical'] as const).map((t) => facility(`A-${t}`, t, 50, 50));
const scenario = () =>
  spatialCity([placed('A', 50, 50, 3000), placed('B', 5050, 50, 1000)], FIVE, {
    planned: [facility('B-market', 'market', 5050, 50, 2028)],
    spatial: { cellSize: 100 },
  });

describe('coverageLayers', () => {
  const s = scenario();
  const p = project(s);
  const layers = coverageLayers(prepareCoverage(s), p, 7)!;
  const at = (key: string, cell: number) => layers.first[layers.keys.indexOf(key as never) * layers.count + cell];
  const cellOf = (community: number) => layers.community.indexOf(community);

  it('gives each cell the first horizon year it is within reach of each type, and of all five', () => {
    expect(layers.runId).toBe(7);
    expect(layers.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    const a = cellOf(0);
    const b = cellOf(1);
    expect(at('market', a)).toBe(0);
    expect(at('all5', a)).toBe(0);
    // The market opens in 2028, year index 2; B never gets the other four, so never all five.
    expect(at('market', b)).toBe(2);
    expect(at('sports', b)).toBe(NEVER);
    expect(at('all5', b)).toBe(NEVER);
    expect(at('elderly', a)).toBe(NEVER);
  });

  it('carries community shares and residents per year as copies, not the projection’s arrays', () => {
    expect(Array.from(layers.communityShare.market.subarray(0, 2))).toEqual([1, 0]);
    expect(Array.from(layers.communityShare.market.subarray(2 * 2, 2 * 2 + 2))).toEqual([1, 1]);
    expect(layers.communityShare.market.buffer).not.toBe(p.coverage!.communityShare.market.buffer);
    expect(Array.from(layers.communityResidents.subarray(0, 2))).toEqual([3000, 1000]);
    expect(layers.communityIds).toEqual(['A', 'B']);
    expect(layers.x[cellOf(1)]).toBe(5050);
  });
});

describe('siteSuggestions', () => {
  it('names the nearest community and, for all5, the types still missing there', () => {
    const s = scenario();
    const p = project(s);
    const r = siteSuggestions(prepareCoverage(s)!, p, 'all5', 3)!;
    expect(r.year).toBe(2030);
    expect(r.sites).toHaveLength(1);
    expect(r.sites[0]).toMatchObject({ x: 5050, y: 50, newlyCovered: 1000, nearestId: 'B', types: ['sports', 'culture', 'service', 'medical'] });
    expect(r.bound).toBeCloseTo(0.632, 3);
    expect(r.guarantee.en).toMatch(/Nemhauser/);
  });
});
