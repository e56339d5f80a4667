/**
 * A run as plain JSON for people and other programs: city totals per year, spending per payer per
 * year by item, and the verdicts. The CLI prints it; it holds no typed arrays, so it can be saved or
 * sent anywhere as it is.
 */
import { costTotal, seriesTotal } from './aggregate';
import type { CoverageKey } from './coverage/types';
import type { Name } from '../registry/text';
import { metricById } from './metrics';
import { COST_ITEMS, LEVEL, type CostItem, type Level, type Projection } from './projection';
import type { RunResult } from './run';
import { PAYERS, type FacilityType, type Payer, type Target } from './scenario';
import { quotaLevelIn, quotaTotal, type QuotaLevel } from './staffQuota';
import type { Verdict } from './verdict';

/** Community level only: streets and districts hold no households, and their staff and centres are in `centres`. */
export interface YearTotals {
  year: number;
  households: number;
  residents: number;
  /** communities set up (a new estate counts once it reaches the occupancy rule, GOV2020-2b) */
  communities: number;
  /** how the rule set counts the staffing requirement that year: per community, or one quota per district (GOV2020-3a) */
  staffQuotaLevel: QuotaLevel;
  /** Σ of the communities' requirements, or under district quotas Σ of the districts' quotas */
  staffRequired: number;
  inPost: number;
  hires: number;
  leavers: number;
  /** Σ max(0, required − counted) over established communities, or over districts under district quotas, as the staffGap metric counts it */
  staffGap: number;
  /** m² */
  spaceRequired: number;
  space: number;
  spaceStarted: number;
  spaceCompleted: number;
}

/** Street service stations and centres, and district centres (NJ2007-18c/d, NT2011-5, CS2010-6a). */
export interface CentreTotals {
  year: number;
  level: 'street' | 'district';
  count: number;
  staffRequired: number;
  inPost: number;
  hires: number;
  spaceRequired: number;
  space: number;
  spaceStarted: number;
  spaceCompleted: number;
}

/** One payer in one year, over every level; items hold only the lines that payer can carry. */
export interface FundingYear {
  year: number;
  payer: Payer;
  /** null when the plan sets no budget for that payer and year */
  budget: number | null;
  spent: number;
  shortfall: number;
  /** yuan of hires and building starts that waited this year because the payer's money ran out */
  deferred: number;
  items: Partial<Record<CostItem, number>>;
}

export interface SummaryVerdict extends Verdict {
  label?: Name;
  rule?: string;
  /** a district id; absent for the whole city */
  district?: string;
}

/** The city's life-circle figures for one year and one facility type (or all5). */
export interface CoverageYear {
  year: number;
  type: CoverageKey;
  residents: number;
  coveredResidents: number;
  /** null without residents */
  residentShare: number | null;
  communityShare: number | null;
}

/** A service circle's city figures for one year (CASES-wuhai): residents within its minutes of all its types. */
export interface CircleYear {
  year: number;
  circle: string;
  minutes: number;
  types: FacilityType[];
  residents: number;
  coveredResidents: number;
  /** null without residents */
  residentShare: number | null;
  communityShare: number | null;
}

export interface RunSummary {
  scenario: string;
  ruleSet: string;
  years: number[];
  totals: YearTotals[];
  centres: CentreTotals[];
  funding: FundingYear[];
  verdicts: SummaryVerdict[];
  /** null when the scenario has no spatial data */
  coverage: CoverageYear[] | null;
  /** present when the scenario has service circles (city.spatial.serviceCircles) */
  serviceCircles?: CircleYear[];
}

function totalsOf(p: Projection, y: number): YearTotals {
  const sum = (name: Parameters<typeof seriesTotal>[1]) => seriesTotal(p, name, y);
  const staffQuotaLevel = quotaLevelIn(p.params, y);
  return {
    year: p.years[y],
    households: sum('households'),
    residents: sum('residents'),
    communities: sum('established'),
    staffQuotaLevel,
    staffRequired: staffQuotaLevel === 'district' ? quotaTotal(p, y) : sum('staffRequired'),
    inPost: sum('inPost'),
    hires: sum('hires'),
    leavers: sum('leavers'),
    // null when the rule set has no staffing rule: then nothing is required and nothing is missing.
    staffGap: metricById('staffGap')?.compute(p, y, -1) ?? 0,
    spaceRequired: sum('spaceRequired'),
    space: sum('space'),
    spaceStarted: sum('spaceStarted'),
    spaceCompleted: sum('spaceCompleted'),
  };
}

