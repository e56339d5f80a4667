/**
 * Where draws read only the city's all5 coverage, a cached raster's figures are left to the draw's own
 * pass over each year's communities (drawContext.ts coverageLeft, drawSeries.ts). Every draw's key
 * series and target values stay what a full run of the drawn scenario gives, with Object.is: on the
 * demo and on random cities whose residents and openings move from draw to draw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { keySeriesOf } from '../keySeries';
import { runScenario } from '../run';
import { LIFE_CIRCLE_TYPES, type Scenario } from '../scenario';
import { applyDraw } from './applyDraw';
import { createDrawContext } from './drawContext';
import { drawInputs } from './drawInputs';
import { runDraws } from './runDraws';

const DRAWS = 6;

/** Where the draws, in one context, differ from full runs; and whether the context left the last draw's figures to the pass. */
function differences(s: Scenario): { out: string[]; left: boolean } {
  const ctx = createDrawContext(s);
  const chunk = runDraws(s, 0, DRAWS, undefined, ctx);
  const nt = s.targets.length;
  const ny = chunk.years.length;
  const out: string[] = [];
  const same = (what: string, a: number, b: number) => Object.is(a, b) || out.push(`${what}: ${a} vs ${b}`);
  for (let k = 0; k < DRAWS; k++) {
    const { verdicts, projection } = runScenario(applyDraw(s, drawInputs(s, k)));
    verdicts.forEach((v, t) => same(`draw ${k} ${v.targetId}`, chunk.values[k * nt + t], v.value ?? NaN));
    const own = keySeriesOf(projection);
    chunk.seriesNames.forEach((name, j) => own[name]!.forEach((x, y) => same(`draw ${k} ${name} ${y}`, chunk.series[j][k * ny + y], x)));
  }
  return { out, left: ctx.coverageLeft };
}

const at = fc.integer({ min: 0, max: 3000 });
const arbFacility = (opening: fc.Arbitrary<number>) => fc.record({ type: fc.constantFrom(...LIFE_CIRCLE_TYPES), x: at, y: at, opening });
const arbCity = fc.record({
  // one community in five without a place: its residents count in no coverage figure
  communities: fc.array(fc.record({ x: at, y: at, residents: fc.integer({ min: 0, max: 5000 }), unplaced: fc.integer({ min: 0, max: 4 }).map((k) => k === 0) }), { minLength: 1, maxLength: 12 }),
  own: fc.array(arbFacility(fc.integer({ min: 2010, max: 2031 })), { maxLength: 16 }),
  planned: fc.array(arbFacility(fc.integer({ min: 2020, max: 2032 })), { minLength: 1, maxLength: 8 }),
  year: fc.integer({ min: 2026, max: 2030 }),
  threshold: fc.constantFrom(0.3, 0.9),
});

/** A random city, some communities without a place, whose draws move households and delay the planned openings 0–1 years, with a target on the city's all5. */
function scenarioOf(c: typeof arbCity extends fc.Arbitrary<infer T> ? T : never): Scenario {
  const s = spatialCity(
    c.communities.map((m, k) => placed(`C${k}`, m.x, m.y, m.residents, m.unplaced ? { location: undefined } : {})),
    c.own.map((f, k) => facility(`F${k}`, f.type, f.x, f.y, f.opening)),
    { planned: c.planned.map((f, k) => facility(`P${k}`, f.type, f.x, f.y, f.opening)), spatial: { cellSize: 50 } },
  );
  s.targets = [{ id: 'all5', metric: 'coverage.all5', threshold: c.threshold, year: c.year }];
  s.uncertainty = {
    draws: DRAWS,
    inputs: [
      { what: 'householdGrowth', distribution: { kind: 'uniform', min: -0.2, max: 0.3 } },
      { what: 'buildingDelay', distribution: { kind: 'uniform', min: 0, max: 1.49 } },
    ],
  };
  return s;
}

describe("the city's coverage worked out in the draws' own pass", () => {
  it('gives the demo’s draws the figures of full runs, and is taken', () => {
    const { out, left } = differences(demoScenario());
    expect(out).toEqual([]);
    expect(left).toBe(true);
  });

  it('gives random cities’ draws the figures of full runs', () => {
    let left = 0;
    fc.assert(
      fc.property(arbCity, (c) => {
        const d = differences(scenarioOf(c));
        if (d.left) left++;
        return d.out.length === 0;
      }),
      { numRuns: 100 },
    );
    // the pass, not the cache, worked out the last draw's figures in most cities
    expect(left).toBeGreaterThan(50);
  });

  it('is not taken where a target reads a district’s coverage', () => {
    const demo = demoScenario();
    const s = { ...demo, targets: [...demo.targets, { id: 'd', metric: 'coverage.all5', threshold: 0.5, year: 2028, scope: { district: demo.city.districts[0].id } }] };
    const { out, left } = differences(s);
    expect(out).toEqual([]);
    expect(left).toBe(false);
  });
});
