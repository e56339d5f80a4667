import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { prepareCoverage } from '../coverage/prepare';
import { flatten } from '../flatten';
import { kitContext } from './drawContext';
import type { DrawChunk } from './drawChunk';
import { drawKit, type DrawKit } from './drawKit';
import { hashOf } from './hashSummary';
import { runDraws } from './runDraws';

/** Every value of two chunks, Object.is: the index of the first that differs, -1 when none does. */
function firstDifference(a: DrawChunk, b: DrawChunk): number {
  const flat = (c: DrawChunk) => [c.from, c.to, ...c.years, ...c.targetIds, ...c.inputKeys, ...c.seriesNames, ...c.inputs, ...c.met, ...c.values, ...c.series.flatMap((s) => [...s])];
  const [x, y] = [flat(a), flat(b)];
  if (x.length !== y.length) return Math.min(x.length, y.length);
  return x.findIndex((v, k) => !Object.is(v, y[k]));
}

/** obj, noting each property read on it in `read` */
function watched<T extends object>(obj: T, read: Set<string | symbol>): T {
  return new Proxy(obj, {
    get(target, key, receiver) {
      read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const N = 30;
const demo = demoScenario();
const kit = drawKit(demo, flatten(demo.city), prepareCoverage(demo));

describe('drawKit', () => {
  it('carries no community and no population cell, and keeps the rest of the city', () => {
    expect(kit.scenario.city.districts.map((d) => d.streets.length)).toEqual(demo.city.districts.map(() => 0));
    expect(kit.scenario.city.districts.map((d) => d.id)).toEqual(demo.city.districts.map((d) => d.id));
    expect(kit.scenario.city.facilities).toBeUndefined();
    expect(kit.flat.entities.name).toEqual([]);
    expect(kit.scenario.city.spatial).toBe(demo.city.spatial);
    expect(kit.prep!.cells.count).toBe(0);
    expect(kit.flat.nCommunities).toBe(demo.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities)).length);
    // the scenario passed in keeps its city
    expect(demo.city.districts[0].streets.length).toBeGreaterThan(0);
  });

  it('gives, as a draw worker receives it, every value of the draws of a context that flattens the city and places its own cells, Object.is, over every building delay', () => {
    const full = runDraws(demo, 0, N);
    const fromKit = runDraws(kit.scenario, 0, N, undefined, kitContext(structuredClone(kit)));
    // the demo's delays are 0 and 1 year and its planned facilities cost something: both kinds of bookings are used
    expect(kit.bookings.delays.length).toBeGreaterThan(1);
    expect(kit.bookings.charges.entity.length).toBeGreaterThan(0);
    expect(new Set(Array.from(fromKit.inputs)).size).toBeGreaterThan(1);
    expect(firstDifference(fromKit, full)).toBe(-1);
  });

  it('differs from the full scenario when what the draws read is left out of the kit', () => {
    const full = runDraws(demo, 0, N);
    const broken: ((k: DrawKit) => void)[] = [
      // every delay given no delay's charges
      (k) => k.bookings.charges.openingYear.fill(k.bookings.charges.openingYear[0]),
      (k) => k.bookings.charges.capitalCost.fill(0),
      // which communities are rural
      (k) => (k.flat.entities.kind = new Uint8Array(0)),
    ];
    for (const breakKit of broken) {
      const k = structuredClone(kit);
      breakKit(k);
      let differs: boolean;
      try {
        differs = firstDifference(runDraws(k.scenario, 0, N, undefined, kitContext(k)), full) >= 0;
      } catch {
        differs = true;
      }
      expect(differs).toBe(true);
    }
  });

  it('draws read neither the city facilities nor the names the kit leaves out', () => {
    const cityRead = new Set<string | symbol>();
    const entitiesRead = new Set<string | symbol>();
    const flat = flatten(demo.city);
    const whole: DrawKit = {
      ...kit,
      scenario: { ...kit.scenario, city: watched({ ...kit.scenario.city, facilities: demo.city.facilities }, cityRead) },
      flat: { ...kit.flat, entities: watched(flat.entities, entitiesRead) },
    };
    const fromWhole = runDraws(whole.scenario, 0, N, undefined, kitContext(whole));
    expect(firstDifference(fromWhole, runDraws(demo, 0, N))).toBe(-1);
    // the watch sees what is read: the districts and which communities are rural are
    expect(cityRead.has('districts') && entitiesRead.has('kind')).toBe(true);
    expect(cityRead.has('facilities')).toBe(false);
    expect(entitiesRead.has('name')).toBe(false);
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
