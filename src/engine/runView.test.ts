import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { METRIC_IDS } from '../registry/metrics';
import { runScenario } from './run';
import { buildRunView } from './runView';

const scenario = smallScenario();
const view = buildRunView(runScenario(scenario), scenario);

describe('buildRunView', () => {
  it('gives a verdict on one district the district’s name, and a city-wide one none', () => {
    // T1 is city-wide; T2 is on district D2, which the small scenario calls 南县.
    expect(view.verdicts.map((v) => [v.targetId, v.districtName])).toEqual([
      ['T1', undefined],
      ['T2', '南县'],
    ]);
  });

  it('carries the target’s own label and no other words', () => {
    expect(view.verdicts[0].label).toEqual({ zh: '专职工作者配备全部达标', en: 'Every community fully staffed' });
    expect(view.verdicts[1].label).toBeUndefined();
  });

  it('has every metric of the registry, in its order', () => {
    expect(view.metrics.map((m) => m.id)).toEqual(METRIC_IDS);
  });

  it('sums spending over every cost line, by community and by district, to the last bit', () => {
    // Each community's spending is its cost lines added in their order; a district's adds the lines of
    // every entity in it (communities, streets, the district itself), line by line, entity by entity.
    const p = runScenario(scenario).projection;
    const years = p.years.length;
    const community = new Float64Array(p.nCommunities * years);
    const district = new Float64Array(p.nDistricts * years);
    for (const line of p.costs) {
      for (let y = 0; y < years; y++) {
        for (let e = 0; e < p.nEntities; e++) {
          const v = line[y * p.nEntities + e];
          if (e < p.nCommunities) community[y * p.nCommunities + e] += v;
          district[y * p.nDistricts + p.entities.district[e]] += v;
        }
      }
    }
    expect(p.costs.some((line) => line.every((v) => v === 0))).toBe(true);
    expect(p.costs.some((line) => line.some((v) => v !== 0))).toBe(true);
    expect(Array.from(view.communities.spending)).toEqual(Array.from(community));
    expect(view.spendingByDistrict).toEqual(Array.from({ length: p.nDistricts }, (_, d) => p.years.map((_, y) => district[y * p.nDistricts + d])));
  });

  it('leaves the community labels out when asked, and every figure as it was', () => {
    const bare = buildRunView(runScenario(scenario), scenario, false);
    const { id, name, street, ...figures } = bare.communities;
    expect([id, name, street]).toEqual([[], [], []]);
    expect(view.communities.id.length).toBe(view.communities.count);
    const { id: _i, name: _n, street: _s, ...withLabels } = view.communities;
    expect(figures).toEqual(withLabels);
    expect({ ...bare, communities: null }).toEqual({ ...view, communities: null });
  });
});
