/**
 * What the app shows of a run, built in the worker: the summary, verdicts with their scopes, every
 * metric by year for the city and each district, and the per-community table. Plain data and typed
 * arrays, so it crosses the worker boundary cheaply; the projection itself stays in the worker.
 */
import type { CoverageKey, CoverageResult } from './coverage/types';
import { metricById, METRICS, type MetricId, type MetricUnit } from './metrics';
import type { Projection, Values } from './projection';
import type { RunResult } from './run';
import type { Scenario } from './scenario';
import { sharingPayerSpending } from './metrics/payerSpending';
import { metricScopes } from './metrics/sharedValues';
import { sizeBandIn, type SizeBand } from './metrics/size';
import { districtStaffing, quotaLevelIn, sharingDistrictStaffing, type QuotaLevel } from './staffQuota';
import { summarize, type RunSummary, type SummaryVerdict } from './summary';
import { sharingZeroYears, zeroYears } from './zeroYears';

export interface VerdictRow extends SummaryVerdict {
  /** the name of the target's district, for a target on one district */
  districtName?: string;
  unit: MetricUnit;
  better: 'higher' | 'lower';
}

export interface MetricSeries {
  id: MetricId;
  unit: MetricUnit;
  better: 'higher' | 'lower';
  /** per year; null where the rule set lacks the rule */
  city: (number | null)[];
  /** [district][year] */
  byDistrict: (number | null)[][];
}

/** Community rows; every numeric column is year-major: value(y, c) = column[y * count + c]. */
export interface CommunityTable {
  count: number;
  id: string[];
  name: string[];
  district: Int32Array;
  street: string[];
  kind: Uint8Array;
  established: Float64Array;
  households: Float64Array;
  staffRequired: Float64Array;
  inPost: Float64Array;
  spaceRequired: Float64Array;
  space: Float64Array;
  /** yuan spent on the community that year, all payers and items */
  spending: Float64Array;
}

/** The life circle, compact: shares by year for the city and each district, per-community composite, gaps by place. */
export interface CoverageView {
  mode: 'straightLine' | 'network';
  minutes: number;
  /** metres: the straight-line radius, or the walk along the network */
  reach: number;
  cellSize: number;
  keys: readonly CoverageKey[];
  /** share of residents within reach, per key and year; null without residents */
  city: Record<CoverageKey, (number | null)[]>;
  /** share of communities counted as covered, per key and year */
  cityCommunities: Record<CoverageKey, (number | null)[]>;
  /** per key: [district][year] */
  byDistrict: Record<CoverageKey, (number | null)[][]>;
  /** each community's share of residents within reach of all five, year-major like CommunityTable; NaN without residents */
  communityAll5: Float64Array;
}

/** Under a district quota (GOV2020-3a): each district's quota and the workers counted against it. */
export interface DistrictQuotas {
  /** per year: how the rule set counts the requirement */
  level: QuotaLevel[];
  /** [district][year]; 0 in a year counted per community, or for a district with no community the clause covers */
  quota: number[][];
  /** [district][year]: workers in the communities the quota covers */
  counted: number[][];
}

export interface RunView {
  summary: RunSummary;
  verdicts: VerdictRow[];
  metrics: MetricSeries[];
  districts: { id: string; name: string }[];
  /** yuan spent in each district, all payers: [district][year] */
  spendingByDistrict: number[][];
  communities: CommunityTable;
  /** the community size band in force each year (QY-4, GOV2020-2a); null where the rule set has none */
  sizeBand: (SizeBand | null)[];
  /** null when every year counts the staffing requirement per community */
  districtQuotas: DistrictQuotas | null;
  /** null when the scenario has no spatial data */
  coverage: CoverageView | null;
}

function coverageView(c: CoverageResult): CoverageView {
  const per = <T>(f: (key: CoverageKey) => T) => Object.fromEntries(c.keys.map((k) => [k, f(k)])) as Record<CoverageKey, T>;
  return {
    mode: c.mode,
    minutes: c.walk.minutes,
    reach: c.reach,
    cellSize: c.cellSize,
    keys: c.keys,
    city: per((k) => c.city[k].residentShare),
    cityCommunities: per((k) => c.city[k].communityShare),
    byDistrict: per((k) => c.byDistrict.map((d) => d[k].residentShare)),
    communityAll5: c.communityShare.all5,
  };
}

/**
 * Runs of entities of one district, as [start, end, district] triples: entities of a district lie
 * together (flatten's order), communities first, so each run is all communities or none.
 */
function districtRuns(p: Projection): Int32Array {
  const districtOf = p.entities.district;
  const runs: number[] = [];
  let start = 0;
  for (let e = 1; e <= p.nEntities; e++) {
    if (e < p.nEntities && districtOf[e] === districtOf[start] && e !== p.nCommunities) continue;
    runs.push(start, e, districtOf[start]);
    start = e;
  }
  return Int32Array.from(runs);
}

/**
 * Spending by community and by district, every payer and item, in one pass over the cost lines (the
 * largest arrays of a run). Each sum adds the same values in the same order as a pass of its own (cost
 * lines, then entities), so the figures are the same to the last bit; a year of a line that is all
 * zeros is skipped (zeroYears.ts).
 */
