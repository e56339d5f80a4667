/** Validation of the life-circle fields: where things are, in the form the crs says. */
import { describe, expect, it } from 'vitest';
import type { Facility, Scenario } from '../engine/scenario';
import { smallScenario } from '../fixtures/smallScenario';
import { validateScenario, type ValidationError } from './validateScenario';

const C = (d: number, s: number, c: number) => `city.districts[${d}].streets[${s}].communities[${c}]`;
const market = (id: string, openingYear: number, over: Partial<Facility> = {}): Facility => ({
  id,
  name: id,
  type: 'market',
  location: { lon: 118.8, lat: 32.05 },
  openingYear,
  ...over,
});

/** The small scenario with every community placed in WGS-84 and two facilities. */
function spatialScenario(): Scenario {
  const s = smallScenario();
  s.city.spatial = { crs: 'wgs84', cellSize: 100, walk: { minutes: 15 } };
  let k = 0;
  for (const d of s.city.districts) for (const st of d.streets) for (const c of st.communities) c.location = { lon: 118.8 + 0.01 * k++, lat: 32.05 };
  s.city.facilities = [market('F1', 2020)];
  s.plan.facilities = [market('F2', 2028, { capitalCost: 2e6, runningCost: 3e5, payer: 'district' })];
  return s;
}

function errorsOf(input: unknown): ValidationError[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

describe('validateScenario: spatial data', () => {
  it('accepts a placed city with facilities, areas, a polygon and a walking network, and keeps them', () => {
    const s = spatialScenario();
    const c = s.city.districts[0].streets[0].communities[0];
    c.area = 450_000;
    c.polygon = [[118.79, 32.04], [118.81, 32.04], [118.81, 32.06]];
    s.city.walkingNetwork = { nodes: [[118.79, 32.04], [118.8, 32.05]], edges: [[0, 1]] };
    const result = validateScenario(s);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.scenario).toEqual(s);
  });

  it.each([
    {
      name: 'facilities without a crs',
      change: (s: Scenario) => delete s.city.spatial,
      expected: [
        { path: 'city.facilities', en: 'needs city.spatial with a crs ("wgs84" or "local") so that locations can be read' },
        { path: 'plan.facilities', en: 'needs city.spatial with a crs ("wgs84" or "local") so that locations can be read' },
      ],
    },
    {
      name: 'a location in the other form than the crs',
      change: (s: Scenario) => {
        s.city.districts[0].streets[0].communities[1].location = { x: 10, y: 20 };
        s.plan.facilities![0].location = { x: 1, y: 2 };
      },
      expected: [
        { path: `${C(0, 0, 1)}.location`, en: 'city.spatial.crs is "wgs84", so the location must be longitude/latitude { lon, lat }' },
        { path: 'plan.facilities[0].location', en: 'city.spatial.crs is "wgs84", so the location must be longitude/latitude { lon, lat }' },
      ],
    },
    {
      name: 'a community that cannot be placed',
      change: (s: Scenario) => delete s.city.districts[1].streets[0].communities[0].location,
      expected: [
        { path: `${C(1, 0, 0)}.location`, en: 'every community needs a location or a polygon once city.spatial is set, or its residents cannot be placed' },
      ],
    },
    {
      name: 'duplicate facility ids across existing and planned',
      change: (s: Scenario) => (s.plan.facilities![0].id = 'F1'),
      expected: [{ path: 'plan.facilities[0].id', en: 'duplicate facility id "F1", already used by city.facilities[0]' }],
    },
    {
      name: 'opening years: existing after the base year, planned outside the horizon',
      change: (s: Scenario) => {
        s.city.facilities![0].openingYear = 2026;
        s.plan.facilities![0].openingYear = 2031;
      },
      expected: [
        {
          path: 'city.facilities[0].openingYear',
          en: 'an existing facility must open by the base year 2025, got 2026; list later openings in plan.facilities',
        },
        { path: 'plan.facilities[0].openingYear', en: 'must be within the horizon 2026–2030, got 2031' },
      ],
    },
    {
      name: 'a candidate site: an id a planned facility has, an earliest year outside the horizon, a place not in the crs',
      change: (s: Scenario) => {
        s.plan.candidateSites = [market('F2', 2031, { location: { x: 1, y: 2 } })];
      },
      expected: [
        { path: 'plan.candidateSites[0].id', en: 'duplicate facility id "F2", already used by plan.facilities[0]' },
        { path: 'plan.candidateSites[0].location', en: 'city.spatial.crs is "wgs84", so the location must be longitude/latitude { lon, lat }' },
        { path: 'plan.candidateSites[0].openingYear', en: 'must be within the horizon 2026–2030, got 2031' },
      ],
    },
    {
      name: 'a network edge to a node that does not exist, a polygon point off the globe',
      change: (s: Scenario) => {
        s.city.walkingNetwork = { nodes: [[118.79, 32.04], [118.8, 32.05]], edges: [[0, 2]] };
        s.city.districts[0].streets[0].communities[0].polygon = [[118.79, 32.04], [218.81, 32.04], [118.81, 32.06]];
      },
      expected: [
        { path: `${C(0, 0, 0)}.polygon[1]`, en: 'must be [lon, lat] within ±180 and ±90, got [218.81, 32.04]' },
        { path: 'city.walkingNetwork.edges[0][1]', en: 'must be a node index from 0 to 1, got 2' },
      ],
    },
  ])('reports $name', ({ change, expected }) => {
    const s = spatialScenario();
    change(s);
    expect(errorsOf(s).map(({ path, en }) => ({ path, en }))).toEqual(expected);
  });

  it('rejects shapes the schema forbids, naming the field', () => {
    const s = spatialScenario() as unknown as Record<string, any>;
    s.city.spatial.walk.detourFactor = 0.8;
    s.city.facilities[0].type = 'bank';
    s.city.districts[0].streets[0].communities[0].polygon = [[1, 2], [3, 4]];
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['city.spatial.walk.detourFactor', 'city.facilities[0].type', `${C(0, 0, 0)}.polygon`]),
    );
    for (const e of errorsOf(s)) expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('validateScenario: elderly care stations and points (NT2011-4)', () => {
  it('accepts a station of a community and a point of none', () => {
    const s = spatialScenario();
    s.city.facilities!.push(market('E1', 2020, { type: 'elderly', community: 'D1-S1-C1' }), market('E2', 2020, { type: 'elderly', carePoint: 'meal' }));
    expect(validateScenario(s).ok).toBe(true);
  });

  it.each([
    { name: 'a community that does not exist', over: { type: 'elderly', community: 'nowhere' }, field: 'community', en: 'no community has the id "nowhere"' },
    { name: 'a street where a community is wanted', over: { type: 'elderly', community: 'D1-S1' }, field: 'community', en: 'a community id is needed' },
    { name: 'a market with a community', over: { community: 'D1-S1-C1' }, field: 'community', en: 'only an elderly facility' },
    { name: 'a point that is also a station', over: { type: 'elderly', community: 'D1-S1-C1', carePoint: 'rehab' }, field: 'community', en: 'leave its community blank' },
  ] as const)('names $name', ({ over, field, en }) => {
    const s = spatialScenario();
    s.city.facilities!.push(market('E1', 2020, over));
    const e = errorsOf(s).find((x) => x.path === `city.facilities[1].${field}`);
    expect(e?.en).toContain(en);
    expect(e?.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
