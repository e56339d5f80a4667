/**
 * A scenario as one draw would have it: household and wage growth shifted, budgets scaled, building
 * and planned openings delayed, hiring capacity cut. Returns a copy; the scenario passed in is never
 * changed. A delayed opening may fall after the horizon, which the engine handles (it never opens)
 * though the file checks would not accept it as typed.
 */
import { PAYERS, type BudgetAmount, type Budgets, type Community, type Facility, type Plan, type Scenario } from '../scenario';
import type { Draw } from './drawInputs';

/** src/io/scenarioSchema.ts: a growth rate lies in [-0.5, 1]. */
const GROWTH_MIN = -0.5;
const GROWTH_MAX = 1;

export const clampGrowth = (g: number): number => Math.min(GROWTH_MAX, Math.max(GROWTH_MIN, g));

/** The effect of a draw in a few numbers, each neutral when no input names it. */
export interface DrawEffect {
  householdGrowth: number;
  wageGrowth: number;
  budget: Record<'city' | 'district' | 'street', number>;
  buildingDelay: number;
  hiringSuccess: number;
}

export function effectOf(scenario: Scenario, draw: Draw): DrawEffect {
  const effect: DrawEffect = { householdGrowth: 0, wageGrowth: 0, budget: { city: 1, district: 1, street: 1 }, buildingDelay: 0, hiringSuccess: 1 };
  (scenario.uncertainty?.inputs ?? []).forEach((input, k) => {
    const v = draw.values[k];
    if (input.what === 'budget') effect.budget[input.payer] = v;
    else effect[input.what] = v;
  });
  return effect;
}

export function applyDraw(scenario: Scenario, draw: Draw): Scenario {
  const effect = effectOf(scenario, draw);
  const out = copyWith(scenario, { plan: perturbPlan(scenario.plan, effect) });
  if (effect.householdGrowth === 0) return out;
  const shift = (c: Community): Community => ({ ...c, growth: clampGrowth(c.growth + effect.householdGrowth) });
  out.city = {
    ...scenario.city,
    districts: scenario.city.districts.map((d) => ({ ...d, streets: d.streets.map((s) => ({ ...s, communities: s.communities.map(shift) })) })),
  };
  return out;
}

/** The plan's part of a draw; the city's (household growth) is applied by the caller. */
export function perturbPlan(plan: Plan, e: DrawEffect): Plan {
  const { hiring, pay, building } = plan;
  const delay = e.buildingDelay;
  return copyWith(plan, {
    hiring: e.hiringSuccess === 1 ? hiring : copyWith(hiring, { capacityPerYear: Math.round(hiring.capacityPerYear * e.hiringSuccess) }),
    pay: e.wageGrowth === 0 ? pay : copyWith(pay, { growth: clampGrowth(pay.growth + e.wageGrowth) }),
    budgets: scaleBudgets(plan.budgets, e.budget),
    // Copied even without a delay, so that a draw's building plan has one map (hidden class) whatever it draws.
    building: copyWith(building, {
      // the delay comes on top of a lead time of at least a year (io/planSchema.ts)
      leadTimeYears: building.leadTimeYears + delay,
      // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
      projects: Array.from(building.projects, (p) => (p.leadTimeYears === undefined ? p : copyWith(p, { leadTimeYears: p.leadTimeYears + delay }))),
    }),
    ...(plan.facilities && delay !== 0 && { facilities: delayedOpenings(plan.facilities, delay) }),
  });
}

/**
 * A copy of `o` with `changes` (properties `o` has): every copy of one object has one map (hidden class)
 * from the first call on. A spread's copies change map after a few calls, when V8's object-clone cache
 * takes over, and optimised code that read the first ones drops back to the interpreter.
 */
export const copyWith = <T extends object>(o: T, changes: Partial<T>): T => Object.assign({}, o, changes);

/** Planned facilities opening `delay` years later. */
// Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
export const delayedOpenings = (facilities: Facility[], delay: number): Facility[] => Array.from(facilities, (f) => copyWith(f, { openingYear: f.openingYear + delay }));

function scaleBudgets(budgets: Budgets, k: DrawEffect['budget']): Budgets {
  if (PAYERS.every((p) => k[p] === 1)) return budgets;
  const out: Budgets = {};
  for (const p of PAYERS) {
    const byYear = budgets[p];
    if (byYear) out[p] = k[p] === 1 ? byYear : scaled(byYear, k[p]);
  }
  return out;
}

/**
 * A payer's budgets times k, year by year. Written into an object key by key, not through
 * Object.entries and Object.fromEntries: their pairs were 2% of a draw's time.
 */
function scaled(byYear: Record<string, BudgetAmount>, k: number): Record<string, BudgetAmount> {
  const out: Record<string, BudgetAmount> = {};
  for (const year of Object.keys(byYear)) {
    const yuan = byYear[year];
    out[year] = yuan === 'unlimited' ? yuan : yuan * k;
  }
  return out;
}
