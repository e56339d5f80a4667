/**
 * What the life-circle map needs from the last run, built in the worker beside the projection: every
 * population cell with the first year it is within the walk of each facility type (and of all five),
 * each community's share per type and residents per year, and site suggestions with the community
 * nearest each site. The arrays are fresh copies, so they can be transferred without detaching the
 * projection's own buffers.
 */
import type { CoverageFigures, CoverageKey, FacilityType, PreparedCoverage, Projection, Text } from '../src/engine';
import { COVERAGE_KEYS } from '../src/engine/coverage/coverage';
import { suggestSites } from '../src/engine/coverage/suggestSites';
import { FACILITY_TYPES, LIFE_CIRCLE_TYPES } from '../src/engine/scenario';
import { firstCovered, NEVER } from '../src/engine/coverage/firstCovered';
import { fromPlane, locationAt } from '../src/engine/coverage/plane';
import { centreOf } from '../src/engine/coverage/tileGrid';
import { siteGains } from '../src/engine/coverage/siteGains';

export interface CoverageLayers {
  runId: number;
  crs: 'wgs84' | 'local';
  mode: 'straightLine' | 'network';
  /** metres: the side of a population cell */
  cellSize: number;
  /** metres: the straight-line radius, or the walk along the network */
  reach: number;
  years: number[];
  keys: readonly CoverageKey[];
  /** populated cells */
  count: number;
  /** cell centres in the city's crs */
  x: Float64Array;
  y: Float64Array;
  /** base-year residents of each cell */
  residents: Float32Array;
  community: Uint16Array | Int32Array;
  /** first[k × count + c]: index into years of the first year cell c is within reach of keys[k]; NEVER (255) when not in the horizon */
  first: Uint8Array;
  communityIds: string[];
  /** [key][y × nCommunities + c]: share of the community's residents within reach; NaN without residents */
  communityShare: Record<CoverageKey, Float64Array>;
  /** [y × nCommunities + c] */
  communityResidents: Float64Array;
  city: Record<CoverageKey, CoverageFigures>;
  byDistrict: Record<CoverageKey, CoverageFigures>[];
}

export { NEVER };

/** null when the run had no spatial data. */
export function coverageLayers(prep: PreparedCoverage | null, p: Projection, runId: number): CoverageLayers | null {
  const c = p.coverage;
  if (!prep || !c) return null;
  const { cells, plane } = prep;
  const n = cells.count;
  const nc = p.nCommunities;
  const first = new Uint8Array(COVERAGE_KEYS.length * n);
  const all5 = COVERAGE_KEYS.indexOf('all5');
  const lifeCodes = new Set(LIFE_CIRCLE_TYPES.map((t) => FACILITY_TYPES.indexOf(t)));
  const composite = first.subarray(all5 * n, (all5 + 1) * n);
  FACILITY_TYPES.forEach((_, t) => {
    const k = COVERAGE_KEYS.indexOf(FACILITY_TYPES[t]);
    const out = first.subarray(k * n, (k + 1) * n);
    firstCovered(prep, t, p.years, out);
    // All five are reached in the latest of their five first years (NEVER is the largest code).
    if (lifeCodes.has(t)) for (let i = 0; i < n; i++) if (out[i] > composite[i]) composite[i] = out[i];
  });
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) [x[i], y[i]] = fromPlane(plane, centreOf(cells.col[i], cells.cellSize), centreOf(cells.row[i], cells.cellSize));
  const communityResidents = new Float64Array(p.years.length * nc);
  for (let yi = 0; yi < p.years.length; yi++) communityResidents.set(p.series.residents.subarray(yi * p.nEntities, yi * p.nEntities + nc), yi * nc);
  return {
    runId,
    crs: plane.crs,
    mode: c.mode,
    cellSize: c.cellSize,
    reach: c.reach,
    years: [...p.years],
    keys: COVERAGE_KEYS,
    count: n,
    x,
    y,
    residents: Float32Array.from(cells.residents),
    community: cells.community.slice(),
    first,
    communityIds: p.entities.id.slice(0, nc),
    communityShare: Object.fromEntries(COVERAGE_KEYS.map((k) => [k, c.communityShare[k].slice()])) as Record<CoverageKey, Float64Array>,
    communityResidents,
    city: structuredClone(c.city),
    byDistrict: structuredClone(c.byDistrict),
  };
}

export function layerBuffers(l: CoverageLayers): ArrayBuffer[] {
  return [l.x, l.y, l.residents, l.community, l.first, l.communityResidents, ...Object.values(l.communityShare)].map((a) => a.buffer as ArrayBuffer);
}

