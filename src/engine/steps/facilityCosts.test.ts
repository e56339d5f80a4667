import { describe, expect, it } from 'vitest';
import { costTotal } from '../aggregate';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { fullRows } from '../../fixtures/tinyCity';
import { explain } from '../explain/index';
import { runScenario } from '../run';
import { summarize } from '../summary';

// One community with a 1 km square boundary at the origin, another 5 km east with only a location.
const communities = [
  placed('IN', 500, 500, 1000, { polygon: [[0, 0], [1000, 0], [1000, 1000], [0, 1000]] }),
  placed('FAR', 5000, 0, 1000),
];

function scenario() {
  return spatialCity(communities, [facility('OLD', 'market', 100, 100, 2015, { capitalCost: 9e9, runningCost: 50_000 })], {
    spatial: { cellSize: 100 },
    planned: [
      // Inside IN's boundary: booked to IN. Capital 2,000,000 in 2027, running 300,000 a year from 2027.
      facility('CLINIC', 'medical', 400, 600, 2027, { capitalCost: 2_000_000, runningCost: 300_000, payer: 'city' }),
      // Nearest to FAR but inside no boundary: booked to FAR's district, D1. District pays by default (the building payer).
      facility('GYM', 'sports', 4800, 300, 2029, { capitalCost: 1_500_000 }),
    ],
  });
}

describe('facility costs', () => {
  const p = runScenario(scenario()).projection;
  const city = (y: number) => costTotal(p, y, { payer: 'city', item: 'facility' });
  const district = (y: number) => costTotal(p, y, { payer: 'district', item: 'facility' });

  it('charge capital in the opening year and running costs from then on; an existing facility’s capital is spent', () => {
    expect([0, 1, 2, 3, 4].map(city)).toEqual([0, 2_300_000, 300_000, 300_000, 300_000]);
    // OLD runs 50,000 a year (opened 2015, its capital long spent); GYM adds 1,500,000 in 2029. Both are
    // paid by the district, the building programme's payer.
    expect([0, 1, 2, 3, 4].map(district)).toEqual([50_000, 50_000, 50_000, 1_550_000, 50_000]);
  });

  it('book a facility to the community whose boundary holds it, else to the district of the nearest community', () => {
    const at = (id: string) => p.entities.name[p.facilityCharges.find((f) => f.id === id)!.entity];
    expect(at('CLINIC')).toBe('IN');
    expect(at('OLD')).toBe('IN');
    expect(at('GYM')).toBe('D1');
  });

  it('explain themselves entity by entity', () => {
    const e = explain(p, 'entity/IN/2027/cost/facility/city');
    expect(e.value).toBe(2_300_000);
    expect(e.inputs.map((i) => [i.kind, i.value])).toEqual([['facilityCapital', 2_000_000], ['facilityRunning', 300_000]]);
    expect(e.rules).toEqual(['GOV2020-4b']);
    const d = explain(p, 'funding/district/2029/facility/district/D1');
    expect(d.value).toBe(1_550_000);
    expect(d.parts!.map((x) => x.path)).toEqual(['entity/IN/2029/cost/facility/district', 'entity/D1/2029/cost/facility/district']);
  });

  it('show in the summary only for payers that carry a facility', () => {
    const s = summarize(runScenario(scenario()));
    const items = (payer: string) => Object.keys(s.funding.find((f) => f.payer === payer && f.year === 2027)!.items);
    expect(items('city')).toContain('facility');
    expect(items('district')).toContain('facility');
    expect(items('street')).not.toContain('facility');
    expect(s.funding.find((f) => f.payer === 'city' && f.year === 2027)!.items.facility).toBe(2_300_000);
  });

  it('are a commitment: counted against the budget, any excess reported as a shortfall', () => {
    const s = scenario();
    s.plan.budgets = fullRows({ city: { '2027': 2_000_000 } }, s.horizon);
    s.plan.shortfall = { mode: 'defer', priority: ['hiring', 'building'] };
    const q = runScenario(s).projection;
    const spent = costTotal(q, 1, { payer: 'city' });
    expect(costTotal(q, 1, { payer: 'city', item: 'facility' })).toBe(2_300_000);
    expect(q.payers.city[1]).toMatchObject({ budget: 2_000_000, spent, shortfall: spent - 2_000_000 });
  });
});
