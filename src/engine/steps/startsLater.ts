/**
 * A fresh run's m² started (series.spaceStarted) and building lines made when first read, not stored as
 * the run goes: no step reads them while the run lasts, and a national run's two are 10 MB of new pages
 * that a sweep or a goal seek's probes never read. Each value is made with the operations that building.ts
 * would have stored it with, in their order, so every bit is the same:
 *
 * - Only explicit projects (start(), each logged in projectStarts with its m², cost and payer) and the
 *   automatic programme (startAll) start building. A project starts only on its target, so any other
 *   entity's m² started in a year is the programme's one start there, written m + 0 onto +0: m itself.
 * - The programme's start also books m at completions[year + lead] (spaceCompleted, kept, which only
 *   starts write), so off the targets m² started is the completions lead years on. Starts that complete
 *   past the horizon are booked nowhere else: their rows alone are kept (`late`).
 * - On a target the programme's m² are kept year by year (`atTargets`), and each cell is replayed: +0,
 *   then the projects' m² in the order they started, then the programme's. A sum from +0 is never −0, so
 *   adding a +0 where the programme started nothing changes nothing.
 * - A building line is the same replay of costs: off the targets the programme's payer's holds m × cost
 *   per m² + 0 where m was started, +0 elsewhere; the projects' costs are the logged ones.
 *
 * It holds only where nothing reads the lines while the run lasts: no payer earmarks building
 * (budgetPools.ts itemSpent recounts an earmarked item's line).
 */
import { indicesOf, type Flat } from '../flatten';
import { onFirstRead } from '../onFirstRead';
import type { CostLine, ProjectStart } from '../projection';
import type { Run } from '../runState';
import { PAYERS, type Payer, type Scenario } from '../scenario';
import { shareOf, type Cut } from './buildingOrder';

export interface StartsLater {
  /** the automatic programme's lead time */
  lead: number;
  /** the first year whose programme starts complete past the horizon */
  from: number;
  /** the programme's m² started from year `from` on, year-major */
  late: Float64Array;
  /** the entity of each project's target, each once */
  targets: number[];
  /** the programme's m² started on each target, at y × targets + t (+0 where it started none) */
  atTargets: Float64Array;
  /** the building lines that wait (those that can be non-zero), by index into the cost lines, and their payers */
  lines: { k: number; payer: Payer }[];
}

/** Rows of m² started a run keeps when its starts wait (the years whose programme starts complete past the horizon); null when they cannot wait. */
export function lateRows(scenario: Scenario, ny: number): number | null {
  if (PAYERS.some((p) => scenario.plan.earmarks?.[p]?.building !== undefined)) return null;
  return Math.min(ny, scenario.plan.building.leadTimeYears);
}

/** The run's waiting starts: late is cut for lateRows' rows; active says which cost lines can be non-zero. */
export function startsLater(scenario: Scenario, flat: Flat, ny: number, late: Float64Array, costLines: readonly CostLine[], active: readonly boolean[]): StartsLater {
  const ids = Array.from(scenario.plan.building.projects, (p) => p.target);
  const index = indicesOf(flat, ids);
  const targets = [...new Set(ids.flatMap((id) => index(id) ?? []))];
  const { leadTimeYears: lead } = scenario.plan.building;
  const lines = costLines.flatMap(({ item, payer }, k) => (item === 'building' && active[k] ? [{ k, payer }] : []));
  return { lead, from: ny - Math.min(ny, lead), late, targets, atTargets: new Float64Array(ny * targets.length), lines };
}

/**
 * Keeps the programme's m² started on each target in year y: those startAll wrote, at the places listed
 * (places, ascending) with a gap (claims) and m² to start (shares, or the cut's), both by position in the list.
 */
export function startedAtTargets(later: StartsLater, y: number, places: Int32Array, claims: Float64Array, shares: Float64Array | Cut): void {
  const { targets, atTargets } = later;
  for (let t = 0; t < targets.length; t++) {
    const j = positionOf(places, targets[t]);
    const listed = places[j] === targets[t];
    const m = !listed ? 0 : shares instanceof Float64Array ? shares[j] : shareOf(shares, j, claims[j]);
    atTargets[y * targets.length + t] = !listed || claims[j] <= 0 || m <= 0 ? 0 : m;
  }
}

/** Where entity e is in places (ascending), or where it would go. */
function positionOf(places: Int32Array, e: number): number {
  let [lo, hi] = [0, places.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid] < e) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** m² started, entity by entity and year by year. */
function startedOf(later: StartsLater, starts: readonly ProjectStart[], completions: Float64Array, n: number, ny: number): Float64Array {
  const { lead, from, late } = later;
  const out = new Float64Array(n * ny);
  out.set(completions.subarray(lead * n, (from + lead) * n));
  out.set(late, from * n);
  replay(out, later, starts, n, ny, null, null);
  return out;
}

/** Payer p's building line, from the m² started. */
function lineOf(later: StartsLater, starts: readonly ProjectStart[], started: Float64Array, p: Payer, { payer, costPerM2 }: Scenario['plan']['building'], n: number, ny: number): Float64Array {
  const out = new Float64Array(n * ny);
  if (p === payer) for (let i = 0; i < out.length; i++) if (started[i] !== 0) out[i] = started[i] * costPerM2 + 0;
  replay(out, later, starts, n, ny, p, p === payer ? costPerM2 : null);
  return out;
}

/**
 * Every target's cells made again from +0: each project's m² (p null) or cost to payer p in the order
 * they started, then the programme's m² (p null) or its cost, m × perM2, where it started any (perM2
 * null: the programme does not pay from this line).
 */
function replay(out: Float64Array, { targets, atTargets }: StartsLater, starts: readonly ProjectStart[], n: number, ny: number, p: Payer | null, perM2: number | null): void {
  for (let y = 0; y < ny; y++) for (const e of targets) out[y * n + e] = 0;
  for (const s of starts) {
    if (p === null) out[s.yearIdx * n + s.entity] += s.m2;
    else if (s.payer === p) out[s.yearIdx * n + s.entity] += s.cost;
  }
  for (let y = 0; y < ny; y++) {
    targets.forEach((e, t) => {
      const m = atTargets[y * targets.length + t];
      if (m === 0) return;
      if (p === null) out[y * n + e] += m;
      else if (perM2 !== null) out[y * n + e] += m * perM2;
    });
  }
}

/** Makes series.spaceStarted and the building lines that wait, each worked out on its first read. */
export function startsOnRead(run: Run, later: StartsLater): void {
  const { series, costs, flat, years, projectStarts, scenario } = run;
  const [n, ny] = [flat.nEntities, years.length];
  // Completions read only here: a fresh run keeps them compact, made whole on their first read (compactSeries.ts).
  onFirstRead(series, 'spaceStarted', () => startedOf(later, projectStarts, series.spaceCompleted, n, ny));
  for (const { k, payer } of later.lines) onFirstRead(costs, k, () => lineOf(later, projectStarts, series.spaceStarted, payer, scenario.plan.building, n, ny));
}
