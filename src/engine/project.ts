/** The five-year projection: every year, every entity — requirements, supply, who pays and who is within the life circle. */
import { coverage, type ResidentsByYear } from './coverage/coverage';
import { prepareCoverage, type PreparedCoverage } from './coverage/prepare';
import type { CoverageResult } from './coverage/types';
import type { Alloc } from './arena';
import { leftFor, openPools, shortfallOf, type Pools } from './budgetPools';
import { flatten, indicesOf, type Flat } from './flatten';
import { RULE_SETS } from './policyLibrary';
import type { Counts, Projection } from './projection';
import type { ParamKey } from './params';
import { inForceIn, overrideTable, resolveParams } from './resolveParams';
import type { RuleSet } from './ruleSet';
import type { RunOptions } from './run';
import { ruleSetFor } from './scenarioRuleSet';
import { COST_LINES, createRun, endRun, type Run } from './runState';
import { PAYERS, type DeferrableItem, type Payer, type Scenario } from './scenario';
import { stepBuilding } from './steps/building';
import type { FacilityCharge } from './steps/facilityCharges';
import { stepFacilityCosts } from './steps/facilityCosts';
import { careNetworkOf, type CareNetwork } from './careNetwork';
import { stepMigrants } from './steps/migrants';
import { stepModelReward } from './steps/modelReward';
import { addHireCosts, payClassOf, stepRecurringCosts, type PayerSums } from './steps/recurringCosts';
import { openYear } from './steps/openYear';
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
}

/** Projects a validated scenario. */
export function project(scenario: Scenario, options: RunOptions = {}, prepared?: Prepared): Projection {
  const years = horizonYears(scenario);
  const ruleSet = ruleSetOf(scenario, options.ruleSets);
  const params = resolveParams(ruleSet, scenario.ruleSet.overrides, years);
  const flat = prepared?.flat ?? flatten(scenario.city);
  const prep = prepared ? prepared.prep : prepareCoverage(scenario);
  const run = createRun(scenario, flat, params, years, prep, prepared?.facilityCharges, prepared?.alloc, prepared?.unread);
  run.inForceAtBase = prepared?.inForceAtBase ?? inForceIn(ruleSet, scenario.horizon.baseYear);
  const index = indicesOf(flat, scenario.plan.building.projects.map((p) => p.target));
  const { priority, mode } = scenario.plan.shortfall;
  const order = [...priority, ...DEFERRABLE.filter((d) => !priority.includes(d))];
  for (let y = 0; y < years.length; y++) {
    stepMigrants(run, y);
    // population, requirements, completions and leavers
    openYear(run, y);
    const u = unitCosts(run, y);
    const spent = stepRecurringCosts(run, y, u);
    // Facility openings are commitments of the plan: like running costs they are paid before new hires and starts.
    const facilities = stepFacilityCosts(run, y);
    for (const p of PAYERS) spent[p] += facilities[p];
    for (const p of PAYERS) {
      run.deferred[p].fill(0);
      run.deferredHires[p].fill(0);
    }
    let pools = openPools(run, y, spent);
    for (const item of order) {
      const add = item === 'hiring' ? hire(run, y, u, mode === 'defer', pools) : build(run, y, mode === 'defer', index, pools);
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
      const deferredIn = plainOf(run.deferred[p]);
      const deferred = deferredIn.reduce((a, b) => a + b, 0);
      const deferredHiresIn = plainOf(run.deferredHires[p]);
      run.payers[p].push({ budget: pools.budget[p], spent: spent[p], shortfall: shortfallOf(run, y, pools, p, spent[p]), deferred, deferredIn, deferredHiresIn });
    }
    options.onProgress?.(y + 1, years.length);
  }
  const projection = toProjection(run, prep, prepared?.coverage ?? coverage, prepared?.careNetwork);
  endRun(run, projection);
  return projection;
}

/** A typed array's values in a plain array: Array.from would walk an iterator, an object per value, every payer and year of every run. */
function plainOf(a: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) out.push(a[i]);
  return out;
}

/** Starts building from each payer's building earmark where it has one (CS2010-7c-4), else from the rest of its budget. */
function build(run: Run, y: number, defer: boolean, index: (id: string) => number | undefined, pools: Pools): PayerSums {
  for (const p of PAYERS) run.remaining[p] = leftFor(run, pools, p, 'building');
  return stepBuilding(run, y, defer, index);
}

/**
 * Hires as many as capacity, gaps and (when deferring) the remaining budgets allow. Station hires are
 * establishment posts and are made first; community hires share what is left, each costed at its own
 * kind's split (GOV2020-3b's split covers urban communities only) plus its training (CS2010-7d).
 */