export interface SiteView {
  /** in the city's crs */
  x: number;
  y: number;
  newlyCovered: number;
  /** the community whose location is nearest the site, so a planner can tell where it is */
  nearestId: string;
  nearestName: string;
  /** the types a facility should be opened for here: the type asked, or for all5 the five types not yet within reach of the site */
  types: FacilityType[];
}

export interface SiteSuggestionsView {
  type: CoverageKey;
  year: number;
  mode: 'straightLine' | 'network';
  /** metres, straight line: a new site is not on the walking network */
  reach: number;
  residents: number;
  coveredBefore: number;
  candidates: number;
  sites: SiteView[];
  /** the greedy choice's lower bound as a share of the best possible (1 − 1/e) */
  bound: number;
  guarantee: Text;
}

const BOUND = 1 - 1 / Math.E;

const GUARANTEE: Text = {
  zh: '逐处贪心选址：按直线范围估算，每次选新增覆盖居民最多的一处；按这一估算，所选各处合计新增覆盖的居民至少达到在同样候选点中最优选出同样数目选址的 1 − 1/e ≈ 63%（Nemhauser、Wolsey、Fisher，1978），实际通常接近最优。表中人数不是这一估算，而是加入方案后的测算结果：某类设施已在新址附近时不再新建，其覆盖也不计入。',
  en: 'Greedy siting: by a straight-line estimate of reach, each site is the one that newly covers the most residents; by that estimate the sites together newly cover at least 1 − 1/e ≈ 63% of what the best possible choice of as many sites among the same candidates would (Nemhauser, Wolsey and Fisher, 1978), and in practice usually much closer. The residents in the table are not that estimate but what the run gives once the sites are added: a type already open near a site is not built again there, and adds no coverage.',
};

/**
 * Suggestions for the horizon's last year, on the run's own residents. Every uncovered populated cell
 * is a candidate: on the demo city that is about 0.1 s, quick enough for one click. The greedy choice
 * estimates each site's reach as a straight-line disc; the figures shown are then worked out again by
 * the run's own coverage with the sites' facilities added where the plan will store them (siteGains),
 * so that adding the suggestion gives exactly what it promised. A site that needs no new facility
 * (every type already within reach of it) is dropped.
 */
export function siteSuggestions(prep: PreparedCoverage, p: Projection, type: CoverageKey, count: number): SiteSuggestionsView | null {
  const yi = p.years.length - 1;
  const nc = p.nCommunities;
  const values = p.series.residents.slice(yi * p.nEntities, yi * p.nEntities + nc);
  const year = p.years[yi];
  const s = suggestSites(prep, type, Math.max(0, Math.floor(count)), { year, residents: { values, stride: nc } });
  if (!s) return null;
  const picked = s.sites
    .map((site): SiteView => {
      const [px, py] = toPlane(prep, site.x, site.y);
      const near = nearestCommunity(prep, px, py);
      return {
        ...site,
        nearestId: p.entities.id[near] ?? '',
        nearestName: p.entities.name[near] ?? '',
        types: type === 'all5' ? LIFE_CIRCLE_TYPES.filter((t) => !openWithin(prep, t, year, px, py)) : [type],
      };
    })
    .filter((site) => site.types.length > 0);
  const gains = siteGains(prep, type, year, values, picked.map((site) => ({ location: locationAt(prep.plane.crs, [site.x, site.y]), types: site.types })));
  const sites = picked.map((site, k) => ({ ...site, newlyCovered: gains.covered[k + 1] - gains.covered[k] }));
  const coveredBefore = gains.covered[0];
  return { type, year, mode: prep.mode, reach: s.reach, residents: gains.residents, coveredBefore, candidates: s.candidates, sites, bound: BOUND, guarantee: GUARANTEE };
}

function toPlane(prep: PreparedCoverage, a: number, b: number): [number, number] {
  const { a0, b0, mx, my } = prep.plane;
  return [(a - a0) * mx, (b - b0) * my];
}

function nearestCommunity(prep: PreparedCoverage, x: number, y: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c < prep.nCommunities; c++) {
    const d = (prep.anchors[2 * c] - x) ** 2 + (prep.anchors[2 * c + 1] - y) ** 2;
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

/** Is a facility of this type, open by the year, within the straight-line reach of the point? */
function openWithin(prep: PreparedCoverage, type: FacilityType, year: number, x: number, y: number): boolean {
  const f = prep.facilities;
  const code = FACILITY_TYPES.indexOf(type);
  const r2 = prep.straightReach ** 2;
  for (let i = 0; i < f.count; i++) {
    if (f.type[i] === code && f.openingYear[i] <= year && (f.x[i] - x) ** 2 + (f.y[i] - y) ** 2 <= r2) return true;
  }
  return false;
}