function spendingOf(p: Projection): { community: Float64Array; district: Float64Array } {
  const n = p.nCommunities;
  const nD = p.nDistricts;
  const nE = p.nEntities;
  const years = p.years.length;
  const community = new Float64Array(n * years);
  const district = new Float64Array(nD * years);
  const runs = districtRuns(p);
  const zero = zeroYears(p);
  for (let k = 0; k < p.costs.length; k++) {
    const line = p.costs[k];
    for (let y = 0; y < years; y++) {
      const base = y * nE;
      if (zero[k * years + y]) continue;
      const toC = y * n - base;
      const atD = y * nD;
      for (let r = 0; r < runs.length; r += 3) {
        const from = base + runs[r];
        const to = base + runs[r + 1];
        const at = atD + runs[r + 2];
        // The district's sum is carried in a local while its run lasts: the same additions in the same order.
        let sum = district[at];
        if (runs[r] < n) {
          for (let e = from; e < to; e++) {
            const v = line[e];
            community[toC + e] += v;
            sum += v;
          }
        } else for (let e = from; e < to; e++) sum += line[e];
        district[at] = sum;
      }
    }
  }
  return { community, district };
}

function communityTable(p: Projection, spending: Float64Array, labels: boolean): CommunityTable {
  const n = p.nCommunities;
  const years = p.years.length;
  const pick = (a: Values) => {
    const out = new Float64Array(n * years);
    for (let y = 0; y < years; y++) out.set(a.subarray(y * p.nEntities, y * p.nEntities + n), y * n);
    return out;
  };
  const s = p.series;
  return {
    count: n,
    id: labels ? p.entities.id.slice(0, n) : [],
    name: labels ? p.entities.name.slice(0, n) : [],
    district: p.entities.district.slice(0, n),
    street: labels ? Array.from(p.entities.street.subarray(0, n), (e) => p.entities.name[e]) : [],
    kind: p.entities.kind.slice(0, n),
    established: pick(s.established),
    households: pick(s.households),
    staffRequired: pick(s.staffRequired),
    inPost: pick(s.inPost),
    spaceRequired: pick(s.spaceRequired),
    space: pick(s.space),
    spending,
  };
}

function districtQuotas(p: Projection): DistrictQuotas | null {
  const level = p.years.map((_, y) => quotaLevelIn(p.params, y));
  if (!level.includes('district')) return null;
  const quota = Array.from({ length: p.nDistricts }, () => new Array<number>(p.years.length).fill(0));
  const counted = Array.from({ length: p.nDistricts }, () => new Array<number>(p.years.length).fill(0));
  p.years.forEach((_, y) => {
    const s = districtStaffing(p, y);
    for (let d = 0; d < p.nDistricts; d++) [quota[d][y], counted[d][y]] = [s.quota[d], s.counted[d]];
  });
  return { level, quota, counted };
}

/** Each district's spending by year, [district][year], from spendingOf's year-major sums. */
function spendingByDistrict(p: Projection, sums: Float64Array): number[][] {
  return Array.from({ length: p.nDistricts }, (_, d) => p.years.map((_, y) => sums[y * p.nDistricts + d]));
}

/**
 * Wrap the run and this in sharingMetricValues (metrics/sharedValues.ts) for the view to reuse the verdicts' metric values.
 * Without labels the community table's ids, names and streets are left empty: a lever edit's page already
 * has them from the run that sent the city (src/ui/engineClient.ts), and on a province they are 90,000
 * strings made for nothing.
 */
export function buildRunView(result: RunResult, scenario: Scenario, labels = true): RunView {
  return sharingZeroYears(() => sharingDistrictStaffing(() => sharingPayerSpending(() => viewOf(result, scenario, labels))));
}

function viewOf(result: RunResult, scenario: Scenario, labels: boolean): RunView {
  const p = result.projection;
  const summary = summarize(result, scenario.targets);
  const spending = spendingOf(p);
  const districts = Array.from({ length: p.nDistricts }, (_, d) => {
    const e = p.nCommunities + p.nStreets + d;
    return { id: p.entities.id[e], name: p.entities.name[e] };
  });
  return {
    summary,
    verdicts: summary.verdicts.map((v) => {
      const m = metricById(v.metric)!;
      const districtName = v.district && (scenario.city.districts.find((d) => d.id === v.district)?.name ?? v.district);
      return { ...v, ...(districtName && { districtName }), unit: m.unit, better: m.better };
    }),
    metrics: METRICS.map((m) => ({
      id: m.id,
      unit: m.unit,
      better: m.better,
      ...metricScopes(p, m),
    })),
    districts,
    spendingByDistrict: spendingByDistrict(p, spending.district),
    communities: communityTable(p, spending.community, labels),
    sizeBand: p.years.map((_, y) => sizeBandIn(p.params, y)),
    districtQuotas: districtQuotas(p),
    coverage: p.coverage && coverageView(p.coverage),
  };
}
