/**
 * The building programme: completions of earlier starts, then this year's starts — the explicit projects
 * in priority order, then the automatic programme for whatever is still missing — each bounded by its
 * payer's remaining budget when the plan defers on shortfall.
 */
import { allocateShare } from '../allocate';
import { householdsAfter } from './population';
import { round } from '../round';
import { spaceNeeded, spaceTable, type SpaceTable } from './requirements';
import { spaceRuleIn } from './requirementTerms';
import { costLineIndex, type Run } from '../runState';
import type { Payer } from '../scenario';

const BUILD_LINE: Record<Payer, number> = {
  city: costLineIndex('building', 'city'),
  district: costLineIndex('building', 'district'),
  street: costLineIndex('building', 'street'),
};

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
 * grown to that year, under the rules in force then (the horizon's last year at most). Only the places
 * with a gap are visited after the first pass: a place without one gets nothing, defers nothing and
 * adds nothing to any sum, so leaving it out gives the same figures.
 */
function autoProgramme(run: Run, y: number, defer: boolean): { demand: number; started: number } {
  const { costPerM2, payer } = run.scenario.plan.building;
  const claims = run.scratch.claims;
  const places = placesScratch(run.flat.nEntities);
  // demand, remaining, started: the sums carried round the loops, in a typed array (see payCosts in recurringCosts.ts)
  const acc = new Float64Array(3);
  const count = claimsOf(run, y, places, acc);
  const demand = acc[0];
  const gaps = places.subarray(0, count);
  const deferred = run.deferred[payer];
  const district = run.flat.entities.district;
  const affordable = defer && costPerM2 > 0 ? Math.max(0, run.remaining[payer]) / costPerM2 : Infinity;
  if (affordable <= 0) {
    for (let j = 0; j < count; j++) deferred[district[gaps[j]]] += claims[gaps[j]] * costPerM2;
    return { demand, started: 0 };
  }
  const order = run.scenario.plan.building.order ?? 'worstFirst';
  const out = run.scratch.out;
  const m2 = affordable >= demand ? claims : order === 'proRata' ? allocateShare(claims, gaps, affordable, out) : inOrder(claims, gaps, affordable, order, out);
  acc[1] = run.remaining[payer];
  startAll(run, y, gaps, m2, acc);
  run.remaining[payer] = acc[1];
  return { demand, started: acc[2] };
}

/**
 * Every place's gap at completion into claims, and the places with one (or none that can be told,
 * NaN) into places, by entity index; returns their number and adds their gaps to acc[0]. Every
 * community's households that year are kept for the year's opening when the start completes (openYear.ts).
 * Communities come first in a flat city, then streets and districts, each set its own loop.
 */
function claimsOf(run: Run, y: number, places: Int32Array, acc: Float64Array): number {
  const { years, flat } = run;
  const lead = run.scenario.plan.building.leadTimeYears;
  const rule = spaceTable(spaceRuleIn(run.params, Math.min(y + lead, years.length - 1)));
  const ahead = years[y] + lead - run.baseYear;
  run.scratch.householdsAhead = ahead;
  const count = communityClaims(run, y, rule, ahead, places, acc);
  return centreClaims(run, y, rule, flat.nCommunities, count, places, acc);
}

/** claimsOf for the communities: spaceNeeded's community terms read straight from the rule's table. */
function communityClaims(run: Run, y: number, rule: SpaceTable, ahead: number, places: Int32Array, acc: Float64Array): number {
  const { flat, series, pending } = run;
  const { nCommunities: nc, nEntities: n, entities, base } = flat;
  const kind = entities.kind;
  const { established, spaceRequired, space } = series;
  const o = y * n;
  const aimPer = run.scenario.plan.building.aimPerHundredHouseholds;
  const { minimum, perHundred, supermarket } = rule;
  const households = run.scratch.households;
  const claims = run.scratch.claims;
  let count = 0;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    const h = (households[e] = householdsAfter(base.households[e], base.growth[e], base.dwellings[e], ahead));
    if (established[i] === 0) {
      claims[e] = 0;
      continue;
    }
    const k = kind[e];
    let aim = Math.max(spaceRequired[i], Math.max(minimum[k], (perHundred[k] * h) / 100) + supermarket);
    if (aimPer !== undefined) aim = Math.max(aim, (aimPer * h) / 100);
    const want = Math.max(0, aim - space[i] - pending[e]);
    claims[e] = want;
    if (want <= 0) continue;
    places[count++] = e;
    acc[0] += want;
  }
  return count;
}

