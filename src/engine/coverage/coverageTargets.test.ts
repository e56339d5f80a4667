import { describe, expect, it } from 'vitest';
import { explain } from '../explain/index';
import { runScenario } from '../run';
import { buildRunView } from '../runView';
import type { Target } from '../scenario';
import { summarize } from '../summary';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';

const LIFE = ['market', 'sports', 'culture', 'service', 'medical'] as const;
const target = (id: string, metric: string, threshold: number, year = 2030): Target => ({ id, metric, threshold, year });

// Reach 1,000 m. NEAR (3,000 people) has all five types at 500 m from 2026; FAR (1,000) gets them only
// from a plan opening in 2028 — all but the medical facility.
function scenario() {
  const s = spatialCity(
    [placed('NEAR', 500.5, 0.5, 3000), placed('FAR', 10_000.5, 0.5, 1000)],
    LIFE.map((t) => facility(`N-${t}`, t, 0.5, 0.5)),
    { planned: LIFE.filter((t) => t !== 'medical').map((t) => facility(`F-${t}`, t, 10_000.5, 500.5, 2028)) },
  );
  s.targets = [
    target('all5', 'coverage.all5', 0.75),
    target('all5-high', 'coverage.all5', 0.9),
    target('market', 'coverage.market', 1, 2029),
    target('communities', 'coverageCommunities.all5', 0.5),
  ];
  return s;
}

describe('coverage metrics and verdicts', () => {
  const { projection: p, verdicts } = runScenario(scenario());
  const byId = Object.fromEntries(verdicts.map((v) => [v.targetId, v]));

  it('measure residents within reach: 3,000 of 4,000 for all five, everyone for the market from 2028', () => {
    expect(byId.all5).toMatchObject({ value: 0.75, met: true, firstYearMet: 2026, binding: null });
    expect(byId.market).toMatchObject({ value: 1, met: true, firstYearMet: 2028 });
    expect(byId.communities).toMatchObject({ value: 0.5, met: true });
    expect(p.coverage!.city.market.residentShare).toEqual([0.75, 0.75, 1, 1, 1]);
  });

  it('say how many residents remain beyond the walk when a target is missed', () => {
    expect(byId['all5-high']).toMatchObject({ value: 0.75, met: false });
    expect(byId['all5-high'].shortfall).toBeCloseTo(0.15, 12);
    expect(byId['all5-high'].binding).toEqual({ kind: 'coverageGap', type: 'all5', year: 2030, uncoveredResidents: 1000, minutes: 10 });
  });

  it('are null without spatial data, and say so', () => {
    const s = scenario();
    delete s.city.spatial;
    delete s.city.facilities;
    delete s.plan.facilities;
    const v = runScenario(s).verdicts;
    expect(v.every((x) => x.value === null && !x.met)).toBe(true);
    expect(v[0].binding).toEqual({ kind: 'noSpatialData' });
    const view = buildRunView(runScenario(s), s);
    expect(view.coverage).toBeNull();
    expect(summarize(runScenario(s)).coverage).toBeNull();
  });

  it('reach the run view and the summary', () => {
    const s = scenario();
    const result = runScenario(s);
    const view = buildRunView(result, s);
    const c = view.coverage!;
    expect(c.city.all5).toEqual([0.75, 0.75, 0.75, 0.75, 0.75]);
    expect(c.byDistrict.market).toEqual([[0.75, 0.75, 1, 1, 1]]);
    expect(c.cityCommunities.all5[0]).toBe(0.5);
    // year-major per community: NEAR 1, FAR 0 in every year
    expect(Array.from(c.communityAll5.subarray(0, 4))).toEqual([1, 0, 1, 0]);
    // the uncovered cells stay with the projection; the view, sent to the page, leaves them out
    expect(result.projection.coverage!.uncovered.count).toBe(2);
    expect(c).not.toHaveProperty('uncovered');
    expect(view.metrics.find((m) => m.id === 'coverage.all5')!.city).toEqual([0.75, 0.75, 0.75, 0.75, 0.75]);
    const rows = summarize(result).coverage!;
    expect(rows.find((r) => r.year === 2028 && r.type === 'market')).toEqual({
      year: 2028,
      type: 'market',
      residents: 4000,
      coveredResidents: 4000,
      residentShare: 1,
      communityShare: 1,
    });
  });

  it('explain themselves: covered over residents, and the reach', () => {
    const e = explain(p, 'coverage/all5/2030');
    expect(e).toMatchObject({ value: 0.75, unit: 'share', rules: ['GOV2020-4b'] });
    expect(e.inputs.map((i) => i.value)).toEqual([3000, 4000, 10, 100, 1]);
    expect(e.derived).toMatchObject([{ what: 'straightLineReach', value: 1000 }]);
    expect(explain(p, 'coverage/market/2028/district/D1').value).toBe(1);
    expect(() => explain(p, 'coverage/bank/2028')).toThrow(/unknown facility type "bank"/);
  });
});
