import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { coverage } from '../coverage/coverage';
import { prepareCoverage } from '../coverage/prepare';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { keySeriesOf } from '../keySeries';
import { horizonYears } from '../project';
import { runScenario } from '../run';
import type { Scenario } from '../scenario';
import { applyDraw } from './applyDraw';
import { reweigh } from './coverageCache';
import { drawInputs } from './drawInputs';
import { runDraws } from './runDraws';

function tiny(): Scenario {
  const s = tinyCity([community({ id: 'A', growth: 0.01 }), community({ id: 'B', growth: 0.6 })], {
    plan: {
      hiring: { capacityPerYear: 40, attritionRate: 0.05, certifiedShare: 0.5, bachelorShare: 0.5 },
      pay: { perWorker: 100_000, growth: 0.03 },
      building: { leadTimeYears: 2, projects: [{ id: 'P', target: 'A', m2: 100, startYear: 2026, priority: 1, leadTimeYears: 1 }] },
      budgets: { district: { '2026': 1_000_000, '2027': 2_000_000 } },
    },
  });
  return {
    ...s,
    uncertainty: {
      draws: 10,
      inputs: [
        { what: 'householdGrowth', distribution: { kind: 'uniform', min: 0.41, max: 0.5 } },
        { what: 'wageGrowth', distribution: { kind: 'uniform', min: 0.01, max: 0.02 } },
        { what: 'budget', payer: 'district', distribution: { kind: 'uniform', min: 0.5, max: 0.6 } },
        { what: 'buildingDelay', distribution: { kind: 'uniform', min: 1.6, max: 2.4 } },
        { what: 'hiringSuccess', distribution: { kind: 'uniform', min: 0.5, max: 0.51 } },
      ],
    },
  };
}

describe('applyDraw', () => {
  it('applies every input as the scenario format says, without changing the scenario', () => {
    const s = tiny();
    const before = structuredClone(s);
    const draw = { index: 0, values: [0.45, 0.015, 0.5, 2, 0.5] };
    const out = applyDraw(s, draw);
    expect(s).toEqual(before);
    const [a, b] = out.city.districts[0].streets[0].communities;
    expect(a.growth).toBeCloseTo(0.46, 12); // 0.01 + 0.45
    expect(b.growth).toBe(1); // 0.6 + 0.45 = 1.05, held at the format's 1
    expect(out.plan.pay.growth).toBeCloseTo(0.045, 12); // 0.03 + 0.015
    // × 0.5; an unlimited year stays unlimited
    expect(out.plan.budgets.district).toEqual({ '2026': 500_000, '2027': 1_000_000, '2028': 'unlimited', '2029': 'unlimited', '2030': 'unlimited' });
    expect(out.plan.building.leadTimeYears).toBe(4); // 2 + 2
    expect(out.plan.building.projects[0].leadTimeYears).toBe(3); // 1 + 2
    expect(out.plan.hiring.capacityPerYear).toBe(20); // 40 × 0.5
  });

  it('leaves the scenario as it is at the neutral values', () => {
    const s = tiny();
    const out = applyDraw(s, { index: 0, values: [0, 0, 1, 0, 1] });
    expect(out).toEqual(s);
  });
});

describe('runDraws’ shared preparation', () => {
  const check = (s: Scenario, n: number) => {
    const chunk = runDraws(s, 0, n);
    const nt = chunk.targetIds.length;
    const ny = chunk.years.length;
    for (let k = 0; k < n; k++) {
      const { verdicts, projection } = runScenario(applyDraw(s, drawInputs(s, k)));
      expect(Array.from(chunk.values.subarray(k * nt, (k + 1) * nt))).toEqual(verdicts.map((v) => v.value ?? NaN));
      expect(Array.from(chunk.met.subarray(k * nt, (k + 1) * nt))).toEqual(verdicts.map((v) => (v.met ? 1 : 0)));
      const own = keySeriesOf(projection);
      chunk.seriesNames.forEach((name, j) => expect(Array.from(chunk.series[j].subarray(k * ny, (k + 1) * ny))).toEqual(Array.from(own[name]!)));
    }
  };

  it('gives what a full run of the perturbed scenario gives (tiny city)', () => check(tiny(), 6));

  it('gives what a full run gives on the demo, coverage and delayed openings included', () => {
    const demo = demoScenario();
    // Draws 0–11 include delays of 0 and 1 year, so both cached rasters are exercised and reused.
    const delays = new Set(Array.from({ length: 12 }, (_, k) => drawInputs(demo, k).values[4]));
    expect([...delays].sort()).toEqual([0, 1]);
    check(demo, 12);
  });

  it('reweighs the districts’ coverage when a target reads a district’s, and gives what a full run gives', () => {
    const demo = demoScenario();
    const district = demo.city.districts[1].id;
    const scoped = { ...demo, targets: [...demo.targets, { ...demo.targets.find((t) => t.metric === 'coverage.all5')!, id: 'life-circle-district', scope: { district } }] };
    check(scoped, 4);
  });

  it('reweighs cached coverage to exactly what coverage() gives for other residents', () => {
    const demo = demoScenario();
    const prep = prepareCoverage(demo)!;
    const years = horizonYears(demo);
    const nc = prep.nCommunities;
    const first = { values: Float64Array.from({ length: years.length * nc }, (_, i) => 1000 + (i % 97)), stride: nc };
    const second = { values: Float64Array.from({ length: years.length * nc }, (_, i) => 3000 - (i % 89)), stride: nc };
    const cached = coverage(prep, years, first)!;
    const fresh = coverage(prep, years, second)!;
    const reweighed = reweigh(prep, cached, second);
    expect(reweighed.city).toEqual(fresh.city);
    expect(reweighed.byDistrict).toEqual(fresh.byDistrict);
    // The city's figures alone, as draws that read no district's take them: the same, and no district's.
    const cityOnly = reweigh(prep, cached, second, cached.keys, false);
    expect(cityOnly.city).toEqual(fresh.city);
    expect(cityOnly.byDistrict).toEqual([]);
  });
});
