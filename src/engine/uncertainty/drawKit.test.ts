import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { prepareCoverage } from '../coverage/prepare';
import { flatten } from '../flatten';
import { kitContext } from './drawContext';
import { drawKit } from './drawKit';
import { hashOf } from './hashSummary';
import { runDraws } from './runDraws';

const N = 30;
const demo = demoScenario();
const kit = drawKit(demo, flatten(demo.city), prepareCoverage(demo));

describe('drawKit', () => {
  it('carries no community and no population cell, and keeps the rest of the city', () => {
    expect(kit.scenario.city.districts.map((d) => d.streets.length)).toEqual(demo.city.districts.map(() => 0));
    expect(kit.scenario.city.districts.map((d) => d.id)).toEqual(demo.city.districts.map((d) => d.id));
    expect(kit.scenario.city.facilities).toBe(demo.city.facilities);
    expect(kit.prep!.cells.count).toBe(0);
    expect(kit.flat.nCommunities).toBe(demo.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities)).length);
    // the scenario passed in keeps its city
    expect(demo.city.districts[0].streets.length).toBeGreaterThan(0);
  });

  it('gives the same draws, bit for bit, as a context that flattens the city and places its own cells', () => {
    // as a draw worker receives it: a structured copy
    const ctx = kitContext(structuredClone(kit));
    expect(hashOf(runDraws(kit.scenario, 0, N, undefined, ctx))).toBe(hashOf(runDraws(demo, 0, N)));
  });

  it('prepares coverage without cells as reading the city again would, with and without a walking network', () => {
    expect(kit.prep).toEqual(prepareCoverage(demo, false));
    const shaped = spatialCity(
      [placed('A', 0, 0, 100), placed('B', 800, 0, 50, { polygon: [[700, -50], [900, -50], [900, 50], [700, 50]] }), placed('C', 400, 300, 0)],
      [facility('F', 'medical', 0, 0)],
      { planned: [facility('P', 'elderly', 800, 0, 2028)], spatial: { cellSize: 20, serviceCircles: [{ id: 'ten', minutes: 5, types: ['medical'] }] } },
    );
    const walked = { ...shaped, city: { ...shaped.city, walkingNetwork: { nodes: [[0, 0], [800, 0], [400, 300]] as [number, number][], edges: [[0, 1], [1, 2]] as [number, number][] } } };
    for (const s of [shaped, walked]) expect(drawKit(s, flatten(s.city), prepareCoverage(s)).prep).toEqual(prepareCoverage(s, false));
  });

  it('refuses rasters made for another scenario', () => {
    const later = structuredClone(kit);
    later.scenario.horizon.lastYear += 1;
    expect(() => kitContext(later)).toThrow(/another scenario/);
  });

  it('needs no rasters for a city without spatial data', () => {
    const { spatial: _spatial, ...city } = demo.city;
    const plain = { ...demo, city };
    const bare = drawKit(plain, flatten(city), prepareCoverage(plain));
    expect(bare.prep).toBeNull();
    expect(hashOf(runDraws(bare.scenario, 0, 5, undefined, kitContext(bare)))).toBe(hashOf(runDraws(plain, 0, 5)));
  });
});