function hire(run: Run, y: number, u: UnitCosts, defer: boolean, pools: Pools): PayerSums {
  // A payer that earmarks staff pay (CS2010-7c-4) hires within what that earmark has left.
  for (const p of PAYERS) run.remaining[p] = leftFor(run, pools, p, 'staffPay');
  const money = hiringMoney(run, u, defer);
  const { wanted, claims, places } = stepHiring(run, y, money.affordable);
  const log = run.hiring[y];
  const short = money.short.payer;
  if (log.limitedBy === 'budget' && short) {
    log.payer = short;
    log.shortBy = wanted * money.short.perHire - Math.max(0, run.remaining[short]);
    // The hires that wait are spending the short payer could not make this year: a funding gap of its.
    const { hires } = run.series;
    const o = y * run.flat.nEntities;
    const { district, kind } = run.flat.entities;
    const rates = money.ratesOf(short);
    const [deferred, deferredHires] = [run.deferred[short], run.deferredHires[short]];
    // Only places with a gap were given hires by capacity; they are listed by index, communities first.
    for (let j = 0; claims && j < places.length && places[j] < claims.length; j++) {
      const e = places[j];
      const waiting = claims[e] - hires[o + e];
      if (waiting <= 0) continue;
      const d = district[e];
      const cost = waiting * rates[2 * d + payClassOf(kind[e])];
      deferred[d] += cost;
      deferredHires[d] += cost;
    }
  }
  const cost = addHireCosts(run, y, u, places);
  for (const p of PAYERS) run.remaining[p] -= cost[p];
  return cost;
}

/**
 * How many community hires of a given mix the money left after the stations' hires pays for, and which
 * payer's money ran out first (with what a hire cost it). Without deferring, money never limits hiring.
 * ratesOf(p)[2 × district + pay class] is what a community's hire costs payer p.
 */
export function hiringMoney(
  run: Run,
  u: UnitCosts,
  defer: boolean,
): { affordable: (hires: Counts, communities: Int32Array) => number; short: { payer?: Payer; perHire: number }; ratesOf: (p: Payer) => Float64Array } {
  const { nCommunities: nc, nEntities: n, nDistricts, entities } = run.flat;
  const { district, kind } = entities;
  const train = (p: Payer) => (u.training.payer === p ? u.training.perHire : 0);
  // What a community's hire costs a payer, by district and pay class, worked out once a year: affordable
  // asks it of every community, several times when money binds.
  const rates = new Map<Payer, Float64Array>();
  const ratesOf = (p: Payer): Float64Array => {
    let r = rates.get(p);
    if (r) return r;
    const fixed = train(p) + u.perWorker[p];
    const key = p === 'city' ? 'payCity' : 'payDistrict';
    r = run.byDistrict.hireRates[p];
    for (let d = 0; d < nDistricts; d++) for (let c = 0; c < 2; c++) r[2 * d + c] = p === 'street' ? fixed + 0 : fixed + (u.payByDistrict?.[d] ?? u)[key][c];
    rates.set(p, r);
    return r;
  };
  const short: { payer?: Payer; perHire: number } = { perHire: 0 };
  // communities: those that can hire (a gap), by index; no other community has hires to cost.
  const affordable = (hires: Counts, communities: Int32Array): number => {
    if (!defer) return Infinity;
    const stationHires = sumOfHires(hires, nc, n);
    let most = Infinity;
    // Every payer whose budget binds is costed in one pass, each sum still in community order.
    const bound = PAYERS.filter((p) => run.remaining[p] !== Infinity);
    if (bound.length === 0) return most;
    // Array.from, not map, which makes a holey array once V8 optimises this closure: a new map for costOfHires.
    const [c0, c1, c2, count] = costOfHires(hires, communities, district, kind, Array.from([0, 1, 2], (j) => ratesOf(bound[Math.min(j, bound.length - 1)])));
    const costs = [c0, c1, c2];
    for (let j = 0; j < bound.length; j++) {
      const p = bound[j];
      const cost = costs[j];
      if (cost <= 0) continue;
      const stations = p === 'district' && u.stationsPaid ? stationHires * u.payDistrict[2] : 0;
      const k = Math.max(0, run.remaining[p] - stations) / (cost / count);
      if (k < most) [most, short.payer, short.perHire] = [k, p, cost / count];
    }
    return most;
  };
  return { affordable, short, ratesOf };
}

/**
 * Hires of entities [from, to), added in index order as sumOf adds; a loop of its own so that sumOf,
 * which sums claims every year, only ever reads Float64Arrays (hires may be 32-bit integers).
 */
function sumOfHires(hires: Counts, from: number, to: number): number {
  const acc = new Float64Array(1);
  for (let e = from; e < to; e++) acc[0] += hires[e];
  return acc[0];
}

/**
 * The listed communities' hires costed at three payers' rates (ratesOf), each sum in community order,
 * and their number. A function of its own, its sums in a typed array: see payCosts in steps/recurringCosts.ts.
 */
function costOfHires(hires: Counts, communities: Int32Array, district: Int32Array, kind: Uint8Array, [r0, r1, r2]: Float64Array[]): Float64Array {
  const acc = new Float64Array(4);
  for (let j = 0; j < communities.length; j++) {
    const e = communities[j];
    const h = hires[e];
    if (h === 0) continue;
    const at = 2 * district[e] + payClassOf(kind[e]);
    acc[0] += h * r0[at];
    acc[1] += h * r1[at];
    acc[2] += h * r2[at];
    acc[3] += h;
  }
  return acc;
}

function toProjection(run: Run, prep: PreparedCoverage | null, cover: NonNullable<Prepared['coverage']>, care?: CareNetwork): Projection {
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
