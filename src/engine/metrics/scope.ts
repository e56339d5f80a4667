/** Counting over the established entities of one level, in the city or in one district. */
import { levelRange, type DistrictFilter } from '../aggregate';
import type { ParamKey } from '../params';
import type { Level, Projection, Values } from '../projection';
import { CHUNK } from '../chunk';
import { metBit, shortfall } from './meetsNeed';

export function param(p: Projection, key: ParamKey, yearIdx: number): number | null {
  return p.params[key]?.[yearIdx] ?? null;
}


/**
 * The entities of a level, in ascending order: all of them for the city, or one district's. A
 * district's list keeps the order of a full scan, so sums over it are bit-identical to one, while the
 * per-district passes of a results view touch each entity once instead of once per district. Keyed on
 * the city's district column, which no draw or lever edit rewrites.
 */
const byDistrictCache = new WeakMap<Int32Array, Map<string, Int32Array[]>>();

export function entitiesOf(p: Projection, level: Level, district: DistrictFilter): Int32Array | [number, number] {
  const [from, to] = levelRange(p, level);
  if (district < 0) return [from, to];
  const districtOf = p.entities.district;
  let perLevel = byDistrictCache.get(districtOf);
  if (!perLevel) byDistrictCache.set(districtOf, (perLevel = new Map()));
  const key = `${from}:${to}:${p.nDistricts}`;
  let lists = perLevel.get(key);
  if (!lists) {
    const counts = new Int32Array(p.nDistricts + 1);
    for (let e = from; e < to; e++) counts[districtOf[e]]++;
    lists = Array.from(counts, (n) => new Int32Array(n));
    const fill = new Int32Array(p.nDistricts + 1);
    for (let e = from; e < to; e++) lists[districtOf[e]][fill[districtOf[e]]++] = e;
    perLevel.set(key, lists);
  }
  return lists[district] ?? new Int32Array(0);
}

/** The entities of a level in the city or one district, ascending, for a pass of one's own. */
export function eachOf(p: Projection, level: Level, district: DistrictFilter, visit: (e: number) => void): void {
  const which = entitiesOf(p, level, district);
  if (which instanceof Int32Array) for (let k = 0; k < which.length; k++) visit(which[k]);
  else for (let e = which[0]; e < which[1]; e++) visit(e);
}

/**
 * Share of established entities of a level for which ok(i, e) holds; null when there are none. An
 * entity for which ok returns null is outside the rule (a village under a rule for residents'
 * committees) and is not counted.
 */
export function shareOf(
  p: Projection,
  yearIdx: number,
  level: Level,
  district: DistrictFilter,
  ok: (i: number, e: number) => boolean | null,
): number | null {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  let n = 0;
  let good = 0;
  // Loops of its own rather than eachOf: this runs for every share metric, scope and year of a view.
  const which = entitiesOf(p, level, district);
  const list = which instanceof Int32Array ? which : null;
  const [from, to] = list ? [0, list.length] : (which as [number, number]);
  for (let k = from; k < to; k++) {
    const e = list ? list[k] : k;
    if (est[base + e] === 0) continue;
    const met = ok(base + e, e);
    if (met === null) continue;
    n++;
    if (met) good++;
  }
  return n === 0 ? null : good / n;
}

/** Σ short(i, e) over the established entities of a level, each term a shortfall (meetsNeed.ts) or 0. */
export function gapOf(p: Projection, yearIdx: number, level: Level, district: DistrictFilter, short: (i: number, e: number) => number) {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  let sum = 0;
  const which = entitiesOf(p, level, district);
  if (which instanceof Int32Array) {
    for (let k = 0; k < which.length; k++) if (est[base + which[k]] !== 0) sum += short(base + which[k], which[k]);
  } else {
    for (let e = which[0]; e < which[1]; e++) if (est[base + e] !== 0) sum += short(base + e, e);
  }
  return sum;
}

/**
 * shareOf for the commonest test, have[i] meets need (meetsNeed.ts): need[i] of an array, or a minimum by community kind
 * (null: the kind is outside the rule). shareOf asks a test of every entity through one call site that
 * every metric's test passes, which the compiler cannot inline; this loop reads the arrays itself.
 */
export function shareAtLeast(p: Projection, yearIdx: number, level: Level, district: DistrictFilter, have: Values, need: Values | (number | null)[]): number | null {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const which = entitiesOf(p, level, district);
  if (!(which instanceof Int32Array)) {
    const [from, to] = which;
    if (!Array.isArray(need)) return rangeAtLeast(est, have, need, base + from, base + to);
    return rangeAtLeastByKind(est, have, p.entities.kind, kindTables(need), base, from, to);
  }
  // One district's list.
  const byKind = Array.isArray(need) ? need : null;
  const perEntity = Array.isArray(need) ? null : need;
  const kind = p.entities.kind;
  let n = 0;
  let good = 0;
  for (let k = 0; k < which.length; k++) {
    const e = which[k];
    const i = base + e;
    if (est[i] === 0) continue;
    const min = perEntity ? perEntity[i] : byKind![kind[e]];
    if (min === null) continue;
    n++;
    // counted without a branch: whether a place meets its need follows no pattern a branch could guess
    good += metBit(have[i], min);
  }
  return n === 0 ? null : good / n;
}

