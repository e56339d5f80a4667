/**
 * The plan as a mixed-integer programme, in 万元 and people:
 * - hiring: a stock per district and year, S = (1 − attrition)·S₋₁ + hires, hires whole people; the
 *   engine hires into every gap up to the recruitment capacity, so each year either the capacity is
 *   used up or every district is full (one binary a year keeps the programme to what the engine does);
 * - building: a start per short community and year (binary), sized to its largest shortfall over the
 *   horizon, counting from the start year plus the lead time;
 * - budgets: per payer and year, at least what the payer spends — the spending the plan does not
 *   move, plus each worker's pay and per-worker lines (linear in staff, the 5:5 split included),
 *   training per hire and building per m².
 */
import type { Payer, Scenario } from '../scenario';
import { PAYERS } from '../scenario';
import type { Calibration } from './calibrate';
import { LinearModel } from './model';
import type { Objective, SynthesisOptions } from './options';
import { addSiteColumns, siteSpending, type SiteChoice, type SiteVars } from './siteRows';
import { spaceCandidates, type Candidate } from './space';
import { SPACE_METRICS, addTargetRows, chosenTargets } from './targetRows';

const WAN = 1e4;
/** what a minor term of the objective weighs: it settles ties without moving the main one */
const MINOR = 1e-4;
/** the engine keeps whole workers: a filled district may sit up to one worker below the stock the programme computes */
const WHOLE = 0.999;

export interface Vars {
  capacity: number;
  hires: number[][];
  stock: number[][];
  budget: Partial<Record<Payer, number[]>>;
  starts: { candidate: Candidate; cols: number[] }[];
  /** facility sites, when they are a lever */
  sites: SiteVars | null;
}

/**
 * Room added after a failed verification: to a target's rows (communities or m²), to each payer's
 * budget in each year (万元), and to the recruitment capacity (people a year beyond the hires planned).
 */
export interface Margins {
  target: Map<string, number>;
  budget: Record<Payer, number[]>;
  headroom: number;
}

export function noMargins(years: number): Margins {
  const zeros = () => new Array<number>(years).fill(0);
  return { target: new Map(), budget: { city: zeros(), district: zeros(), street: zeros() }, headroom: 0 };
}

export interface Formulation {
  model: LinearModel;
  vars: Vars;
  modelled: string[];
  unmodelled: string[];
  /** per space-share target: communities that could still be built beyond what its row asks */
  room: Map<string, number>;
  /** per coverage target the sites serve: the size of its scope in its year, in the metric's terms (residents, or communities counted) */
  coverResidents: Map<string, number>;
  /** per payer and year, the budget's row (−1 for an unlimited year of a fixed budget) */
  budgetRows: Partial<Record<Payer, number[]>>;
  freeBudgets: Payer[];
}