/** claimsOf for the streets and districts, from entity `from` on, listing from position count. */
function centreClaims(run: Run, y: number, rule: SpaceTable, from: number, count: number, places: Int32Array, acc: Float64Array): number {
  const { flat, series, pending } = run;
  const { nEntities: n, entities } = flat;
  const { established, spaceRequired, space } = series;
  const o = y * n;
  const claims = run.scratch.claims;
  for (let e = from; e < n; e++) {
    const i = o + e;
    if (established[i] === 0) {
      claims[e] = 0;
      continue;
    }
    const aim = Math.max(spaceRequired[i], spaceNeeded(rule, entities.level[e], entities.kind[e], 0));
    const want = Math.max(0, aim - space[i] - pending[e]);
    claims[e] = want;
    if (want <= 0) continue;
    places[count++] = e;
    acc[0] += want;
  }
  return count;
}

/**
 * start() for every place with a gap at once, its arrays and the payer's remaining budget read once:
 * the same sums in the same order. acc[1] is the remaining budget, acc[2] the m² started.
 */
function startAll(run: Run, y: number, gaps: Int32Array, m2: Float64Array, acc: Float64Array): void {
  const { flat, series, years, pending, completions } = run;
  const n = flat.nEntities;
  const district = flat.entities.district;
  const spaceStarted = series.spaceStarted;
  const o = y * n;
  const { costPerM2, payer, leadTimeYears: lead } = run.scenario.plan.building;
  const claims = run.scratch.claims;
  const deferred = run.deferred[payer];
  const line = run.costs[BUILD_LINE[payer]];
  const done = y + lead;
  for (let j = 0; j < gaps.length; j++) {
    const e = gaps[j];
    const m = m2[e];
    if (claims[e] > m) deferred[district[e]] += (claims[e] - m) * costPerM2;
    if (m <= 0) continue;
    const cost = m * costPerM2;
    spaceStarted[o + e] += m;
    line[o + e] += cost;
    pending[e] += m;
    if (done < years.length) completions[done * n + e] += m;
    acc[1] -= cost;
    acc[2] += m;
  }
}

/** The places with a gap, kept from one call to the next like inOrder's arrays. */
let placeList = new Int32Array(0);

function placesScratch(n: number): Int32Array {
  if (placeList.length < n) placeList = new Int32Array(n);
  return placeList;
}

/** How finely gaps are grouped by rank to find how far down the order the money reaches. */
const RANK_GROUPS = 4096;
/** Ranks are sorted eleven bits at a time: a count table that stays in the core's cache. */
const DIGIT = 2048;

/**
 * Whole gaps in order (largest or smallest first) while money lasts; the next gets what is left.
 * Only the places listed (by entity index, in index order) are read, and only their out is written.
 * A gap's rank is its size to 0.001 m²; ties go to the lower entity index. Money short of the demand
 * reaches only the first gaps: a histogram by rank says how far, and only the gaps up to there are
 * sorted; the rest are sorted after them only when the money outlasts that estimate (sums rounded
 * differently). Ranks are whole numbers, so a radix sort orders them in a few linear passes where a
 * comparison sort over a national sweep's gaps takes several times as long.
 */
