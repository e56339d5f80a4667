/** The five-year projection: every year, every entity — requirements, supply, who pays and who is within the life circle. */
import { coverage, type ResidentsByYear } from './coverage/coverage';
import { prepareCoverage, type PreparedCoverage } from './coverage/prepare';
import type { CoverageResult } from './coverage/types';
import { flatten, type Flat } from './flatten';
import { RULE_SETS } from './policyLibrary';
import type { Projection } from './projection';
import { resolveParams } from './resolveParams';
import type { RuleSet } from './ruleSet';
import type { RunOptions } from './run';
import { COST_LINES, createRun, type Run } from './runState';
import { PAYERS, type DeferrableItem, type Payer, type Scenario } from './scenario';
import { stepBuilding, stepCompletions } from './steps/building';
import type { FacilityCharge } from './steps/facilityCharges';
import { stepFacilityCosts } from './steps/facilityCosts';
import { stepMigrants } from './steps/migrants';
import { stepPopulation } from './steps/population';
import { addHireCosts, stepRecurringCosts, type PayerSums } from './steps/recurringCosts';
import { stepRequirements } from './steps/requirements';
import { stepHiring, stepLeavers } from './steps/staffing';
import { unitCosts, type UnitCosts } from './steps/unitCosts';

const DEFERRABLE: DeferrableItem[] = ['hiring', 'building'];

export function horizonYears(scenario: Scenario): number[] {
  const { firstYear, lastYear } = scenario.horizon;
  return Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k);
}

/** The rule set a scenario names; throws with the known ids when it names none of them. */
export function ruleSetOf(scenario: Scenario, ruleSets: Record<string, RuleSet> = RULE_SETS): RuleSet {
  const ruleSet = ruleSets[scenario.ruleSet.id];
  if (!ruleSet) {
    throw new Error(`ruleSet.id: 未知的规则集 "${scenario.ruleSet.id}" / unknown rule set; known: ${Object.keys(ruleSets).join(', ')}`);
  }
  return ruleSet;
}

/**
 * What repeated runs of one city share (Monte Carlo draws, goal seek): the flat arrays and the coverage
 * preparation, made once. They must describe the scenario they are passed with; coverage may be
 * replaced by one that reuses work between runs and gives the same figures.
 */
export interface Prepared {
  flat: Flat;
  prep: PreparedCoverage | null;
  coverage?: (prep: PreparedCoverage, years: number[], residents: ResidentsByYear) => CoverageResult | null;
  /** the scenario's facilities booked to entities (steps/facilityCharges.ts) */
  facilityCharges?: FacilityCharge[];
  /** zeroed arrays for the run, e.g. an Arena's, reused once the projection is done with */
  alloc?: (length: number) => Float64Array;
}

/** Projects a validated scenario. */
export function project(scenario: Scenario, options: RunOptions = {}, prepared?: Prepared): Projection {
  const years = horizonYears(scenario);
  const params = resolveParams(ruleSetOf(scenario, options.ruleSets), scenario.ruleSet.overrides, years);
  const flat = prepared?.flat ?? flatten(scenario.city);
  const prep = prepared ? prepared.prep : prepareCoverage(scenario);
  const run = createRun(scenario, flat, params, years, prep, prepared?.facilityCharges, prepared?.alloc);
  // Only explicit projects name entities by id; a national sweep without them skips the map.
  const index = new Map<string, number>();
  if (scenario.plan.building.projects.length > 0) flat.entities.id.forEach((id, e) => index.set(id, e));
  const { priority, mode } = scenario.plan.shortfall;
  const order = [...priority, ...DEFERRABLE.filter((d) => !priority.includes(d))];
  for (let y = 0; y < years.length; y++) {
    stepPopulation(run, y);
    stepMigrants(run, y);
    stepRequirements(run, y);
    stepCompletions(run, y);
    stepLeavers(run, y);
    const u = unitCosts(run, y);
    const spent = stepRecurringCosts(run, y, u);
    // Facility openings are commitments of the plan: like running costs they are paid before new hires and starts.
    const facilities = stepFacilityCosts(run, y);
    for (const p of PAYERS) spent[p] += facilities[p];
    const budgets = budgetsOf(scenario, years[y]);
    for (const p of PAYERS) run.remaining[p] = budgets[p] === null ? Infinity : budgets[p] - spent[p];
    for (const item of order) {
      const add = item === 'hiring' ? hire(run, y, u, mode === 'defer') : stepBuilding(run, y, mode === 'defer', index);
      for (const p of PAYERS) spent[p] += add[p];
    }
    for (const p of PAYERS) {
      const budget = budgets[p];
      // Below one fen an excess is drift from sharing money out in fractions, not a shortfall.
      const over = budget === null ? 0 : spent[p] - budget;
      run.payers[p].push({ budget, spent: spent[p], shortfall: over > 0.01 ? over : 0 });
    }
    options.onProgress?.(y + 1, years.length);
  }
  return toProjection(run, prep, prepared?.coverage ?? coverage);
}

