/**
 * What the programme reads from the engine itself, so that its coefficients are the engine's rules
 * and not a second copy of them: two runs of the scenario with unlimited money and no automatic
 * building — one hiring nobody (the staff the city keeps, the floor space it has), one filling every
 * gap at once (the staff each district can usefully hold, and what each worker costs each payer).
 * Requirements follow households, which no lever moves, so they are constants of the programme.
 */
import { WORKER_BASES, COST_PARAMS } from '../costParams';
import { flatten } from '../flatten';
import { project } from '../project';
import type { Projection, Values } from '../projection';
import { COST_LINES } from '../runState';
import { PAYERS, type Payer, type Scenario } from '../scenario';
import { districtStaffing, quotaLevelIn } from '../staffQuota';

export interface Calibration {
  years: number[];
  districtIds: string[];
  /** community staff in post in the base year, per district */
  baseStaff: number[];
  /** [year][district]: community staff when every gap is filled each year (the engine never hires beyond it) */
  full: number[][];
  /** [year][district]: community staff with no hiring at all */
  kept: number[][];
  /** [year][district]: staff the district's verdict needs, counted as the programme's stock (quota, or the full stock per community) */
  need: number[][];
  quotaByDistrict: boolean[];
  /** [year]: street-station hires, which share the city's recruitment capacity */
  stationHires: number[];
  /** [year][district]: yuan a community worker costs each payer that year (pay split and per-worker lines) */
  perWorker: Record<Payer, number[][]>;
  /** yuan per year each payer spends whatever the plan hires or builds */
  fixed: Record<Payer, number[]>;
  training: { payer: Payer; perHire: number; years: number };
  attrition: number;
  building: { payer: Payer; costPerM2: number; lead: number };
  /** the projection with no hiring and no automatic building: floor space and requirements per community */
  keptRun: Projection;
}

const WORKER_LINES = COST_LINES.flatMap((l, k) => {
  if (l.item === 'staffPay') return [k];
  const param = COST_PARAMS.find((c) => c.key === l.key);
  return param && WORKER_BASES.has(param.basis) ? [k] : [];
});
const TRAINING_LINES = COST_LINES.flatMap((l, k) => (l.item === 'training' ? [k] : []));

/** The scenario with unlimited budgets, the given recruitment capacity and, when building is chosen, no automatic programme. */
export function openVariant(scenario: Scenario, capacity: number, freeBuilding: boolean): Scenario {
  const { autoCloseFrom: _auto, ...withoutAuto } = scenario.plan.building;
  const building = freeBuilding ? withoutAuto : scenario.plan.building;
  return {
    ...scenario,
    plan: {
      ...scenario.plan,
      hiring: { ...scenario.plan.hiring, capacityPerYear: capacity },
      building,
      budgets: {},
      shortfall: { ...scenario.plan.shortfall, mode: 'report' },
    },
  };
}

export function calibrate(scenario: Scenario, freeBuilding = true): Calibration {
  // Coverage does not move with these levers: both runs skip it.
  const prepared = { flat: flatten(scenario.city), prep: null };
  const kept = project(openVariant(scenario, 0, freeBuilding), {}, prepared);
  const full = project(openVariant(scenario, Number.MAX_SAFE_INTEGER, freeBuilding), {}, { ...prepared, flat: flatten(scenario.city) });
  const { nCommunities: nc, nStreets: ns, nDistricts: nd, nEntities: n, years } = full;
  const district = full.entities.district;
  const sumCommunities = (p: Projection, y: number, values: Values) => {
    const out = new Array<number>(nd).fill(0);
    for (let e = 0; e < nc; e++) out[district[e]] += values[y * n + e];
    return out;
  };
  const perWorker = Object.fromEntries(PAYERS.map((p) => [p, [] as number[][]])) as Record<Payer, number[][]>;
  const fixed = Object.fromEntries(PAYERS.map((p) => [p, [] as number[]])) as Record<Payer, number[]>;
  const need: number[][] = [];
  const quotaByDistrict: boolean[] = [];
  const stationHires: number[] = [];
  years.forEach((_, y) => {
    const staff = sumCommunities(full, y, full.series.inPost);
    const quota = quotaLevelIn(full.params, y) === 'district';
    quotaByDistrict.push(quota);
    if (quota) {
      // Staff outside the pool and committee members count differently from the stock: carry the difference.
      const { quota: q, counted } = districtStaffing(full, y);
      need.push(staff.map((s, d) => q[d] + s - counted[d]));
    } else need.push(staff);
    let stations = 0;
    for (let e = nc; e < nc + ns; e++) stations += full.series.hires[y * n + e];
    stationHires.push(stations);
    for (const p of PAYERS) {
      const lines = WORKER_LINES.filter((k) => COST_LINES[k].payer === p);
      const cost = new Array<number>(nd).fill(0);
      let onWorkers = 0;
      for (const k of lines) {
        const line = full.costs[k];
        for (let e = 0; e < nc; e++) cost[district[e]] += line[y * n + e];
      }
      for (const c of cost) onWorkers += c;
      const all = staff.reduce((a, b) => a + b, 0);
      perWorker[p].push(cost.map((c, d) => (staff[d] > 0 ? c / staff[d] : all > 0 ? onWorkers / all : 0)));
      let training = 0;
      for (const k of TRAINING_LINES.filter((k) => COST_LINES[k].payer === p)) for (let e = 0; e < nc; e++) training += full.costs[k][y * n + e];
      fixed[p].push(full.payers[p][y].spent - onWorkers - training);
    }
  });
  const { hiring, building } = scenario.plan;
  return {
    years,
    districtIds: Array.from({ length: nd }, (_, d) => full.entities.id[nc + ns + d]),
    baseStaff: sumCommunities(full, 0, full.series.inPost).map((_, d) => {
      let s = 0;
      for (let e = 0; e < nc; e++) if (district[e] === d) s += full.base.inPost[e];
      return s;
    }),
    full: years.map((_, y) => sumCommunities(full, y, full.series.inPost)),
    kept: years.map((_, y) => sumCommunities(kept, y, kept.series.inPost)),
    need,
    quotaByDistrict,
    stationHires,
    perWorker,
    fixed,
    training: { payer: hiring.trainingPayer ?? 'district', perHire: hiring.trainingCostPerHire ?? 0, years: hiring.trainingYears ?? 0 },
    attrition: hiring.attritionRate,
    building: { payer: building.payer, costPerM2: building.costPerM2, lead: building.leadTimeYears },
    keptRun: kept,
  };
}