export function inOrder(claims: Float64Array, places: Int32Array, total: number, order: 'worstFirst' | 'nearestFirst', out: Float64Array): Float64Array {
  const n = places.length;
  // The largest gap, carried round the loop in a typed array (see payCosts in recurringCosts.ts). Rounding
  // keeps order, so the largest gap to 0.001 m² is the largest gap rounded.
  const most = new Float64Array(1);
  for (let j = 0; j < n; j++) if (claims[places[j]] > most[0]) most[0] = claims[places[j]];
  const maxQ = round(most[0] * 1000);
  // A few thousand gaps sort at once; the histogram pays off beyond.
  const groups = n < RANK_GROUPS ? 1 : RANK_GROUPS;
  // Any grouping that keeps ranks in order gives the same result; a product is cheaper than a quotient.
  const perRank = groups / (maxQ + 1);
  const sums = new Float64Array(groups);
  const sizes = new Int32Array(groups);
  // The places with a gap, by entity index, their ranks and rank groups.
  const { gaps, qs, groupOf, ents, ranks, digits } = orderScratch(n);
  let count = 0;
  for (let j = 0; j < n; j++) {
    const e = places[j];
    out[e] = 0;
    if (!(claims[e] > 0)) continue;
    const q = round(claims[e] * 1000);
    const rank = order === 'worstFirst' ? maxQ - q : q;
    const g = Math.min(groups - 1, Math.floor(rank * perRank));
    gaps[count] = e;
    qs[count] = rank;
    groupOf[count++] = g;
    sums[g] += claims[e];
    sizes[g]++;
  }
  let reach = 0;
  let head = sizes[0];
  for (let acc = 0; reach < groups - 1 && acc + sums[reach] < total; ) {
    acc += sums[reach++];
    head += sizes[reach];
  }
  // The gaps of the groups the money reaches at the front, the others after them, each part by entity index.
  let front = 0;
  let back = head;
  for (let j = 0; j < count; j++) {
    const at = groupOf[j] <= reach ? front++ : back++;
    ents[at] = gaps[j];
    ranks[at] = qs[j];
  }
  const spare = { ents: gaps, ranks: qs, digits };
  const left = take(claims, total, sortByRank(ents, ranks, 0, head, maxQ, spare), 0, head, out);
  if (left > 0) take(claims, left, sortByRank(ents, ranks, head, count, maxQ, spare), head, count, out);
  return out;
}

/** Whole gaps of sorted[from, to) in turn while money lasts, the next what is left; returns what is left. */
function take(claims: Float64Array, total: number, sorted: Int32Array, from: number, to: number, out: Float64Array): number {
  // What is left, carried round the loop in a typed array (see payCosts in recurringCosts.ts).
  const left = Float64Array.of(total);
  for (let j = from; j < to && left[0] > 0; j++) {
    const e = sorted[j];
    out[e] = Math.min(claims[e], left[0]);
    left[0] -= out[e];
  }
  return left[0];
}

/**
 * inOrder's working arrays, kept from one call to the next: a national city orders its gaps every year,
 * and fresh arrays each time are new pages to fault in. inOrder writes every element it reads first.
 */
let orderArrays = { gaps: new Int32Array(0), qs: new Float64Array(0), groupOf: new Uint16Array(0), ents: new Int32Array(0), ranks: new Float64Array(0), digits: new Uint16Array(0) };

function orderScratch(n: number): typeof orderArrays {
  if (orderArrays.gaps.length < n) orderArrays = { gaps: new Int32Array(n), qs: new Float64Array(n), groupOf: new Uint16Array(n), ents: new Int32Array(n), ranks: new Float64Array(n), digits: new Uint16Array(n) };
  return orderArrays;
}

/**
 * Entities [from, to) ordered by rank (whole numbers up to maxRank), ties kept in the order given: a
 * stable least-significant-digit radix sort. Returns whichever of ents and spare.ents holds the result
 * (the two swap roles each pass); ranks are moved along with them.
 */
function sortByRank(ents: Int32Array, ranks: Float64Array, from: number, to: number, maxRank: number, spare: { ents: Int32Array; ranks: Float64Array; digits: Uint16Array }): Int32Array {
  const counts = new Int32Array(DIGIT);
  const digits = spare.digits;
  let [srcE, srcR, dstE, dstR] = [ents, ranks, spare.ents, spare.ranks];
  // Scaling by a power of two is exact, so each digit is read exactly for any rank below 2^53, and a
  // product is cheaper than a quotient. Below 2^31 the scaled whole part fits an int32, and masking it
  // takes the digit without a floating remainder. Each digit is worked out once a pass, for the count and the move.
  const small = maxRank < 2 ** 31;
  for (let place = 1; place <= maxRank; place *= DIGIT) {
    const scale = 1 / place;
    counts.fill(0);
    if (small) for (let j = from; j < to; j++) counts[(digits[j] = ((srcR[j] * scale) | 0) & (DIGIT - 1))]++;
    else for (let j = from; j < to; j++) counts[(digits[j] = ((srcR[j] * scale) % DIGIT) | 0)]++;
    for (let d = 0, at = from; d < DIGIT; d++) {
      const c = counts[d];
      counts[d] = at;
      at += c;
    }
    for (let j = from; j < to; j++) {
      const k = counts[digits[j]]++;
      dstE[k] = srcE[j];
      dstR[k] = srcR[j];
    }
    [srcE, srcR, dstE, dstR] = [dstE, dstR, srcE, srcR];
  }
  return srcE;
}
