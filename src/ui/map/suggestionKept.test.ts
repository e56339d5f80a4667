/**
 * A site suggestion promises what adding it gives: the suggestion is taken into the plan the way the
 * map's 加入方案 does (siteFacilities + addFacilities, opening in the horizon's first year), the
 * scenario is run again, and the run's coverage in the suggestion's year equals the suggestion's
 * coverage after its last site — on the demo city and on generated cities, with and without a walking
 * network.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareCoverage, project, type CoverageKey, type Scenario } from '../../engine';
import { COVERAGE_KEYS } from '../../engine/coverage/coverage';
import { FACILITY_TYPES } from '../../engine/scenario';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { siteSuggestions } from '../../../workers/coverageLayers';
import { addFacilities, plannedName, siteFacilities } from '../editor/plan/facilities';

function kept(s: Scenario, type: CoverageKey, count: number, opening = s.horizon.firstYear) {
  const before = project(s);
  const suggestion = siteSuggestions(prepareCoverage(s)!, before, type, count)!;
  const yi = before.years.indexOf(suggestion.year);
  const promised = suggestion.coveredBefore + suggestion.sites.reduce((sum, site) => sum + site.newlyCovered, 0);
  const after = project(addFacilities(s, siteFacilities(suggestion.sites, opening, (place, t) => plannedName(place, t, '（规划）'))));
  const was = before.coverage!.city[type];
  const now = after.coverage!.city[type];
  return { suggestion, promised, before: was.coveredResidents[yi], after: now.coveredResidents[yi], residents: now.residents[yi], yi };
}

describe('a suggestion gives what it promised', () => {
  it('on the demo city: all five types at five sites, and one type at three', () => {
    const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;
    for (const [type, count] of [['all5', 5], ['elderly', 3]] as const) {
      const k = kept(demo, type, count);
      expect(k.suggestion.sites.length).toBeGreaterThan(0);
      expect(k.suggestion.coveredBefore).toBeCloseTo(k.before, 6);
      expect(k.promised).toBeCloseTo(k.after, 6);
      expect(k.suggestion.residents).toBeCloseTo(k.residents, 6);
      // the share the table's last row shows is the share the run shows
      expect(k.promised / k.suggestion.residents).toBeCloseTo(k.after / k.residents, 12);
    }
  });

  it('whatever the opening year within the horizon, for the suggestion’s year', () => {
    const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;
    const k = kept(demo, 'market', 2, demo.horizon.lastYear);
    expect(k.promised).toBeCloseTo(k.after, 6);
  });

  const arbCity = fc.record({
    towns: fc.array(fc.record({ x: fc.integer({ min: 0, max: 6000 }), y: fc.integer({ min: 0, max: 6000 }), residents: fc.integer({ min: 0, max: 5000 }), area: fc.integer({ min: 10_000, max: 2_000_000 }) }), { minLength: 1, maxLength: 8 }),
    facilities: fc.array(fc.record({ type: fc.constantFrom(...FACILITY_TYPES), x: fc.integer({ min: 0, max: 6000 }), y: fc.integer({ min: 0, max: 6000 }), opens: fc.constantFrom(2020, 2027, 2029) }), { maxLength: 10 }),
    network: fc.boolean(),
    type: fc.constantFrom(...COVERAGE_KEYS),
    count: fc.integer({ min: 1, max: 4 }),
    opening: fc.integer({ min: 2026, max: 2030 }),
  });

  it('on generated cities, straight-line or on a walking grid', () => {
    fc.assert(
      fc.property(arbCity, (c) => {
        const s = spatialCity(
          c.towns.map((t, i) => placed(`T${i}`, t.x, t.y, t.residents, { area: t.area })),
          c.facilities.map((f, i) => facility(`F${i}`, f.type, f.x, f.y, f.opens)),
          { spatial: { cellSize: 100 }, ...(c.network && { network: grid(7, 1000) }) },
        );
        const k = kept(s, c.type, c.count, c.opening);
        expect(k.suggestion.coveredBefore).toBeCloseTo(k.before, 6);
        expect(k.promised).toBeCloseTo(k.after, 6);
      }),
      { numRuns: 40 },
    );
  });
});

/** Footpaths on an n × n grid of nodes `step` metres apart, from the origin. */
function grid(n: number, step: number) {
  const nodes: [number, number][] = [];
  const edges: [number, number][] = [];
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      nodes.push([i * step, j * step]);
      const v = j * n + i;
      if (i > 0) edges.push([v - 1, v]);
      if (j > 0) edges.push([v - n, v]);
    }
  return { nodes, edges };
}
