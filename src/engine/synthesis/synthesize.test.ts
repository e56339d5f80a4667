import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { community, synthesisCity, target } from '../../fixtures/synthesisCity';
import { runScenario } from '../run';
import { highsSolver } from './highsSolver';
import type { Solver } from './model';
import { synthesize, type SynthesisResult } from './synthesize';

let solver: Solver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

/** The plan the synthesis returns, run again by the engine: every chosen target met. */
function reRunMeets(r: SynthesisResult, ids: string[]): void {
  expect(r.status).toBe('accepted');
  const verdicts = runScenario(r.scenario!).verdicts.filter((v) => ids.includes(v.targetId));
  expect(verdicts.map((v) => [v.targetId, v.met])).toEqual(ids.map((id) => [id, true]));
}

// Two communities short of floor space (GOV2020-4: max(300, 30 m² per 100 households)), lead time 1 year:
//   A: 2,000 households → 600 m² required, has 450 → builds 150 m² × 4,000 = 600,000 yuan
//   B: 1,200 households → 360 m² required, has 200 → builds 160 m² × 4,000 = 640,000 yuan
// Only a 2026 start completes by 2027. Half the communities by 2027 → A alone (600,000 < 640,000);
// all of them → both (1,240,000), and both must start in 2026.
const twoShort = () => [community({ id: 'A', households: 2000, space: 450, staff: { inPost: 6, certified: 0, bachelor: 0 } }), community({ id: 'B', households: 1200, space: 200, staff: { inPost: 5, certified: 0, bachelor: 0 } })];

describe('plan synthesis: hand-worked optima (GOV2020-3a, GOV2020-4)', () => {
  it('half the communities meet the space rule by 2027: only the cheaper gap is built, in 2026', () => {
    const s = synthesisCity(twoShort(), 2027, { targets: [target('half', 'spaceShareMet', 0.5, 2027)] });
    const r = synthesize(s, solver);
    expect(r.plan!.starts).toEqual([{ year: 2026, community: 'A', m2: 150, yuan: 600_000 }]);
    reRunMeets(r, ['half']);
  });

  it('every community by 2027: both gaps, 1,240,000 yuan, started in 2026', () => {
    const s = synthesisCity(twoShort(), 2027, { targets: [target('all', 'spaceShareMet', 1, 2027)] });
    const r = synthesize(s, solver);
    expect(r.plan!.starts.map((x) => [x.community, x.year, x.yuan])).toEqual([['A', 2026, 600_000], ['B', 2026, 640_000]]);
    reRunMeets(r, ['all']);
  });

  // Staffing under a district quota: two communities of 1,750 households → shares 1,750 / 350 = 5
  // each → quota 10; 6 in post, no leavers. The engine hires min(gap, capacity) each year:
  //   capacity 4: 4 hires in 2026 → 4 × 100,000 × 2 years = 800,000 yuan of new pay
  //   capacity 3: 3 + 1       → (3 × 2 + 1) × 100,000 = 700,000
  //   capacity 2: 2 + 2       → (2 × 2 + 2) × 100,000 = 600,000, 10 in post in 2027: met
  //   capacity 1: 1 + 1       → 8 in post in 2027: not met
  // Least cost: capacity 2; pay in all 2 × 6 × 100,000 + 600,000 = 1,800,000 yuan.
  it('staffed to quota by 2027 at least cost: recruit 2 a year, not 4 at once', () => {
    const s = synthesisCity(
      [community({ id: 'A', households: 1750, staff: { inPost: 3, certified: 0, bachelor: 0 }, space: 600 }), community({ id: 'B', households: 1750, staff: { inPost: 3, certified: 0, bachelor: 0 }, space: 600 })],
      2027,
      { targets: [target('staffed', 'staffingShareMet', 1, 2027)] },
    );
    const r = synthesize(s, solver, { freeHiring: true });
    expect(r.plan!.capacity).toBe(2);
    const p = runScenario(r.scenario!).projection;
    const pay = p.costs.slice(0, 2).reduce((sum, line) => sum + Array.from(line).reduce((a, b) => a + b, 0), 0);
    expect(pay).toBeCloseTo(1_800_000, 6);
    reRunMeets(r, ['staffed']);
  });

  // The cheapest way to half the communities is A at 600,000 yuan in 2026, and pay is 11 workers ×
  // 100,000 × 5:5 → 550,000 a year to the district: 1,150,000 in 2026. A ceiling of 1,000,000 a year
  // for the district cannot hold with the target.
  it('names the conflict: the target and the district ceiling cannot both be met (i18n/synthesis.test.ts words it)', () => {
    const s = synthesisCity(twoShort(), 2027, {
      targets: [{ ...target('half', 'spaceShareMet', 0.5, 2027), label: { zh: '2027年50%社区用房达标', en: 'Half the communities at the space rule by 2027' } }],
      plan: { budgets: { district: { '2026': 2_000_000, '2027': 2_000_000 } } },
    });
    const r = synthesize(s, solver, { budgetCeiling: { district: 1_000_000 } });
    expect(r.status).toBe('infeasible');
    expect(r.conflict).toEqual([{ kind: 'target', targetId: 'half' }, { kind: 'budgetCeiling', payer: 'district', yuan: 1_000_000 }]);
  });

  // With a ceiling of 1,200,000 the 2026 district spending of 1,150,000 fits; one more 万元 of ceiling
  // saves nothing (not binding) while a fixed budget at exactly the spending would be worth a start.
  it('a ceiling that holds: the plan is found and the ceiling is worth nothing at the margin', () => {
    const s = synthesisCity(twoShort(), 2027, {
      targets: [target('half', 'spaceShareMet', 0.5, 2027)],
      plan: { budgets: { district: { '2026': 2_000_000, '2027': 2_000_000 } } },
    });
    const r = synthesize(s, solver, { budgetCeiling: { district: 1_200_000 } });
    reRunMeets(r, ['half']);
    expect(r.plan!.budgets.district).toEqual({ '2026': 1_150_000, '2027': 550_000 });
    const d2026 = r.limitValues!.find((v) => v.limit.kind === 'budget' && v.limit.year === 2026)!;
    expect(d2026.value).toBe(0);
  });

  // Budgets that may not fall: the district spends 1,150,000 in 2026 (A's start and half of 11
  // workers' pay) and 550,000 in 2027, so its 2027 budget is held up to 1,150,000 as well.
  it('budgets that may not fall year on year carry the 2026 level into 2027', () => {
    const s = synthesisCity(twoShort(), 2027, {
      targets: [target('half', 'spaceShareMet', 0.5, 2027)],
      plan: { budgets: { district: { '2026': 2_000_000, '2027': 2_000_000 } } },
    });
    const r = synthesize(s, solver, { nonDecreasingBudgets: true });
    expect(r.plan!.budgets.district).toEqual({ '2026': 1_150_000, '2027': 1_150_000 });
    reRunMeets(r, ['half']);
  });
});
