import { describe, expect, it } from 'vitest';
import { compare } from '../compare';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { runScenario } from '../run';
import { buildRunView } from '../runView';
import type { Scenario } from '../scenario';
import { runDraws } from '../uncertainty/runDraws';
import { summariseDraws } from '../uncertainty/summariseDraws';
import { buildDebrief } from './debrief';
import type { Exercise, Objective } from './exercise';
import { applyLevers } from '../levers';
import { evaluateObjectives, jointProbability } from './objectives';

// GOV2020: A needs ⌈3,000 / 350⌉ = 9 and has 6; B needs 5 and has 5. Pay 100,000 yuan, split 5:5 (GOV2020-3b).
const base = tinyCity(
  [community({ id: 'A', households: 3000, staff: { inPost: 6, certified: 0, bachelor: 0 } }), community({ id: 'B', households: 1200, staff: { inPost: 5, certified: 0, bachelor: 0 } })],
  {
    plan: { pay: { perWorker: 100_000, growth: 0 }, budgets: { district: { '2026': 600_000, '2027': 600_000, '2028': 600_000, '2029': 600_000, '2030': 600_000 } } },
    targets: [{ id: 'staff-2027', metric: 'staffingShareMet', threshold: 1, year: 2027 }],
  },
);
const viewOf = (s: Scenario) => buildRunView(runScenario(s), s);
const objectives: Objective[] = [
  { id: 'targets', kind: 'targets' },
  { id: 'gap', kind: 'metric', metric: 'staffGap', year: 2027, threshold: 0 },
  { id: 'city', kind: 'spending', payers: ['city'], item: 'staffPay', from: 2026, to: 2027, max: 1_200_000 },
  { id: 'no-short', kind: 'shortfall', payers: ['district'] },
  { id: 'budget', kind: 'spending', payers: ['district'], measure: 'budget', max: 3_000_000 },
];
const exercise = {
  levers: [{ path: 'plan.hiring.capacityPerYear', min: 0, max: 5, step: 1 }],
  objectives,
  reference: { values: { 'plan.hiring.capacityPerYear': 3 }, reasoning: { zh: '', en: '' } },
} as unknown as Exercise;

