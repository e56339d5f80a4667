/**
 * The floor: the staffing, space and funding model reduced to one bare typed-array pass over
 * communities × years. It is the least work any implementation of the model has to do, so the
 * engine's time over it is the price of everything else the engine does (streets and districts,
 * turnover carried between years, budgets and deferral, building, cost lines per payer, verdicts).
 * The spreadsheet baseline computes the same simplified model, so the two check each other.
 */
import { flatten } from '../../src/engine/flatten';
import { horizonYears, ruleSetOf } from '../../src/engine/project';
import { resolveParams } from '../../src/engine/resolveParams';
import type { ParamKey } from '../../src/engine/params';
import type { Scenario } from '../../src/engine/scenario';

/** The simplified model's inputs, taken from a scenario with the engine's own parameter resolution. */
export interface ModelInputs {
  n: number;
  years: number;
  households: Float64Array;
  growth: Float64Array;
  inPost: Float64Array;
  /** minimum floor space for the community's kind, m² (GOV2020-4 / NJ2007-18a,e) */
  spaceMin: Float64Array;
  householdsPerWorker: number;
  minWorkers: number;
  perHundred: number;
  attrition: number;
  cityShare: number;
  /** yuan per worker in each year: the plan's pay grown */
  wage: number[];
}

export function modelInputs(scenario: Scenario): ModelInputs {
  const years = horizonYears(scenario);
  const params = resolveParams(ruleSetOf(scenario), scenario.ruleSet.overrides, years);
  const at0 = (key: ParamKey, fallback: number) => params[key]?.[0] ?? fallback;
  const flat = flatten(scenario.city);
  const n = flat.nCommunities;
  const minByKind = [at0('space.minUrbanExisting', 0), at0('space.minUrbanNew', 0), at0('space.minRural', 0)];
  const spaceMin = new Float64Array(n);
  for (let e = 0; e < n; e++) spaceMin[e] = minByKind[flat.entities.kind[e]];
  const { pay, hiring } = scenario.plan;
  return {
    n,
    years: years.length,
    households: flat.base.households.slice(0, n),
    growth: flat.base.growth.slice(0, n),
    inPost: flat.base.inPost.slice(0, n),
    spaceMin,
    householdsPerWorker: at0('staffing.householdsPerWorker', 300),
    minWorkers: at0('staffing.minPerCommunity', 0),
    perHundred: at0('space.perHundredHouseholds', 0),
    attrition: hiring.attritionRate,
    cityShare: pay.cityShare ?? at0('pay.cityShare', 0),
    wage: years.map((yr) => pay.perWorker * Math.pow(1 + pay.growth, yr - scenario.horizon.baseYear)),
  };
}

export interface FloorResult {
  /** year-major n × years, like the engine's series */
  households: Float64Array;
  staffRequired: Float64Array;
  spaceRequired: Float64Array;
  inPost: Float64Array;
  staffCost: Float64Array;
  cityCost: Float64Array;
  /** city totals per year */
  totalStaffCost: number[];
  totalCityCost: number[];
}

/**
 * households = prev × (1 + growth + shift); staff = max(min, ⌈h / per worker⌉);
 * space = max(min for kind, per100 × h / 100); in post = stay + max(0, required − stay) where
 * stay = prev − round(prev × attrition); cost = in post × wage; the city pays cost × its share.
 */
export function floorPass(m: ModelInputs, growthShift = 0, reuse?: FloorResult): FloorResult {
  const out = reuse ?? floorArrays(m);
  const { n, years } = m;
  out.totalStaffCost = [];
  out.totalCityCost = [];
  for (let y = 0; y < years; y++) {
    const o = y * n;
    const wage = m.wage[y];
    let sumCost = 0;
    let sumCity = 0;
    for (let e = 0; e < n; e++) {
      const i = o + e;
      const prevH = y === 0 ? m.households[e] : out.households[i - n];
      const prevPost = y === 0 ? m.inPost[e] : out.inPost[i - n];
      const h = prevH * (1 + m.growth[e] + growthShift);
      const req = Math.max(m.minWorkers, Math.ceil(h / m.householdsPerWorker));
      const stay = prevPost - Math.round(prevPost * m.attrition);
      const post = stay + Math.max(0, req - stay);
      const cost = post * wage;
      const city = cost * m.cityShare;
      out.households[i] = h;
      out.staffRequired[i] = req;
      out.spaceRequired[i] = Math.max(m.spaceMin[e], (m.perHundred * h) / 100);
      out.inPost[i] = post;
      out.staffCost[i] = cost;
      out.cityCost[i] = city;
      sumCost += cost;
      sumCity += city;
    }
    out.totalStaffCost.push(sumCost);
    out.totalCityCost.push(sumCity);
  }
  return out;
}

/** Fresh result arrays; passing them back to floorPass separates the cost of allocating from computing. */
export function floorArrays(m: ModelInputs): FloorResult {
  const f64 = () => new Float64Array(m.n * m.years);
  return {
    households: f64(),
    staffRequired: f64(),
    spaceRequired: f64(),
    inPost: f64(),
    staffCost: f64(),
    cityCost: f64(),
    totalStaffCost: [],
    totalCityCost: [],
  };
}
