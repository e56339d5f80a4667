/**
 * The solver's optimum against every plan of a tiny city, each run by the engine: recruitment
 * capacity 0–3 a year and, for each of three communities short of floor space, no start or a start in
 * 2026 or 2027 (lead time one year, horizon 2026–2028) — 4 × 3³ = 108 plans. A plan qualifies when the
 * engine meets both targets and the district never spends more than its ceiling in a year.
 */
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { community, synthesisCity, target } from '../../fixtures/synthesisCity';
import { runScenario } from '../run';
import { PAYERS, type BuildingProject, type Scenario } from '../scenario';
import { highsSolver } from './highsSolver';
import type { Solver } from './model';
import type { Objective } from './options';
import { synthesize } from './synthesize';

let solver: Solver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

// Shares of the district quota (GOV2020-3a): A 2,000 / 350 = 5.71, B and C the minimum 5 → quota 16,
// 14 in post. Space (GOV2020-4): A short 600 − 450 = 150 m², B 360 − 200 = 160, C 300 − 180 = 120.
const CEILING = 1_800_000;
const city = (): Scenario =>
  synthesisCity(
    [
      community({ id: 'A', households: 2000, space: 450, staff: { inPost: 5, certified: 0, bachelor: 0 } }),
      community({ id: 'B', households: 1200, space: 200, staff: { inPost: 5, certified: 0, bachelor: 0 } }),
      community({ id: 'C', households: 1000, space: 180, staff: { inPost: 4, certified: 0, bachelor: 0 } }),
    ],
    2028,
    {
      targets: [target('space', 'spaceShareMet', 0.6, 2028), target('staff', 'staffingShareMet', 1, 2027)],
      plan: { budgets: { district: { '2026': CEILING, '2027': CEILING, '2028': CEILING } } },
    },
  );
const SHORT: Record<string, number> = { A: 150, B: 160, C: 120 };

// By hand: staffing by 2027 needs 2 hires; capacity 1 (1 in 2026, 1 in 2027) adds 1 + 2 + 2 = 5
// worker-years (500,000 yuan) against 6 for capacity 2. Space: ⌈0.6 × 3⌉ = 2 communities by 2028, the
// cheapest pair A + C = 600,000 + 480,000. The district pays half of pay — 15 × 50,000 = 750,000 in
// 2026, 800,000 after — so both starts in one year (≥ 1,830,000) break the 1,800,000 ceiling: A in
// 2026 and C in 2027. Total: 14 × 100,000 × 3 years + 500,000 + 1,080,000 = 5,780,000 yuan.
// Least district peak: A in 2026 (750,000 + 600,000 = 1,350,000), C in 2027 (1,280,000) → 1,350,000
// (C first gives 1,400,000 in 2027; B in any pair costs more).
const HAND = { total: 5_780_000, districtPeak: 1_350_000 };

function withPlan(s: Scenario, capacity: number, starts: (number | null)[]): Scenario {
  const projects: BuildingProject[] = ['A', 'B', 'C'].flatMap((id, k) =>
    starts[k] === null ? [] : [{ id: `p-${id}`, target: id, m2: SHORT[id], startYear: starts[k]!, priority: 1 }],
  );
  return { ...s, plan: { ...s.plan, hiring: { ...s.plan.hiring, capacityPerYear: capacity }, building: { ...s.plan.building, projects }, budgets: {} } };
}

/** What the engine says a plan spends: per payer and year, yuan. */
function spending(s: Scenario): { ok: boolean; total: number; districtPeak: number } {
  const { projection: p, verdicts } = runScenario(s);
  const district = p.payers.district.map((y) => y.spent);
  const total = PAYERS.reduce((sum, payer) => sum + p.payers[payer].reduce((a, y) => a + y.spent, 0), 0);
  return { ok: verdicts.every((v) => v.met) && district.every((d) => d <= CEILING + 1e-6), total, districtPeak: Math.max(...district) };
}

function enumerate(): { total: number; districtPeak: number } {
  const s = city();
  let best = { total: Infinity, districtPeak: Infinity };
  const options = [null, 2026, 2027];
  for (let capacity = 0; capacity <= 3; capacity++)
    for (const a of options)
      for (const b of options)
        for (const c of options) {
          const r = spending(withPlan(s, capacity, [a, b, c]));
          if (!r.ok) continue;
          best = { total: Math.min(best.total, r.total), districtPeak: Math.min(best.districtPeak, r.districtPeak) };
        }
  return best;
}

describe('plan synthesis against enumeration of every plan', () => {
  const cases: { objective: Objective; key: 'total' | 'districtPeak' }[] = [
    { objective: { kind: 'total' }, key: 'total' },
    { objective: { kind: 'peak', payer: 'district' }, key: 'districtPeak' },
  ];
  it.each(cases)('$objective.kind: the solver finds the cheapest plan the enumeration finds', ({ objective, key }) => {
    const best = enumerate();
    expect(best[key]).toBeCloseTo(HAND[key], 2);
    const s = city();
    const r = synthesize(s, solver, { objective, freeHiring: true, budgetCeiling: { district: CEILING } });
    expect(r.status).toBe('accepted');
    const found = spending({ ...r.scenario!, plan: { ...r.scenario!.plan, budgets: {} } });
    expect(found.ok).toBe(true);
    expect(found[key]).toBeCloseTo(best[key], 2);
  });
});
