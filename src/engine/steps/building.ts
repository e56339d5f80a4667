/**
 * The building programme: completions of earlier starts, then this year's starts — the explicit projects
 * in priority order, then the automatic programme for whatever is still missing — each bounded by its
 * payer's remaining budget when the plan defers on shortfall.
 */
import { allocateShare } from '../allocate';
import { orderCut, shareAt as shareAtExported, type Cut } from './buildingOrder';
import { claimsOf, placesScratch } from './buildingClaims';
import { costLineIndex, type Run } from '../runState';
import { startedAtTargets } from './startsLater';
import { payerAt, type Payer } from '../scenario';

// A module constant: an imported binding is read through its module cell, which optimised code tests at each call in startAll's loop, every place.
const shareAt = shareAtExported;

/** A cut that takes nothing, read where there is none (startAll reads a cut's fields once, before its loop). */
const NO_CUT: Cut = { ranks: new Int32Array(0), rank: -1, at: -1, m: 0 };

/** The positions 0, 1, 2 … of the places listed, for pro rata shares by position; kept from one call to the next. */
let positions = new Int32Array(0);

function positionsTo(n: number): Int32Array {
  if (positions.length < n) positions = Int32Array.from({ length: n }, (_, j) => j);
  return positions.subarray(0, n);
}

const BUILD_LINE: Record<Payer, number> = {
  city: costLineIndex('building', 'city'),
  district: costLineIndex('building', 'district'),
  street: costLineIndex('building', 'street'),
};

function start(run: Run, y: number, e: number, m2: number, costPerM2: number, payer: Payer, leadTimeYears: number): number {
  const n = run.flat.nEntities;
  const cost = m2 * costPerM2;
  // Where starts wait to be made when read (startsLater.ts), a project's are made from projectStarts.
  if (run.startsLater === null) {
    run.series.spaceStarted[y * n + e] += m2;
    run.costs[BUILD_LINE[payer]][y * n + e] += cost;
  }
  run.pending[e] += m2;
  // Completions past the horizon stay pending (the schema keeps lead times at a year or more).
  const done = y + leadTimeYears;
  if (done < run.years.length) run.completions[done * n + e] += m2;
  run.remaining[payerAt(payer)] -= cost;
  return cost;
}

/** Starts this year's building and returns what it costs each payer. */
export function stepBuilding(run: Run, y: number, defer: boolean, index: (id: string) => number | undefined): Record<Payer, number> {
  const { building } = run.scenario.plan;
  const year = run.years[y];
  const spent: Record<Payer, number> = { city: 0, district: 0, street: 0 };
  let demand = 0;
  let started = 0;
  let shortPayer: Payer | undefined;
  let deferredCost = 0;
  const waiting = [];
  for (const project of run.queue) {
    if (project.startYear > year) {
      waiting.push(project);
      continue;
    }
    const payer = project.payer ?? building.payer;
    const costPerM2 = project.costPerM2 ?? building.costPerM2;
    demand += project.m2;
    const e = index(project.target)!;
    if (defer && project.m2 * costPerM2 > run.remaining[payerAt(payer)]) {
      shortPayer ??= payer;
      deferredCost += project.m2 * costPerM2;
      run.deferred[payerAt(payer)][run.flat.entities.district[e]] += project.m2 * costPerM2;
      waiting.push(project);
      continue;
    }
    const lead = project.leadTimeYears ?? building.leadTimeYears;
    spent[payer] += start(run, y, e, project.m2, costPerM2, payer, lead);
    started += project.m2;
    run.projectStarts.push({
      projectId: project.id,
      entity: e,
      yearIdx: y,
      m2: project.m2,
      cost: project.m2 * costPerM2,
      payer,
      askedYear: project.startYear,
      completesYear: year + lead,
    });
  }
  run.queue = waiting;
  if (building.autoCloseFrom !== undefined && year >= building.autoCloseFrom) {
    const auto = autoProgramme(run, y, defer);
    demand += auto.demand;
    started += auto.started;
    spent[building.payer] += auto.started * building.costPerM2;
    if (auto.started < auto.demand - 1e-6) {
      shortPayer ??= building.payer;
      deferredCost += (auto.demand - auto.started) * building.costPerM2;
    }
  }
  const deferred = Math.max(0, demand - started);
  const leftover = shortPayer ? Math.max(0, run.remaining[payerAt(shortPayer)]) : 0;
  run.building.push({
    demand,
    started,
    deferred,
    limitedBy: deferred > 1e-6 ? 'budget' : 'none',
    payer: deferred > 1e-6 ? shortPayer : undefined,
    shortBy: deferred > 1e-6 ? Math.max(0, deferredCost - leftover) : 0,
  });
  return spent;
}