export function formulate(scenario: Scenario, cal: Calibration, options: SynthesisOptions, margins: Margins, siteChoice: SiteChoice | null = null): Formulation {
  const m = new LinearModel();
  const T = cal.years.length;
  const D = cal.districtIds.length;
  const a = cal.attrition;
  const objective: Objective = options.objective ?? { kind: 'total' };
  const weight = (p: Payer) => (objective.kind === 'total' ? 1 : objective.kind === 'payer' && objective.payer === p ? 1 : MINOR);

  // Hiring. Beyond the most the districts could ever take in a year, capacity never binds.
  const demand = Math.ceil(Math.max(...cal.years.map((_, y) => cal.full[y].reduce((s, f) => s + f, 0) + cal.stationHires[y])));
  const cap = scenario.plan.hiring.capacityPerYear;
  const capMax = options.freeHiring ? Math.min(options.hiringCapacityMax ?? Infinity, demand) : cap;
  // The plan's own capacity, when kept, is a limit too: a conflict may name it.
  const capGroup = !options.freeHiring || (options.hiringCapacityMax ?? Infinity) < demand ? m.group({ kind: 'hiringCapacity', capacity: capMax }) : -1;
  const capacity = m.col('capacity', options.freeHiring ? 0 : cap, capMax, 1e-6, true, capGroup);
  const bigM = Math.max(demand, capMax === Infinity ? demand : capMax) + 1;
  const hires: number[][] = [];
  const stock: number[][] = [];
  for (let y = 0; y < T; y++) {
    hires.push(cal.districtIds.map((_, d) => m.col(`h_${y}_${d}`, 0, Infinity, 0, true)));
    stock.push(cal.districtIds.map((_, d) => m.col(`S_${y}_${d}`, 0, Math.max(cal.full[y][d], cal.kept[y][d]) + WHOLE)));
    const binds = m.col(`capacityBinds_${y}`, 0, 1, 0, true);
    for (let d = 0; d < D; d++) {
      const prev: [number, number][] = y === 0 ? [] : [[stock[y - 1][d], -(1 - a)]];
      const base = y === 0 ? (1 - a) * cal.baseStaff[d] : 0;
      m.row([[stock[y][d], 1], [hires[y][d], -1], ...prev], base, base);
      // not binding → every district full (to a whole worker)
      m.row([[stock[y][d], 1], [binds, cal.full[y][d]]], cal.full[y][d] - WHOLE, Infinity);
    }
    const all = hires[y].map((c): [number, number] => [c, 1]);
    m.row([...all, [capacity, -1]], -Infinity, -cal.stationHires[y] - margins.headroom);
    m.row([...all, [capacity, -1], [binds, -bigM]], -bigM - cal.stationHires[y] - margins.headroom, Infinity);
  }

  // A start that completes after the last space target's year serves no target: no column for it.
  const lastStart = lastSpaceTargetYear(scenario, cal, options) - cal.building.lead;
  const starts = options.freeBuilding === false || lastStart < 0 ? [] : spaceCandidates(cal).map((candidate) => ({
    candidate,
    cols: cal.years.map((_, y) => (y <= lastStart ? m.col(`x_${candidate.entity}_${y}`, 0, 1, 0, true) : -1)),
  }));
  for (const s of starts) m.row(s.cols.filter((c) => c >= 0).map((c): [number, number] => [c, 1]), -Infinity, 1);
  if (options.buildingCapacityM2 !== undefined && starts.length > 0) {
    const g = m.group({ kind: 'buildingCapacity', m2: options.buildingCapacityM2 });
    for (let y = 0; y < T; y++) m.row(starts.flatMap((s) => (s.cols[y] >= 0 ? [[s.cols[y], s.candidate.m2] as [number, number]] : [])), -Infinity, options.buildingCapacityM2, g);
  }

  const freeBudgets = options.freeBudgets ?? PAYERS.filter((p) => scenario.plan.budgets[p] !== undefined);
  const limited = (p: Payer) =>
    !freeBudgets.includes(p) ? scenario.plan.budgets[p] !== undefined : options.budgetCeiling?.[p] !== undefined || !!options.nonDecreasingBudgets || (objective.kind === 'peak' && objective.payer === p);
  const sites = siteChoice && addSiteColumns(m, siteChoice, cal.years, scenario.plan.building.payer, limited);

  // Budgets: each payer's spending in a year as terms over the columns and a constant.
  const spend = (p: Payer, y: number): { terms: [number, number][]; constant: number } => {
    const terms: [number, number][] = [];
    for (let d = 0; d < D; d++) {
      terms.push([stock[y][d], cal.perWorker[p][y][d] / WAN]);
      if (cal.training.payer === p) terms.push([hires[y][d], cal.training.perHire / WAN]);
    }
    if (cal.building.payer === p) for (const s of starts) if (s.cols[y] >= 0) terms.push([s.cols[y], (s.candidate.m2 * cal.building.costPerM2) / WAN]);
    if (sites) terms.push(...siteSpending(sites, p, y));
    return { terms, constant: cal.fixed[p][y] / WAN };
  };
  const budget: Partial<Record<Payer, number[]>> = {};
  const budgetRows: Partial<Record<Payer, number[]>> = {};
  const peakPayer = objective.kind === 'peak' ? objective.payer : null;
  const peak = peakPayer ? m.col('peak', 0, Infinity, 1) : -1;
  for (const p of PAYERS) {
    const free = freeBudgets.includes(p);
    const ceiling = options.budgetCeiling?.[p];
    const ceilingGroup = free && ceiling !== undefined ? m.group({ kind: 'budgetCeiling', payer: p, yuan: ceiling }) : -1;
    const cols: number[] = [];
    const rows: number[] = [];
    for (let y = 0; y < T; y++) {
      const { terms, constant } = spend(p, y);
      const margin = margins.budget[p][y];
      const yearTerm: [number, number][] = [];
      if (free) {
        const B = m.col(`B_${p}_${y}`, 0, ceiling === undefined ? Infinity : ceiling / WAN, peakPayer ? 0 : weight(p), false, ceilingGroup);
        cols.push(B);
        rows.push(m.row([...terms, [B, -1]], -Infinity, -constant - margin));
        yearTerm.push([B, 1]);
        if (options.nonDecreasingBudgets && y > 0) m.row([[B, 1], [cols[y - 1], -1]], 0, Infinity, m.group({ kind: 'nonDecreasing', payer: p }));
      } else {
        const cell = scenario.plan.budgets[p]?.[String(cal.years[y])];
        rows.push(typeof cell === 'number' ? m.row(terms, -Infinity, cell / WAN - constant - margin, m.group({ kind: 'fixedBudget', payer: p })) : -1);
        const w = peakPayer ? 0 : weight(p);
        for (const [c, v] of terms) m.cols[c].cost += w * v;
        m.offset += w * constant;
        yearTerm.push(...terms);
      }
      if (peakPayer === p) {
        const shift = free ? 0 : constant;
        m.row([[peak, 1], ...yearTerm.map(([c, v]): [number, number] => [c, -v])], shift, Infinity);
      } else if (peakPayer && free) m.cols[cols[y]].cost += MINOR;
    }
    if (free) budget[p] = cols;
    budgetRows[p] = rows;
  }
  if (peakPayer) for (const p of PAYERS) if (p !== peakPayer && !freeBudgets.includes(p)) {
    for (let y = 0; y < T; y++) {
      const { terms, constant } = spend(p, y);
      for (const [c, v] of terms) m.cols[c].cost += MINOR * v;
      m.offset += MINOR * constant;
    }
  }
  const vars: Vars = { capacity, hires, stock, budget, starts, sites };
  const { modelled, unmodelled, room, coverResidents } = addTargetRows(m, scenario, cal, vars, options, margins, siteChoice);
  return { model: m, vars, modelled, unmodelled, room, coverResidents, budgetRows, freeBudgets };
}

/** Year index of the latest chosen target on floor space; −1 without one. */
function lastSpaceTargetYear(scenario: Scenario, cal: Calibration, options: SynthesisOptions): number {
  return Math.max(-1, ...chosenTargets(scenario, options).filter((t) => SPACE_METRICS.has(t.metric)).map((t) => cal.years.indexOf(t.year)));
}
