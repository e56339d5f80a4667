/** The five-year projection: every year, every entity — requirements, supply, who pays and who is within the life circle. */
import { coverage, type ResidentsByYear } from './coverage/coverage';
import { prepareCoverage, type PreparedCoverage } from './coverage/prepare';
import type { CoverageResult } from './coverage/types';
import type { Alloc } from './arena';
import { leftFor, openPools, shortfallOf, type Pools } from './budgetPools';
import { flatten, indicesOf, type Flat } from './flatten';
import { RULE_SETS } from './policyLibrary';
import type { Projection } from './projection';
import type { ParamKey } from './params';
import { inForceIn, overrideTable, resolveParams, type ParamTable } from './resolveParams';
import type { RuleSet } from './ruleSet';
import type { RunOptions } from './run';
import { ruleSetFor } from './scenarioRuleSet';
import { COST_LINES, createRun, type Run } from './runState';
import { endRun } from './endRun';
import { PAYERS, payerAt, type DeferrableItem, type Scenario } from './scenario';
import { stepBuilding } from './steps/building';
import type { FacilityCharge } from './steps/facilityCharges';
import { stepFacilityCosts } from './steps/facilityCosts';
import { careNetworkOf, type CareNetwork } from './careNetwork';
import { stepMigrants } from './steps/migrants';
import { stepModelReward } from './steps/modelReward';
import { addHireCosts, stepRecurringCosts, type PayerSums } from './steps/recurringCosts';
import { bookWaitingHires } from './steps/waitingHires';
import { openYear } from './steps/openYear';
import { HiringMoney } from './steps/hiringMoney';
import { stepHiring } from './steps/staffing';
import { unitCosts, type UnitCosts } from './steps/unitCosts';
import type { Unread } from './unread';

const DEFERRABLE: DeferrableItem[] = ['hiring', 'building'];

export function horizonYears(scenario: Scenario): number[] {
  const { firstYear, lastYear } = scenario.horizon;
  return Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k);
}

/** The rule set a scenario carries, else the one its id names; throws with the known ids when it names none of them. */
export function ruleSetOf(scenario: Scenario, ruleSets: Record<string, RuleSet> = RULE_SETS): RuleSet {
  const ruleSet = ruleSetFor(scenario.ruleSet, ruleSets);
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
  alloc?: Alloc;
  /** the scenario's care network (careNetwork.ts), when an earlier run with the same facilities made it */
  careNetwork?: CareNetwork;
  /** what the caller never reads of the projection, which the run may leave unworked */
  unread?: Unread;
  /** inForceIn(the scenario's rule set, its base year), when an earlier run of the same rule set worked it out */
  inForceAtBase?: ReadonlySet<ParamKey>;
  /** resolveParams of the scenario's rule set, overrides and years, when an earlier run of the same ones worked it out; the run only reads it */
  params?: ParamTable;
}

/** Projects a validated scenario. */
export function project(scenario: Scenario, options: RunOptions = {}, prepared?: Prepared): Projection {
  const years = horizonYears(scenario);
  const ruleSet = ruleSetOf(scenario, options.ruleSets);
  const params = prepared?.params ?? resolveParams(ruleSet, scenario.ruleSet.overrides, years);
  const flat = prepared?.flat ?? flatten(scenario.city);
  const prep = prepared ? prepared.prep : prepareCoverage(scenario);
  const run = createRun(scenario, flat, params, years, prep, prepared?.facilityCharges, prepared?.alloc, prepared?.unread);
  run.inForceAtBase = prepared?.inForceAtBase ?? inForceIn(ruleSet, scenario.horizon.baseYear);
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  const index = indicesOf(flat, Array.from(scenario.plan.building.projects, (p) => p.target));
  const { priority, mode } = scenario.plan.shortfall;
  const order = [...priority, ...DEFERRABLE.filter((d) => !priority.includes(d))];
  const money = new HiringMoney(run);
  for (let y = 0; y < years.length; y++) {
    stepYear(run, y, order, mode === 'defer', index, money);
    options.onProgress?.(y + 1, years.length);
  }
  const projection = toProjection(run, prep, prepared?.coverage ?? coverage, prepared?.careNetwork);
  endRun(run, projection);
  return projection;
}

/**
 * One year of the run, stepped in order. A function of its own, not the body of project's loop over
 * the years: V8 then compiles the year's steps once, where the hot loop was compiled twice, for the
 * next call and again on the stack in the middle of the loop (on-stack replacement), which cost a
 * Monte Carlo worker's first few hundred draws about a quarter of a second of compiling.
 */