/**
 * The automatic programme aims at what each place will need when the start completes: households
 * grown to that year, under the rules in force then (the horizon's last year at most). Only the places
 * with a gap are visited after the first pass: a place without one gets nothing, defers nothing and
 * adds nothing to any sum, so leaving it out gives the same figures. Gaps and shares are kept by the
 * place's position in the list (claimsOf), the same numbers in the same order as by entity.
 */
function autoProgramme(run: Run, y: number, defer: boolean): { demand: number; started: number } {
  const { costPerM2, payer } = run.scenario.plan.building;
  const places = placesScratch(run.flat.nEntities);
  // demand, remaining, started and the largest gap: carried round the loops, in a typed array (see payCosts in recurringCosts.ts)
  const acc = new Float64Array(4);
  const count = claimsOf(run, y, places, acc);
  const demand = acc[0];
  const gaps = places.subarray(0, count);
  const claims = run.scratch.claims.subarray(0, count);
  const deferred = run.deferred[payerAt(payer)];
  const district = run.flat.entities.district;
  const affordable = defer && costPerM2 > 0 ? Math.max(0, run.remaining[payerAt(payer)]) / costPerM2 : Infinity;
  if (affordable <= 0) {
    for (let j = 0; j < count; j++) deferred[district[gaps[j]]] += claims[j] * costPerM2;
    return { demand, started: 0 };
  }
  const order = run.scenario.plan.building.order ?? 'worstFirst';
  const out = run.scratch.out;
  const ordered = !(affordable >= demand) && order !== 'proRata';
  const cut = ordered ? orderCut(claims, affordable, order, out, acc[3]) : null;
  const m2 = affordable >= demand ? claims : order === 'proRata' ? allocateShare(claims, positionsTo(count), affordable, out) : out;
  acc[1] = run.remaining[payerAt(payer)];
  startAll(run, y, gaps, { claims, m2, cut }, acc);
  if (run.startsLater) startedAtTargets(run.startsLater, y, gaps, claims, cut === null ? m2 : cut);
  run.remaining[payerAt(payer)] = acc[1];
  return { demand, started: acc[2] };
}

/**
 * start() for every place with a gap at once, its arrays and the payer's remaining budget read once:
 * the same sums in the same order. The place at position j of gaps has gap claims[j], and its m² are
 * m2[j], or the cut's where the order has one.
 * acc[1] is the remaining budget, acc[2] the m² started. Under a cut, whether a place is taken follows
 * no pattern a branch could guess (the order is by size, the list by index), so every place is
 * started and deferred without one where that adds only +0s: a place's share is then its whole gap or
 * +0 (its gap finite and above 0, Cut), so a place not taken starts +0 m² at a cost of +0 (costPerM2
 * finite and not −0) and a place taken defers (gap − gap) × costPerM2 = +0; x − (+0) is x, and x + (+0)
 * is x but for −0, which no cell these add to holds: each starts at +0 and only ever has numbers added.
 */
