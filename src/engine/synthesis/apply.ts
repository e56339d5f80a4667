/** The programme's solution as levers of a copy of the scenario, and those levers as a schedule to show. */
import { FACILITY_TYPES, type BuildingProject, type Facility, type FacilityType, type Payer, type Scenario } from '../scenario';
import type { Calibration } from './calibrate';
import type { Vars } from './formulate';

export interface SynthesizedPlan {
  /** recruitment capacity a year, people */
  capacity: number;
  /** hires the programme expects, by year and district */
  hires: { year: number; district: string; hires: number }[];
  /** building starts, one per community */
  starts: { year: number; community: string; m2: number; yuan: number }[];
  /** facility sites chosen, each opening in its year (openingYear) */
  sites: Facility[];
  /** chosen budgets, yuan, by payer and year */
  budgets: Partial<Record<Payer, Record<string, number>>>;
}

export function planOf(x: number[], v: Vars, cal: Calibration): SynthesizedPlan {
  const whole = (c: number) => Math.round(x[c]);
  const hires = v.hires.flatMap((row, y) => row.map((c, d) => ({ year: cal.years[y], district: cal.districtIds[d], hires: whole(c) })).filter((h) => h.hires > 0));
  const starts = v.starts.flatMap((s) => {
    const y = s.cols.findIndex((c) => c >= 0 && x[c] > 0.5);
    if (y < 0) return [];
    const community = cal.keptRun.entities.id[s.candidate.entity];
    return [{ year: cal.years[y], community, m2: s.candidate.m2, yuan: s.candidate.m2 * cal.building.costPerM2 }];
  });
  const budgets: SynthesizedPlan['budgets'] = {};
  for (const [p, cols] of Object.entries(v.budget) as [Payer, number[]][]) {
    // Whole yuan, rounded up so the budget still covers the spending it was solved for.
    budgets[p] = Object.fromEntries(cols.map((c, y) => [String(cal.years[y]), Math.ceil(x[c] * 1e4 - 1e-6)]));
  }
  const sites = (v.sites?.open ?? []).flatMap((cols, i) => {
    const y = cols.findIndex((c) => c >= 0 && x[c] > 0.5);
    return y < 0 ? [] : [{ ...v.sites!.candidates[i].facility, openingYear: cal.years[y] }];
  });
  return { capacity: whole(v.capacity), hires, starts, sites, budgets };
}

/** A copy of the scenario carrying the plan: the starts replace the automatic programme; the user's own projects stay; the sites join the plan's facilities. */
export function applyPlan(scenario: Scenario, plan: SynthesizedPlan, freeBuilding: boolean): Scenario {
  const { autoCloseFrom: _auto, ...building } = scenario.plan.building;
  const priority = Math.max(0, ...scenario.plan.building.projects.map((p) => p.priority)) + 1;
  const projects: BuildingProject[] = plan.starts.map((s) => ({ id: `synth-${s.community}`, target: s.community, m2: s.m2, startYear: s.year, priority }));
  return {
    ...scenario,
    plan: {
      ...scenario.plan,
      hiring: { ...scenario.plan.hiring, capacityPerYear: plan.capacity },
      building: freeBuilding ? { ...building, projects: [...scenario.plan.building.projects, ...projects] } : scenario.plan.building,
      budgets: { ...scenario.plan.budgets, ...plan.budgets },
      ...(plan.sites.length > 0 && sitesOpened(scenario, plan.sites)),
    },
  };
}

/** The chosen sites join the plan's facilities and leave its candidate list. */
function sitesOpened(scenario: Scenario, sites: Facility[]): Pick<Scenario['plan'], 'facilities' | 'candidateSites'> {
  const chosen = new Set(sites.map((f) => f.id));
  const left = (scenario.plan.candidateSites ?? []).filter((f) => !chosen.has(f.id));
  return { facilities: [...(scenario.plan.facilities ?? []), ...sites], ...(scenario.plan.candidateSites && { candidateSites: left }) };
}

export interface SiteYear {
  year: number;
  /** facilities opening that year, by type in the registry's order */
  types: { type: FacilityType; count: number }[];
  count: number;
  /** yuan of capital spent on them that year */
  capital: number;
}

/** The chosen sites year by year, for tables and summaries. */
export function sitesByYear(sites: readonly Facility[]): SiteYear[] {
  const years = [...new Set(sites.map((f) => f.openingYear))].sort((a, b) => a - b);
  return years.map((year) => {
    const opening = sites.filter((f) => f.openingYear === year);
    const types = FACILITY_TYPES.map((type) => ({ type, count: opening.filter((f) => f.type === type).length })).filter((t) => t.count > 0);
    return { year, types, count: opening.length, capital: opening.reduce((s, f) => s + (f.capitalCost ?? 0), 0) };
  });
}
