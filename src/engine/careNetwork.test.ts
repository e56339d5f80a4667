import { describe, expect, it } from 'vitest';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { careNetworkOf } from './careNetwork';
import { flatten } from './flatten';
import { horizonYears } from './project';

describe('the care network’s station years', () => {
  const base = demoScenario();
  const flat = flatten(base.city);
  const years = horizonYears(base);
  const noStations = { ...base, plan: { ...base.plan, facilities: (base.plan.facilities ?? []).filter((f) => f.type !== 'elderly') } };
  const allInfinity = (a: Float64Array) => a.every((x) => x === Infinity);

  it('is one shared array of Infinity for cities where no community has a station of its own', () => {
    const [a, b] = [careNetworkOf(noStations, flat, years), careNetworkOf(noStations, flat, years)];
    expect(a.stationFrom).toBe(b.stationFrom);
    expect(a.stationFrom.length).toBe(flat.nCommunities);
    expect(allInfinity(a.stationFrom)).toBe(true);
  });

  it('is a city’s own from its first station, and leaves the shared one as it was', () => {
    const shared = careNetworkOf(noStations, flat, years).stationFrom;
    const home = base.city.districts[0].streets[0].communities[1].id;
    const at = { lon: 0, lat: 0 };
    const station = { id: 'E-station', name: '居家养老服务站（规划）', type: 'elderly' as const, location: at, openingYear: 2028, community: home };
    const withStation = { ...noStations, plan: { ...noStations.plan, facilities: [...noStations.plan.facilities, station] } };
    const own = careNetworkOf(withStation, flat, years).stationFrom;
    expect(own).not.toBe(shared);
    // The station's community is entity 1 (communities first, in the city's order); every other has none.
    expect([own[0], own[1], own[2]]).toEqual([Infinity, 2028, Infinity]);
    expect(own.filter((x) => x !== Infinity).length).toBe(1);
    expect(allInfinity(shared)).toBe(true);
  });
});