function stepYear(run: Run, y: number, order: readonly DeferrableItem[], defer: boolean, index: (id: string) => number | undefined, money: HiringMoney): void {
  stepMigrants(run, y);
  // population, requirements, completions and leavers
  openYear(run, y);
  const u = unitCosts(run, y);
  const spent = stepRecurringCosts(run, y, u);
  // Facility openings are commitments of the plan: like running costs they are paid before new hires and starts.
  const facilities = stepFacilityCosts(run, y);
  for (const p of PAYERS) spent[p] += facilities[p];
  for (const a of run.deferred) a.fill(0);
  for (const a of run.deferredHires) a.fill(0);
  let pools = openPools(run, y, spent);
  for (const item of order) {
    const add = item === 'hiring' ? hire(run, y, u, money.year(u, defer), pools) : build(run, y, defer, index, pools);
    for (const p of PAYERS) spent[p] += add[p];
    // what was spent comes off the pool of its item, recounted from the cost lines
    pools = openPools(run, y, spent);
  }
  // NJ2007-21c: the reward fund judges the year's end, once hiring and building are done.
  const rewards = stepModelReward(run, y);
  if (rewards > 0) {
    spent.city += rewards;
    pools = openPools(run, y, spent);
  }
  for (const p of PAYERS) {
    const deferredIn = plainOf(run.deferred[payerAt(p)]);
    const deferred = deferredIn.reduce((a, b) => a + b, 0);
    const deferredHiresIn = plainOf(run.deferredHires[payerAt(p)]);
    run.payers[p].push({ budget: pools.budget[p], spent: spent[p], shortfall: shortfallOf(run, y, pools, p, spent[p]), deferred, deferredIn, deferredHiresIn });
  }
}

/** A typed array's values in a plain array: Array.from would walk an iterator, an object per value, every payer and year of every run. */
function plainOf(a: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i]);
  return out;
}

/** Starts building from each payer's building earmark where it has one (CS2010-7c-4), else from the rest of its budget. */
function build(run: Run, y: number, defer: boolean, index: (id: string) => number | undefined, pools: Pools): PayerSums {
  for (const p of PAYERS) run.remaining[payerAt(p)] = leftFor(run, pools, p, 'building');
  return stepBuilding(run, y, defer, index);
}

/**
 * Hires as many as capacity, gaps and (when deferring) the remaining budgets allow. Station hires are
 * establishment posts and are made first; community hires share what is left, each costed at its own
 * kind's split (GOV2020-3b's split covers urban communities only) plus its training (CS2010-7d).
 */
function hire(run: Run, y: number, u: UnitCosts, money: HiringMoney, pools: Pools): PayerSums {
  // A payer that earmarks staff pay (CS2010-7c-4) hires within what that earmark has left.
  for (const p of PAYERS) run.remaining[payerAt(p)] = leftFor(run, pools, p, 'staffPay');
  const { wanted, claims, places } = stepHiring(run, y, money.affordable);
  bookWaitingHires(run, y, money, wanted, claims, places);
  const cost = addHireCosts(run, y, u, places);
  for (const p of PAYERS) run.remaining[payerAt(p)] -= cost[p];
  return cost;
}

/** The projection of a run whose years are all stepped through; endRun (endRun.ts) must follow before another run of a city that size starts. */
export function toProjection(run: Run, prep: PreparedCoverage | null, cover: NonNullable<Prepared['coverage']>, care?: CareNetwork): Projection {
  const { flat, scenario } = run;
  return {
    scenarioName: scenario.name,
    ruleSetId: scenario.ruleSet.id,
    ...(scenario.ruleSet.custom && { customRuleSet: scenario.ruleSet.custom }),
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
    quotas: run.quotas,
    costs: run.costs,
    payers: run.payers,
    hiring: run.hiring,
    building: run.building,
    params: run.params,
    overrideFrom: overrideTable(scenario.ruleSet.overrides, run.years),
    districtParams: run.districtParams,
    districtCityShare: run.districtCityShare,
    pay: run.pay,
    inForceAtBase: [...run.inForceAtBase],
    projectStarts: run.projectStarts,
    hiringShares: { certifiedShare: scenario.plan.hiring.certifiedShare, bachelorShare: scenario.plan.hiring.bachelorShare },
    training: {
      perHire: scenario.plan.hiring.trainingCostPerHire ?? 0,
      payer: scenario.plan.hiring.trainingPayer ?? 'district',
      years: scenario.plan.hiring.trainingYears ?? 0,
    },
    autoBuild: {
      costPerM2: scenario.plan.building.costPerM2,
      payer: scenario.plan.building.payer,
      leadTimeYears: scenario.plan.building.leadTimeYears,
    },
    facilityCharges: run.facilities,
    careNetwork: care ?? careNetworkOf(scenario, flat, run.years),
    // Residents as projected, so coverage grows with households exactly as the other figures do.
    coverage: prep && cover(prep, run.years, { values: run.series.residents, stride: flat.nEntities }),
  };
}
