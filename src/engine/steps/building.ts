/**
 * The building programme: completions of earlier starts, then this year's starts — the explicit projects
 * in priority order, then the automatic programme for whatever is still missing — each bounded by its
 * payer's remaining budget when the plan defers on shortfall.
 */
import { allocateShare } from '../allocate';
import { householdsAllAfter } from './population';
import { spaceNeed } from './requirements';
import { spaceRuleIn } from './requirementTerms';
import { LEVEL } from '../projection';
import { costLineIndex, type Run } from '../runState';
import type { Payer } from '../scenario';

// Read once: a property lookup per entity adds up over a national sweep.
const COMMUNITY = LEVEL.community;

const BUILD_LINE: Record<Payer, number> = {
  city: costLineIndex('building', 'city'),
  district: costLineIndex('building', 'district'),
  street: costLineIndex('building', 'street'),
};

/** Space in use this year: last year's plus what completes now. */
export function stepCompletions(run: Run, y: number): void {
  const { nEntities: n, base } = run.flat;
  const o = y * n;
  const { space, spaceCompleted } = run.series;
  for (let e = 0; e < n; e++) {
    const done = run.completions[o + e];
    spaceCompleted[o + e] = done;
    run.pending[e] -= done;
    space[o + e] = (y === 0 ? base.space[e] : space[o - n + e]) + done;
  }
}

function start(run: Run, y: number, e: number, m2: number, costPerM2: number, payer: Payer, leadTimeYears: number): number {
  const n = run.flat.nEntities;
  const cost = m2 * costPerM2;
  run.series.spaceStarted[y * n + e] += m2;
  run.costs[BUILD_LINE[payer]][y * n + e] += cost;
  run.pending[e] += m2;
  // Completions past the horizon stay pending (the schema keeps lead times at a year or more).
  const done = y + leadTimeYears;
  if (done < run.years.length) run.completions[done * n + e] += m2;
  run.remaining[payer] -= cost;
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
    if (defer && project.m2 * costPerM2 > run.remaining[payer]) {
      shortPayer ??= payer;
      deferredCost += project.m2 * costPerM2;
      run.deferred[payer][run.flat.entities.district[e]] += project.m2 * costPerM2;
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
  const leftover = shortPayer ? Math.max(0, run.remaining[shortPayer]) : 0;
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
 * grown to that year, under the rules in force then (the horizon's last year at most).
 */
function autoProgramme(run: Run, y: number, defer: boolean): { demand: number; started: number } {
  const { flat, series, years } = run;
  const { nEntities: n, entities, base } = flat;
  const o = y * n;
  const { costPerM2, payer, leadTimeYears: lead, aimPerHundredHouseholds, order = 'worstFirst' } = run.scenario.plan.building;
  const spaceNeeded = spaceNeed(spaceRuleIn(run.params, Math.min(y + lead, years.length - 1)));
  const households = householdsAllAfter(base, flat.nCommunities, years[y] + lead - run.baseYear, run.scratch.households);
  const claims = run.scratch.claims;
  claims.fill(0);
  let demand = 0;
  for (let e = 0; e < n; e++) {
    const i = o + e;
    if (series.established[i] === 0) continue;
    const level = entities.level[e];
    const h = level === COMMUNITY ? households[e] : 0;
    let aim = Math.max(series.spaceRequired[i], spaceNeeded(level, entities.kind[e], h));
    if (aimPerHundredHouseholds !== undefined && level === COMMUNITY) aim = Math.max(aim, (aimPerHundredHouseholds * h) / 100);
    const want = Math.max(0, aim - series.space[i] - run.pending[e]);
    claims[e] = want;
    demand += want;
  }
  const affordable = defer && costPerM2 > 0 ? Math.max(0, run.remaining[payer]) / costPerM2 : Infinity;
  if (affordable <= 0) {
    for (let e = 0; e < n; e++) run.deferred[payer][entities.district[e]] += claims[e] * costPerM2;
    return { demand, started: 0 };
  }
  const m2 = affordable >= demand ? claims : order === 'proRata' ? proRata(claims, affordable, run.scratch.out) : inOrder(claims, affordable, order, run.scratch.out);
  let started = 0;
  for (let e = 0; e < n; e++) {
    if (claims[e] > m2[e]) run.deferred[payer][entities.district[e]] += (claims[e] - m2[e]) * costPerM2;
    if (m2[e] <= 0) continue;
    start(run, y, e, m2[e], costPerM2, payer, lead);
    started += m2[e];
  }
  return { demand, started };
}

function proRata(claims: Float64Array, total: number, out: Float64Array): Float64Array {
  allocateShare(claims, total, out);
  return out;
}

/** How finely gaps are grouped by rank to find how far down the order the money reaches. */
const RANK_GROUPS = 4096;

/**
 * Whole gaps in order (largest or smallest first) while money lasts; the next gets what is left.
 * The order comes from a native numeric sort of packed keys — gap to 0.001 m² in the high part (its
 * rank), entity index in the low part (ties go to the lower index) — several times faster than sorting
 * indices with a comparator over a national sweep. Money short of the demand reaches only the first
 * gaps: a histogram by rank says how far, and only the keys up to there are sorted; the rest are
 * sorted after them only when the money outlasts that estimate (sums rounded differently).
 */
export function inOrder(claims: Float64Array, total: number, order: 'worstFirst' | 'nearestFirst', out: Float64Array): Float64Array {
  out.fill(0);
  const n = claims.length;
  const slots = 2 ** Math.ceil(Math.log2(n + 1));
  let count = 0;
  let maxQ = 0;
  for (let e = 0; e < n; e++) {
    if (claims[e] > 0) {
      count++;
      maxQ = Math.max(maxQ, Math.round(claims[e] * 1000));
    }
  }
  // A few thousand gaps sort at once; the histogram pays off beyond.
  const groups = count < RANK_GROUPS ? 1 : RANK_GROUPS;
  const width = (maxQ + 1) / groups;
  const group = (rank: number) => Math.min(groups - 1, Math.floor(rank / width));
  const sums = new Float64Array(groups);
  for (let e = 0; e < n; e++) {
    if (claims[e] <= 0) continue;
    const q = Math.round(claims[e] * 1000);
    sums[group(order === 'worstFirst' ? maxQ - q : q)] += claims[e];
  }
  let reach = 0;
  for (let acc = 0; reach < groups - 1 && acc + sums[reach] < total; reach++) acc += sums[reach];
  // Keys of the groups the money reaches at the front, the others at the back.
  const keys = new Float64Array(count);
  let head = 0;
  let tail = count;
  for (let e = 0; e < n; e++) {
    if (claims[e] <= 0) continue;
    const q = Math.round(claims[e] * 1000);
    const rank = order === 'worstFirst' ? maxQ - q : q;
    const key = rank * slots + e;
    if (group(rank) <= reach) keys[head++] = key;
    else keys[--tail] = key;
  }
  let left = total;
  const take = (from: number, to: number) => {
    keys.subarray(from, to).sort();
    for (let j = from; j < to && left > 0; j++) {
      const e = keys[j] % slots;
      out[e] = Math.min(claims[e], left);
      left -= out[e];
    }
  };
  take(0, head);
  if (left > 0) take(head, count);
  return out;
}