/**
 * shareAtLeast over the run of entities [from, to) of one year's row, need per entity: the city's
 * scope, read for every target year by the verdicts: a loop with no list, kind or null to test per
 * entity, a chunk of entities a call (chunk.ts).
 */
function rangeAtLeast(est: Uint8Array, have: Values, need: Values, from: number, to: number): number | null {
  const counts = new Int32Array(2);
  for (let i = from; i < to; i += CHUNK) countAtLeast(est, have, need, i, Math.min(to, i + CHUNK), counts);
  return shareIn(counts);
}

/** Of the entities [from, to) of a row, adds those standing to counts[0] and those meeting their need to counts[1]. An entity that does not stand adds 0 to both rather than being skipped. */
function countAtLeast(est: Uint8Array, have: Values, need: Values, from: number, to: number, counts: Int32Array): void {
  let n = counts[0];
  let good = counts[1];
  // an imported binding read once: read in the loop, it is a cell loaded and checked every pass
  const met = metBit;
  for (let i = from; i < to; i++) {
    const standing = +(est[i] !== 0);
    n += standing;
    good += standing & met(have[i], need[i]);
  }
  counts[0] = n;
  counts[1] = good;
}

/** The share counts[1] of counts[0]; null of none. */
const shareIn = (counts: Int32Array): number | null => (counts[0] === 0 ? null : counts[1] / counts[0]);

/**
 * A minimum by kind code as two tables: the minimum (NaN where none is a number, which no value
 * reaches) and whether the kind is inside the rule (not null). The tables are kept from one call to
 * the next: a new typed array, once a run's arrays are held, can cost more than the pass that reads it.
 */
const kindMin = new Float64Array(256);
const kindInRule = new Uint8Array(256);

export function kindTables(byKind: (number | null)[]): { min: Float64Array; inRule: Uint8Array } {
  const min = kindMin.fill(NaN);
  const inRule = kindInRule.fill(1);
  byKind.forEach((m, k) => {
    if (m === null) inRule[k] = 0;
    else min[k] = m;
  });
  return { min, inRule };
}

/** rangeAtLeast with a minimum by community kind (kindTables), entities [from, to) of the row at base. */
function rangeAtLeastByKind(est: Uint8Array, have: Values, kind: Uint8Array, tables: { min: Float64Array; inRule: Uint8Array }, base: number, from: number, to: number): number | null {
  const counts = new Int32Array(2);
  for (let e = from; e < to; e += CHUNK) countAtLeastByKind(est, have, kind, tables, base, e, Math.min(to, e + CHUNK), counts);
  return shareIn(counts);
}

/** countAtLeast with a minimum by community kind: entities [from, to) of the row at base, those outside the rule not counted. */
function countAtLeastByKind(est: Uint8Array, have: Values, kind: Uint8Array, { min, inRule }: { min: Float64Array; inRule: Uint8Array }, base: number, from: number, to: number, counts: Int32Array): void {
  let n = counts[0];
  let good = counts[1];
  for (let e = from; e < to; e++) {
    const i = base + e;
    const counted = +(est[i] !== 0) & inRule[kind[e]];
    n += counted;
    good += counted & metBit(have[i], min[kind[e]]);
  }
  counts[0] = n;
  counts[1] = good;
}

/** gapOf for the shortfall of have[i] below need[i], its loop reading the two arrays itself (see shareAtLeast): the same sum in the same order. */
export function gapBelow(p: Projection, yearIdx: number, level: Level, district: DistrictFilter, need: Values, have: Values): number {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  // The sum carried from one chunk of entities to the next (chunk.ts).
  const sum = new Float64Array(1);
  const which = entitiesOf(p, level, district);
  const list = which instanceof Int32Array ? which : null;
  const [from, to] = list ? [0, list.length] : (which as [number, number]);
  for (let k = from; k < to; k += CHUNK) sumBelow(base, est, list, k, Math.min(to, k + CHUNK), need, have, sum);
  return sum[0];
}

/** gapBelow's terms for the entities k ∈ [from, to) (list[k] where given) of the row at base, added to sum[0]. */
function sumBelow(base: number, est: Uint8Array, list: Int32Array | null, from: number, to: number, need: Values, have: Values, sum: Float64Array): void {
  let total = sum[0];
  for (let k = from; k < to; k++) {
    const i = base + (list ? list[k] : k);
    if (est[i] !== 0) total += shortfall(need[i], have[i]);
  }
  sum[0] = total;
}
