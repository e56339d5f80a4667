/** The working state of one projection while its years are stepped through. */
import type { Flat } from './flatten';
import {
  SERIES,
  type BuildingYear,
  type CostItem,
  type CostLine,
  type HiringYear,
  type PayerYear,
  type ProjectStart,
  type SeriesName,
} from './projection';
import type { ParamTable } from './resolveParams';
import { PAYERS, type BuildingProject, type Payer, type Scenario } from './scenario';

export const COST_LINES: CostLine[] = [
  { item: 'staffPay', payer: 'city' },
  { item: 'staffPay', payer: 'district' },
  { item: 'workerSubsidy', payer: 'city' },
  { item: 'workerSubsidy', payer: 'district' },
  { item: 'workingFunds', payer: 'city' },
  { item: 'workingFunds', payer: 'district' },
  { item: 'householdFunds', payer: 'street' },
  { item: 'newHouseholdFunds', payer: 'street' },
  { item: 'reward', payer: 'city' },
  { item: 'building', payer: 'city' },
  { item: 'building', payer: 'district' },
  { item: 'building', payer: 'street' },
];

export function costLineIndex(item: CostItem, payer: Payer): number {
  return COST_LINES.findIndex((l) => l.item === item && l.payer === payer);
}

export interface Run {
  scenario: Scenario;
  flat: Flat;
  years: number[];
  baseYear: number;
  params: ParamTable;
  series: Record<SeriesName, Float64Array>;
  costs: Float64Array[];
  /** staffing gaps of this year after leavers, per entity (scratch) */
  gap: Float64Array;
  /** fractional leavers and qualified hires carried to the next year, so small communities still see turnover */
  carry: { leave: Float64Array; certLeave: Float64Array; bachLeave: Float64Array; certHire: Float64Array; bachHire: Float64Array };
  /** m² started and not yet completed */
  pending: Float64Array;
  /** m² due to complete in each horizon year (year-major) */
  completions: Float64Array;
  /** explicit projects not yet started, in funding order */
  queue: BuildingProject[];
  wage: number[];
  cityShare: number[];
  /** budget left this year per payer (Infinity when unlimited) */
  remaining: Record<Payer, number>;
  payers: Record<Payer, PayerYear[]>;
  hiring: HiringYear[];
  building: BuildingYear[];
  projectStarts: ProjectStart[];
}

export function createRun(scenario: Scenario, flat: Flat, params: ParamTable, years: number[]): Run {
  const n = flat.nEntities;
  const size = n * years.length;
  const series = {} as Record<SeriesName, Float64Array>;
  for (const name of SERIES) series[name] = new Float64Array(size);
  const { baseYear } = scenario.horizon;
  const { pay } = scenario.plan;
  const f64 = () => new Float64Array(n);
  const payers = {} as Record<Payer, PayerYear[]>;
  for (const p of PAYERS) payers[p] = [];
  return {
    scenario,
    flat,
    years,
    baseYear,
    params,
    series,
    costs: COST_LINES.map(() => new Float64Array(size)),
    gap: f64(),
    carry: { leave: f64(), certLeave: f64(), bachLeave: f64(), certHire: f64(), bachHire: f64() },
    pending: f64(),
    completions: new Float64Array(size),
    queue: [...scenario.plan.building.projects].sort(
      (a, b) => a.priority - b.priority || a.startYear - b.startYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    wage: years.map((yr) => pay.benchmarkWage * Math.pow(1 + pay.wageGrowth, yr - baseYear)),
    cityShare: years.map((_, y) => pay.cityShare ?? params['pay.cityShare']?.[y] ?? 0),
    remaining: { city: Infinity, district: Infinity, street: Infinity },
    payers,
    hiring: [],
    building: [],
    projectStarts: [],
  };
}

/** Take the whole part of x plus what was carried, and carry the rest. */
export function takeWhole(carry: Float64Array, e: number, x: number): number {
  const total = carry[e] + x;
  const whole = Math.floor(total + 1e-9);
  carry[e] = total - whole;
  return whole;
}