describe('objectives', () => {
  it('judges a plan from its run view', () => {
    // Hiring 1 a year: 12 in 2026, 13 in 2027 < 14 required, so the target and the gap fail.
    // City pay 2026–2027 = (12 + 13) × 100,000 × 0.5 = 1,250,000 > 1,200,000.
    // The district also pays 2 legal advisers × 20,000 = 40,000 a year (GOV2020-5) and, in 2026, 2 committee
    // elections × 20,000 = 40,000 (GOV2020-1). Against its 600,000 budget: 2026 12 × 50,000 + 80,000 = 680,000
    // (80,000 over); 2027 13 × 50,000 + 40,000 = 690,000 (90,000 over); 2028–2030 14 × 50,000 + 40,000 =
    // 740,000 (140,000 over each): 590,000 in all.
    const r = evaluateObjectives(objectives, viewOf(applyLevers(base, exercise.levers, { 'plan.hiring.capacityPerYear': 1 })));
    expect(r.map((x) => [x.id, x.met, x.value])).toEqual([
      ['targets', false, 0],
      ['gap', false, 1],
      ['city', false, 1_250_000],
      ['no-short', false, 590_000],
      ['budget', true, 3_000_000],
    ]);
    expect(r[0].missed).toEqual(['staff-2027']);
    // The shortfall objective names each payer-year over budget, by the amounts worked out above.
    expect(r[3].over).toEqual([
      { payer: 'district', year: 2026, yuan: 80_000, deferred: 0 },
      { payer: 'district', year: 2027, yuan: 90_000, deferred: 0 },
      { payer: 'district', year: 2028, yuan: 140_000, deferred: 0 },
      { payer: 'district', year: 2029, yuan: 140_000, deferred: 0 },
      { payer: 'district', year: 2030, yuan: 140_000, deferred: 0 },
    ]);
  });

  it('meets them when the plan hires fast enough and the budget covers its half', () => {
    // 14 workers from 2026: city pay 2026–2027 = 28 × 50,000 = 1,400,000 — over the ceiling of 1,200,000.
    // The district pays 14 × 50,000 + 40,000 legal advisers (+ 40,000 for the 2026 elections) ≤ 780,000 a year.
    const richer = { ...base, plan: { ...base.plan, budgets: { district: Object.fromEntries([2026, 2027, 2028, 2029, 2030].map((y) => [String(y), 780_000])) } } };
    const r = evaluateObjectives(objectives, viewOf(applyLevers(richer, exercise.levers, { 'plan.hiring.capacityPerYear': 3 })));
    expect(r.map((x) => x.met)).toEqual([true, true, false, true, false]);
    expect(r[3].over).toEqual([]);
    expect(r[4].value).toBe(3_900_000); // 5 × 780,000
  });

  it('counts hires that wait for the district’s money as over its budget, naming the payer and year', () => {
    // Deferring, capacity 3, district budget 700,000 a year. 2026: 11 in post × 50,000 + 40,000 legal advisers
    // + 40,000 elections = 630,000; the 70,000 left pays 1 hire (50,000), 2 wait: 2 × 50,000 = 100,000 deferred.
    // 2027: 12 × 50,000 + 40,000 = 640,000; 60,000 pays 1 hire, 1 waits: 50,000. 2028: 13 × 50,000 + 40,000
    // = 690,000; 10,000 pays none, the last one waits: 50,000. 2029: still 13, the same 50,000; so 2030.
    // Nothing is overspent, yet 100,000 + 4 × 50,000 = 300,000 waited: the objective fails.
    const deferring = { ...base, plan: { ...base.plan, shortfall: { mode: 'defer' as const, priority: ['hiring' as const, 'building' as const] }, budgets: { district: Object.fromEntries([2026, 2027, 2028, 2029, 2030].map((y) => [String(y), 700_000])) } } };
    const [short] = evaluateObjectives([objectives[3]], viewOf(applyLevers(deferring, exercise.levers, { 'plan.hiring.capacityPerYear': 3 })));
    expect(short.met).toBe(false);
    expect(short.value).toBeCloseTo(300_000, 6);
    expect(short.over?.map((o) => [o.year, Math.round(o.yuan), Math.round(o.deferred)])).toEqual([
      [2026, 100_000, 100_000],
      [2027, 50_000, 50_000],
      [2028, 50_000, 50_000],
      [2029, 50_000, 50_000],
      [2030, 50_000, 50_000],
    ]);
  });

  it('counts an unlimited budget as more than any ceiling', () => {
    const open = { ...base, plan: { ...base.plan, budgets: {} } };
    const [budget] = evaluateObjectives([objectives[4]], viewOf(open));
    expect(budget.value).toBe(Infinity);
    expect(budget.met).toBe(false);
  });

  it('gives the joint probability of the listed targets over draws, matching the engine’s own odds for one target', () => {
    const uncertain: Scenario = {
      ...applyLevers(base, exercise.levers, { 'plan.hiring.capacityPerYear': 2 }),
      uncertainty: { draws: 60, inputs: [{ what: 'hiringSuccess', distribution: { kind: 'uniform', min: 0.3, max: 1 } }] },
    };
    const chunk = runDraws(uncertain, 0, 60);
    const p = jointProbability(chunk);
    expect(p).toBe(summariseDraws([chunk]).targets[0].probability);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    const [odds] = evaluateObjectives([{ id: 'p', kind: 'probability', min: 0.5, draws: 60 }], viewOf(uncertain), chunk);
    expect(odds.value).toBe(p);
    expect(evaluateObjectives([{ id: 'p', kind: 'probability', min: 0.5, draws: 60 }], viewOf(uncertain))[0].met).toBeNull();
  });
});

describe('debrief', () => {
  it('sets the trainee’s plan beside the reference, with spending by payer as compare() counts it', () => {
    const yours = applyLevers(base, exercise.levers, { 'plan.hiring.capacityPerYear': 1 });
    const reference = applyLevers(base, exercise.levers, exercise.reference.values);
    const d = buildDebrief(exercise, { 'plan.hiring.capacityPerYear': 1 }, { yours: viewOf(yours), reference: viewOf(reference) });
    expect(d.met).toBe(false);
    expect(d.levers).toEqual([{ path: 'plan.hiring.capacityPerYear', yours: 1, reference: 3, same: false, delta: -2 }]);
    expect(d.objectives.find((o) => o.id === 'gap')?.delta).toBe(1);
    const c = compare([reference, yours]);
    for (const s of d.spending) {
      const theirs = c.spending.find((x) => x.payer === s.payer)!;
      expect(s.reference).toBeCloseTo(theirs.total[0], 6);
      expect(s.yours).toBeCloseTo(theirs.total[1], 6);
      expect(s.delta).toBeCloseTo(theirs.delta[1], 6);
    }
  });
});
