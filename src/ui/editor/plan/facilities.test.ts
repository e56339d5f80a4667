import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../../fixtures/tinyCity';
import type { Scenario } from '../../../engine/scenario';
import { addFacilities, locationAt, middleOf, nextFacilityId, plannedName, removeFacility, siteFacilities } from './facilities';

function city(): Scenario {
  const s = tinyCity([community({ id: 'A', location: { lon: 118.8, lat: 32.0 } }), community({ id: 'B', location: { lon: 118.9, lat: 32.1 } })]);
  s.city.spatial = { crs: 'wgs84' };
  s.city.facilities = [{ id: 'PF-market-1', name: 'm', type: 'market', location: { lon: 118.8, lat: 32 }, openingYear: 2020 }];
  return s;
}

describe('planned facilities', () => {
  it('adds facilities with fresh ids, estimated costs and rounded places, leaving the input alone', () => {
    const s = city();
    const before = structuredClone(s);
    const next = addFacilities(s, [
      { type: 'market', name: '甲市场', at: [118.812345678, 32.0123456], openingYear: 2027 },
      { type: 'market', name: '乙市场', at: [118.9, 32.1], openingYear: 2028 },
    ]);
    expect(s).toEqual(before);
    expect(next.plan.facilities).toEqual([
      // PF-market-1 is taken by an existing facility.
      { id: 'PF-market-2', name: '甲市场', type: 'market', location: { lon: 118.81235, lat: 32.01235 }, openingYear: 2027, capitalCost: 3_000_000, runningCost: 200_000 },
      { id: 'PF-market-3', name: '乙市场', type: 'market', location: { lon: 118.9, lat: 32.1 }, openingYear: 2028, capitalCost: 3_000_000, runningCost: 200_000 },
    ]);
  });

  it('removes one facility by index', () => {
    const s = addFacilities(city(), [
      { type: 'sports', name: 'a', at: [118.8, 32], openingYear: 2027 },
      { type: 'health', name: 'b', at: [118.8, 32], openingYear: 2027 },
    ]);
    expect(removeFacility(s, 0).plan.facilities?.map((f) => f.name)).toEqual(['b']);
  });

  it('keeps candidate sites in their own list, with ids no planned facility has', () => {
    const s = addFacilities(city(), [{ type: 'market', name: 'p', at: [118.8, 32], openingYear: 2027 }]);
    const next = addFacilities(s, [{ type: 'market', name: 'k', at: [118.9, 32.1], openingYear: 2026 }], 'candidateSites');
    // PF-market-1 existing, PF-market-2 planned: the candidate is PF-market-3
    expect(next.plan.candidateSites?.map((f) => [f.id, f.name])).toEqual([['PF-market-3', 'k']]);
    expect(next.plan.facilities?.map((f) => f.name)).toEqual(['p']);
    expect(removeFacility(next, 0, 'candidateSites').plan.candidateSites).toEqual([]);
  });

  it('finds the middle of the communities and writes places in the crs', () => {
    const [a, b] = middleOf(city());
    expect(a).toBeCloseTo(118.85, 9);
    expect(b).toBeCloseTo(32.05, 9);
    expect(locationAt('local', [1.234, -5.678])).toEqual({ x: 1.23, y: -5.68 });
    expect(nextFacilityId(city(), 'market')).toBe('PF-market-2');
  });

  it('names a planned facility after its place without repeating 社区', () => {
    expect(plannedName('凤湾社区', '社区服务中心', '（规划）')).toBe('凤湾社区服务中心（规划）');
    expect(plannedName('凤湾社区', '便民市场', '（规划）')).toBe('凤湾社区便民市场（规划）');
  });

  // The registry's estimates (scenarios/facilityCosts.json): capital from floor space at 5,000 yuan per m²
  // where a floor space is given (the embedded-facility guide's 600 m² minimum for a service complex,
  // STANDARDS.md); the rest are the stated estimates.
  it.each([
    { type: 'market', capital: 600 * 5_000, running: 200_000 }, // 600 m² × 5,000 = 3,000,000
    { type: 'culture', capital: 800 * 5_000, running: 300_000 }, // 800 m² × 5,000 = 4,000,000
    { type: 'service', capital: 600 * 5_000, running: 400_000 }, // 600 m² × 5,000 = 3,000,000
    { type: 'sports', capital: 1_500_000, running: 100_000 }, // courts, estimate
    { type: 'medical', capital: 5_000_000, running: 600_000 }, // fit-out and equipment, estimate
    { type: 'elderly', capital: 1_500_000, running: 300_000 }, // estimate
    { type: 'health', capital: 1_000_000, running: 400_000 }, // fit-out and equipment, estimate
  ] as const)('prices a planned $type at $capital yuan to build and $running a year to run', ({ type, capital, running }) => {
    const [added] = addFacilities(city(), [{ type, name: type, at: [118.8, 32], openingYear: 2027 }]).plan.facilities!;
    expect([added.capitalCost, added.runningCost]).toEqual([capital, running]);
  });

  it('turns suggested sites into one facility per type each needs', () => {
    const sites = [
      { x: 118.8, y: 32, nearestName: '甲社区', types: ['market', 'sports'] as const },
      { x: 118.9, y: 32.1, nearestName: '乙社区', types: ['service'] as const },
    ];
    const out = siteFacilities(sites, 2028, (place, type) => `${place}:${type}`);
    expect(out).toEqual([
      { type: 'market', name: '甲社区:market', at: [118.8, 32], openingYear: 2028 },
      { type: 'sports', name: '甲社区:sports', at: [118.8, 32], openingYear: 2028 },
      { type: 'service', name: '乙社区:service', at: [118.9, 32.1], openingYear: 2028 },
    ]);
    // Added in one structural edit, each with its estimate.
    const next = addFacilities(city(), out);
    expect(next.plan.facilities?.map((f) => [f.id, f.capitalCost])).toEqual([
      ['PF-market-2', 3_000_000],
      ['PF-sports-1', 1_500_000],
      ['PF-service-1', 3_000_000],
    ]);
  });
});