function budgetsOf(scenario: Scenario, year: number): Record<Payer, number | null> {
  const out = {} as Record<Payer, number | null>;
  for (const p of PAYERS) out[p] = scenario.plan.budgets[p]?.[String(year)] ?? null;
  return out;
}

/** Hires as many as capacity, gaps and (when deferring) the city's and district's remaining budgets allow. */
function hire(run: Run, y: number, u: UnitCosts, defer: boolean): PayerSums {
  const perHire: Record<'city' | 'district', number> = { city: u.payCity + u.subsidyCity, district: u.payDistrict + u.subsidyDistrict };
  let affordable = Infinity;
  let binding: 'city' | 'district' | undefined;
  if (defer) {
    for (const p of ['city', 'district'] as const) {
      if (perHire[p] <= 0 || run.remaining[p] === Infinity) continue;
      const n = Math.max(0, run.remaining[p]) / perHire[p];
      if (n < affordable) [affordable, binding] = [n, p];
    }
  }
  const { wanted } = stepHiring(run, y, affordable);
  const log = run.hiring[y];
  if (log.limitedBy === 'budget' && binding) {
    log.payer = binding;
    log.shortBy = wanted * perHire[binding] - Math.max(0, run.remaining[binding]);
  }
  const cost = addHireCosts(run, y, u);
  for (const p of PAYERS) run.remaining[p] -= cost[p];
  return cost;
}

function toProjection(run: Run, prep: PreparedCoverage | null, cover: NonNullable<Prepared['coverage']>): Projection {
  const { flat, scenario } = run;
  return {
    scenarioName: scenario.name,
    ruleSetId: scenario.ruleSet.id,
    baseYear: run.baseYear,
    years: run.years,
    nCommunities: flat.nCommunities,
    nStreets: flat.nStreets,
    nDistricts: flat.nDistricts,
    nEntities: flat.nEntities,
    entities: flat.entities,
    base: flat.base,
    series: run.series,
    costLines: COST_LINES,
    costs: run.costs,
    payers: run.payers,
    hiring: run.hiring,
    building: run.building,
    params: run.params,
    wage: run.wage,
    cityShareOfPay: run.cityShare,
    projectStarts: run.projectStarts,
    hiringShares: { certifiedShare: scenario.plan.hiring.certifiedShare, bachelorShare: scenario.plan.hiring.bachelorShare },
    autoBuild: {
      costPerM2: scenario.plan.building.costPerM2,
      payer: scenario.plan.building.payer,
      leadTimeYears: Math.max(1, scenario.plan.building.leadTimeYears),
    },
    facilityCharges: run.facilities,
    // Residents as projected, so coverage grows with households exactly as the other figures do.
    coverage: prep && cover(prep, run.years, { values: run.series.residents, stride: flat.nEntities }),
  };
}
