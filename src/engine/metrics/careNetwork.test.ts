/**
 * Worked cases of NT2011-4's elderly care network under the shipped NT2011 rule set: stations by
 * presence in each community, the NT2011-4c points by count, and what they cost.
 */
import { describe, expect, it } from 'vitest';
import { facility } from '../../fixtures/spatialCity';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { project } from '../project';
import { costLineIndex } from '../runState';
import type { Facility } from '../scenario';
import { metricById } from './index';

const HORIZON = { baseYear: 2010, firstYear: 2011, lastYear: 2013 };
const communities = [
  community({ id: 'U1' }),
  community({ id: 'U2' }),
  community({ id: 'R1', kind: 'rural' }),
  community({ id: 'R2', kind: 'rural' }),
  community({ id: 'R3', kind: 'rural' }),
];

function run(existing: Facility[], planned: Facility[] = []) {
  const s = tinyCity(communities, { ruleSet: 'NT2011', horizon: HORIZON });
  s.city.facilities = existing;
  s.plan.facilities = planned;
  return project(s);
}
const value = (p: ReturnType<typeof run>, id: string, year: number, district = -1) => metricById(id)!.compute(p, p.years.indexOf(year), district);

describe('home-based care stations (NT2011-4)', () => {
  // U1 has a station from 2009; R1 opens one in 2012; a station assigned to no community counts for none.
  const p = run(
    [facility('S-U1', 'elderly', 0, 0, 2009, { community: 'U1' }), facility('S-loose', 'elderly', 0, 0, 2009)],
    [facility('S-R1', 'elderly', 0, 0, 2012, { community: 'R1', capitalCost: 200_000, runningCost: 50_000, payer: 'district' })],
  );

  it('counts presence per community by kind', () => {
    expect(value(p, 'careStationShare', 2011)).toBe(0.5); // U1 of U1, U2
    expect(value(p, 'careStationShareRural', 2011)).toBe(0); // R1 opens in 2012
    expect(value(p, 'careStationShareRural', 2012)).toBeCloseTo(1 / 3, 12); // R1 of three villages
  });

  it('counts the stations short of the rule: every urban community, 60% of rural ones', () => {
    // 2011: urban ⌈1 × 2⌉ − 1 = 1; rural ⌈0.6 × 3 = 1.8⌉ = 2 − 0 = 2; total 3.
    expect(value(p, 'careStationsShort', 2011)).toBe(3);
    // 2012: rural 2 − 1 (R1) = 1; urban still 1; total 2.
    expect(value(p, 'careStationsShort', 2012)).toBe(2);
  });

  it('has no station rule before 2011', () => {
    const before = project(tinyCity(communities, { ruleSet: 'NT2011', horizon: { baseYear: 2009, firstYear: 2010, lastYear: 2011 } }));
    expect(metricById('careStationShare')!.compute(before, 0, -1)).toBeNull();
  });

  it('books a station’s costs to its own community in the district’s budget', () => {
    // R1 is entity 2; 2012: capital 200,000 + running 50,000 = 250,000; 2013: running 50,000.
    const line = p.costs[costLineIndex('facility', 'district')];
    const at = (year: number) => line[p.years.indexOf(year) * p.nEntities + 2];
    expect([at(2011), at(2012), at(2013)]).toEqual([0, 250_000, 50_000]);
  });
});

describe('day-care stations, meal points and rehabilitation points (NT2011-4c)', () => {
  const points = (kind: 'dayCare' | 'meal' | 'rehab', n: number, year: number) =>
    Array.from({ length: n }, (_, k) => facility(`${kind}-${year}-${k}`, 'elderly', 0, 0, year, { carePoint: kind }));

  it('counts what is still to open against 30, 30 and 10 in 2012', () => {
    // open by 2012: 25 day-care (20 existing + 5 planned), 30 meal, 4 rehabilitation.
    // short: (30 − 25) + (30 − 30) + (10 − 4) = 5 + 0 + 6 = 11. 2011: no count is due yet.
    const p = run([...points('dayCare', 20, 2010), ...points('meal', 30, 2010), ...points('rehab', 4, 2010)], points('dayCare', 5, 2012));
    expect(value(p, 'carePointsShort', 2011)).toBeNull();
    expect(value(p, 'carePointsShort', 2012)).toBe(11);
    expect(value(p, 'carePointsShort', 2012, 0)).toBeNull(); // the clause counts the city area, not a district
    // a point is not a community's station
    expect(value(p, 'careStationShare', 2012)).toBe(0);
  });
});