function centresOf(p: Projection, y: number, level: Level, name: 'street' | 'district'): CentreTotals {
  const sum = (series: Parameters<typeof seriesTotal>[1]) => seriesTotal(p, series, y, level);
  return {
    year: p.years[y],
    level: name,
    count: name === 'street' ? p.nStreets : p.nDistricts,
    staffRequired: sum('staffRequired'),
    inPost: sum('inPost'),
    hires: sum('hires'),
    spaceRequired: sum('spaceRequired'),
    space: sum('space'),
    spaceStarted: sum('spaceStarted'),
    spaceCompleted: sum('spaceCompleted'),
  };
}

function fundingOf(p: Projection, y: number, payer: Payer): FundingYear {
  const items: Partial<Record<CostItem, number>> = {};
  for (const item of COST_ITEMS) {
    const line = p.costLines.find((l) => l.item === item && l.payer === payer);
    if (!line) continue;
    // A unit cost the rule set does not have in any plan year is not one of its items.
    if (line.key !== undefined && !p.params[line.key]?.some((v) => v !== null)) continue;
    // Nor is a reward fund the rule set does not set up (NJ2007-21c).
    if (item === 'modelReward' && !p.params['reward.modelFund']?.some((v) => v !== null)) continue;
    // Any payer may fund a facility; the item shows only for payers the plan's facilities name.
    if (item === 'facility' && !p.facilityCharges.some((f) => f.payer === payer)) continue;
    items[item] = costTotal(p, y, { payer, item });
  }
  const { budget, spent, shortfall, deferred } = p.payers[payer][y];
  return { year: p.years[y], payer, budget, spent, shortfall, deferred, items };
}

function coverageOf(c: NonNullable<Projection['coverage']>): CoverageYear[] {
  return c.years.flatMap((year, y) =>
    c.keys.map((type) => {
      const f = c.city[type];
      return {
        year,
        type,
        residents: f.residents[y],
        coveredResidents: f.coveredResidents[y],
        residentShare: f.residentShare[y],
        communityShare: f.communityShare[y],
      };
    }),
  );
}

function circlesOf(c: NonNullable<Projection['coverage']>): CircleYear[] {
  return c.years.flatMap((year, y) =>
    c.circles.map(({ id, minutes, types, city: f }) => ({
      year,
      circle: id,
      minutes,
      types,
      residents: f.residents[y],
      coveredResidents: f.coveredResidents[y],
      residentShare: f.residentShare[y],
      communityShare: f.communityShare[y],
    })),
  );
}

/** Pass the scenario's targets to carry their labels, rules and scopes into the verdicts. */
export function summarize(result: RunResult, targets: readonly Target[] = []): RunSummary {
  const p = result.projection;
  const byId = new Map(targets.map((t) => [t.id, t]));
  return {
    scenario: p.scenarioName,
    ruleSet: p.ruleSetId,
    years: [...p.years],
    totals: p.years.map((_, y) => totalsOf(p, y)),
    centres: p.years.flatMap((_, y) => [centresOf(p, y, LEVEL.street, 'street'), centresOf(p, y, LEVEL.district, 'district')]),
    funding: p.years.flatMap((_, y) => PAYERS.map((payer) => fundingOf(p, y, payer))),
    coverage: p.coverage && coverageOf(p.coverage),
    ...(p.coverage && p.coverage.circles.length > 0 && { serviceCircles: circlesOf(p.coverage) }),
    verdicts: result.verdicts.map((v) => {
      const t = byId.get(v.targetId);
      return {
        ...v,
        ...(t?.label && { label: t.label }),
        ...(t?.rule && { rule: t.rule }),
        ...(t?.scope?.district && { district: t.scope.district }),
      };
    }),
  };
}