function startAll(run: Run, y: number, gaps: Int32Array, { claims, m2, cut }: { claims: Float64Array; m2: Float64Array; cut: Cut | null }, acc: Float64Array): void {
  const { flat, series, years, pending, completions } = run;
  const n = flat.nEntities;
  const district = flat.entities.district;
  const o = y * n;
  const { costPerM2, payer, leadTimeYears: lead } = run.scenario.plan.building;
  const deferred = run.deferred[payerAt(payer)];
  const done = y + lead;
  // Where starts wait to be made when read (startsLater.ts), only those completing past the horizon are kept, in rows of their own, and no line is written.
  const later = run.startsLater;
  const spaceStarted = later === null ? series.spaceStarted : done < years.length ? null : later.late;
  const so = later === null ? o : (y - later.from) * n;
  const line = later === null ? run.costs[BUILD_LINE[payer]] : null;
  const fresh = freshRows(run, y, payer, lead);
  const every = cut !== null && plainCost(costPerM2) ? 1 : 0;
  // Read once as numbers: in the loop, each object field, boolean and array length was loaded and tested again every place.
  const cutting = cut === null ? 0 : 1;
  const { ranks, rank, at, m: mAt } = cut ?? NO_CUT;
  const [started, paid, completed] = [fresh.started ? 1 : 0, fresh.paid ? 1 : 0, fresh.done ? 1 : 0];
  const completes = done < years.length ? 1 : 0;
  const co = done * n;
  let left = acc[1];
  let total = acc[2];
  // The remaining budget, the m² started and the deferred sum of the district whose places come one after
  // another are carried in locals: in a typed array's cell, each addition waited on the store before it.
  // startAll runs every year, so it is compiled whole, where locals stay in registers. A district's sum is
  // stored when the district changes and reloaded if it comes back (a flat city lists its streets after
  // every community): the same additions in the same order.
  let d = -1;
  let owed = 0;
  for (let j = 0; j < gaps.length; j++) {
    const e = gaps[j];
    const c = claims[j];
    const m = cutting === 0 ? m2[j] : shareAt(ranks, rank, at, mAt, j, c);
    if (every === 1 || c > m) {
      if (district[e] !== d) {
        if (d >= 0) deferred[d] = owed;
        d = district[e];
        owed = deferred[d];
      }
      owed += (c - m) * costPerM2;
    }
    if (every === 0 && m <= 0) continue;
    const cost = m * costPerM2;
    // A row no start has written holds +0, and 0 + x is x + 0 (−0 made +0, as the sum makes it).
    if (spaceStarted !== null) {
      if (started === 1) spaceStarted[so + e] = m + 0;
      else spaceStarted[so + e] += m;
    }
    if (line !== null) {
      if (paid === 1) line[o + e] = cost + 0;
      else line[o + e] += cost;
    }
    pending[e] += m;
    if (completes === 1) {
      if (completed === 1) completions[co + e] = m + 0;
      else completions[co + e] += m;
    }
    left -= cost;
    total += m;
  }
  if (d >= 0) deferred[d] = owed;
  acc[1] = left;
  acc[2] = total;
}

/** A cost per m² that turns +0 m² into +0 yuan: finite and not −0. */
const plainCost = (c: number): boolean => c >= 0 && c < Infinity && !Object.is(c, -0);

/**
 * Which of startAll's rows no start has written yet, so still hold the +0 they were made with: written
 * there, not added to, a row's memory is taken once at the write, where a sum first reads it as zeros
 * and takes it again at the write, two page faults instead of one, a few thousand a national run. Only
 * starts write these rows: the projects' (start(), logged in projectStarts) and the automatic
 * programme's of earlier years, which complete at other years, its lead time being the same every year.
 */
function freshRows(run: Run, y: number, payer: Payer, lead: number): { started: boolean; paid: boolean; done: boolean } {
  const fresh = { started: true, paid: true, done: true };
  const completes = run.years[y] + lead;
  for (const s of run.projectStarts) {
    if (s.yearIdx === y) fresh.started = false;
    if (s.yearIdx === y && s.payer === payer) fresh.paid = false;
    if (s.completesYear === completes) fresh.done = false;
  }
  return fresh;
}
