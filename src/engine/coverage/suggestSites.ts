/**
 * Where to open N more facilities of a type so that the most residents newly fall within the walk.
 *
 * Candidates are the centres of populated cells still out of reach (or, with spacing k > 1, one centre
 * per k × k block of them, for speed). A candidate's gain is the residents of still-uncovered cells
 * within the straight-line radius. Sites are chosen greedily, each time the candidate with the largest
 * gain, with lazy re-evaluation (Minoux 1978): a gain can only shrink as sites are added, so a stale
 * gain is an upper bound and a candidate whose fresh gain still tops the queue is the true best.
 *
 * Guarantee: maximum coverage is monotone submodular, so the greedy choice covers at least
 * 1 − 1/e ≈ 63% of what the best possible choice of N sites among the same candidates would
 * (Nemhauser, Wolsey and Fisher 1978); in practice it is usually much closer.
 *
 * For all5 a site stands for a full set of GOV2020-4b's five types (a community service complex with
 * its market, sports ground, cultural room and clinic): it newly covers the cells within reach that
 * still miss at least one of the five.
 *
 * On a walking network the cells already covered are judged by the network, but a new site's reach is
 * the straight-line radius: a site is not on the network until someone draws its paths.
 *
 * For a service circle (CASES-wuhai) a site stands for a set of the circle's types, at the circle's own
 * minutes: it newly covers the cells within that reach that still miss at least one of them.
 */
import { LIFE_CIRCLE_TYPES, type FacilityType, type Scenario } from '../scenario';
import { scaleOf } from './cells';
import { grownResidents, type ResidentsByYear } from './coverage';
import type { CoverageKey } from './types';
import { firstCovered, NEVER } from './firstCovered';
import { MinHeap } from './minHeap';
import { fromPlane } from './plane';
import { prepareCoverage, TYPE_CODE, type PreparedCircle, type PreparedCoverage } from './prepare';
import { centreOf, diskSpans, Spans } from './tileGrid';

export interface SuggestedSite {
  /** in the city's crs: lon/lat for wgs84, metres for local */
  x: number;
  y: number;
  /** residents this site brings within reach that no earlier site or open facility did */
  newlyCovered: number;
}

export interface SiteSuggestions {
  type: CoverageKey;
  year: number;
  /** straight-line radius used for the new sites, metres */
  reach: number;
  residents: number;
  /** residents within reach of the facilities open in that year, before any suggestion */
  coveredBefore: number;
  candidates: number;
  sites: SuggestedSite[];
}

export interface SuggestOptions {
  /** the year whose open facilities and residents count; the horizon's last year by default */
  year?: number;
  /** 1: every uncovered populated cell is a candidate; k: one per k × k block */
  spacing?: number;
  /** residents per community in that year (values[c]); grown from the base year otherwise */
  residents?: ResidentsByYear;
  /** asked before each further site: stop once it says enough (greedy's first sites do not depend on when it stops) */
  enough?: (sites: readonly SuggestedSite[], coveredBefore: number, residents: number) => boolean;
  /** a service circle: its types and minutes instead of the key's types and the life circle's walk */
  circle?: PreparedCircle;
}

export function suggestSites(input: Scenario | PreparedCoverage, type: CoverageKey, count: number, options: SuggestOptions = {}): SiteSuggestions | null {
  const prep = 'schemaVersion' in input ? prepareCoverage(input) : input;
  if (!prep) return null;
  const year = options.year ?? ('schemaVersion' in input ? input.horizon.lastYear : prep.baseYear);
  const spacing = Math.max(1, Math.floor(options.spacing ?? 1));
  const { cells, grid, slot } = prep;
  const r = options.residents ?? grownResidents(prep, [year]);
  const circle = options.circle;
  const first = circle ? lastOf(prep, year, circle.types, circle.reach) : type === 'all5' ? lastOf(prep, year, LIFE_CIRCLE_TYPES) : firstCovered(prep, TYPE_CODE[type], [year]);
  const weight = new Float64Array(grid.size);
  let residents = 0;
  let coveredBefore = 0;
  const candidateAt = new Map<number, number>();
  const candCol: number[] = [];
  const candRow: number[] = [];
  for (let c = 0; c < cells.count; c++) {
    const com = cells.community[c];
    const people = cells.residents[c] * scaleOf(prep.base.residents[com], r.values[com]);
    residents += people;
    if (first[c] !== NEVER) {
      coveredBefore += people;
      continue;
    }
    if (people <= 0) continue;
    weight[slot[c]] += people;
    const bx = Math.floor(cells.col[c] / spacing);
    const by = Math.floor(cells.row[c] / spacing);
    // Offsets keep negative block numbers apart in one safe integer key.
    const key = (bx + 2 ** 25) * 2 ** 26 + (by + 2 ** 25);
    if (!candidateAt.has(key)) {
      candidateAt.set(key, candCol.length);
      candCol.push(spacing === 1 ? cells.col[c] : bx * spacing + (spacing >> 1));
      candRow.push(spacing === 1 ? cells.row[c] : by * spacing + (spacing >> 1));
    }
  }
  const s = grid.cellSize;
  // The straight-line radius is proportional to the minutes walked (defaults.ts straightReach).
  const reach = circle ? (prep.straightReach * circle.minutes) / prep.walk.minutes : prep.straightReach;
  const spans = new Spans();
  const gain = (i: number) => {
    diskSpans(grid, centreOf(candCol[i], s), centreOf(candRow[i], s), reach, spans);
    let sum = 0;
    for (let k = 0; k < spans.count; k++) for (let slot = spans.from[k]; slot < spans.to[k]; slot++) sum += weight[slot];
    return sum;
  };
  const heap = new MinHeap(candCol.length);
  for (let i = 0; i < candCol.length; i++) heap.push(-gain(i), i);
  const sites: SuggestedSite[] = [];
  while (sites.length < count && heap.size > 0 && !options.enough?.(sites, coveredBefore, residents)) {
    const i = heap.peekValue();
    heap.pop();
    const g = gain(i);
    if (g <= 0) continue;
    // Another candidate may still offer more, or as much from a lower index (plain greedy's tie-break).
    if (heap.size > 0 && (g < -heap.peekKey() || (g === -heap.peekKey() && heap.peekValue() < i))) {
      heap.push(-g, i);
      continue;
    }
    diskSpans(grid, centreOf(candCol[i], s), centreOf(candRow[i], s), reach, spans);
    for (let k = 0; k < spans.count; k++) weight.fill(0, spans.from[k], spans.to[k]);
    const [x, y] = fromPlane(prep.plane, centreOf(candCol[i], s), centreOf(candRow[i], s));
    sites.push({ x, y, newlyCovered: g });
  }
  return { type, year, reach, residents, coveredBefore, candidates: candCol.length, sites };
}


/** NEVER where a cell misses any of the types at the reach in the year, else 0. */
function lastOf(prep: PreparedCoverage, year: number, types: readonly FacilityType[], reach = prep.reach): Uint8Array {
  const out = new Uint8Array(prep.cells.count);
  const one = new Uint8Array(prep.cells.count);
  for (const t of new Set(types)) {
    firstCovered(prep, TYPE_CODE[t], [year], one, {}, reach);
    for (let c = 0; c < out.length; c++) if (one[c] === NEVER) out[c] = NEVER;
  }
  return out;
}
