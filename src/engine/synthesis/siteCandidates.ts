/**
 * Facility sites the synthesis may open. The plan's own candidate sites (plan.candidateSites) when it
 * lists any, each no earlier than its openingYear; else sites suggested for each chosen coverage
 * target: the greedy's first 3N places for the N it needs to reach the threshold (suggestSites.ts) —
 * three times as many as greedy needs, so the programme can choose a cheaper set than greedy's — each
 * place a candidate for every type of the target's key. A suggested facility costs what a new one
 * costs when added on the plan tab (the type's estimate, registry/facilityCosts.ts), paid by the
 * building programme's payer. A target on communities covered asks greedy for its threshold as a share
 * of residents (greedy counts residents, not communities); for the service circles greedy runs once per
 * circle, at its minutes, each place a candidate for every type of that circle.
 */
import { FACILITY_COST_ESTIMATE } from '../../registry/facilityCosts';
import { LIFE_CIRCLE_TYPES, type Facility, type FacilityType, type Scenario, type Target } from '../scenario';
import { metricById } from '../metrics';
import type { ResidentsByYear } from '../coverage/coverage';
import { suggestSites, type SuggestedSite } from '../coverage/suggestSites';
import { locationAt, pairOf, toX, toY } from '../coverage/plane';
import { TYPE_CODE, type PreparedCircle, type PreparedCoverage } from '../coverage/prepare';
import type { CoverageKey } from '../coverage/types';
import type { Calibration } from './calibrate';

/** candidates per place greedy needs (3N for N) */
export const SITES_PER_NEEDED = 3;
/** most places greedy is asked for per target: beyond this the browser's programme grows too large */
const MOST_PLACES = 1500;

export type SiteSource = 'candidates' | 'suggested';

export interface SiteCandidate {
  /** the facility as it would be planned; openingYear is the earliest year it may open */
  facility: Facility;
  /** metres in the coverage plane, from the location as stored */
  x: number;
  y: number;
  type: number;
}

/** communities at least 90% of whose residents are within reach of all five types */
export const COMMUNITY_METRIC = 'coverageCommunities.all5';
/** CASES-wuhai's service circles, each at its own minutes and types */
export const CIRCLES_METRIC = 'coverage.serviceCircles';

/**
 * The key of a life-circle coverage target the sites can move: a facility type or all five (a share of
 * residents, or of communities for COMMUNITY_METRIC); null for other metrics and for the service
 * circles, whose types are each circle's own.
 */
export function siteKeyOf(t: Target): CoverageKey | null {
  if (!t.metric.startsWith('coverage.') && t.metric !== COMMUNITY_METRIC) return null;
  return metricById(t.metric)?.coverageKey ?? null;
}

/** Whether the sites can move the target: a life-circle coverage target or the service circles. */
export function movedBySites(t: Target): boolean {
  return siteKeyOf(t) !== null || t.metric === CIRCLES_METRIC;
}

export function typesOf(key: CoverageKey): readonly FacilityType[] {
  return key === 'all5' ? LIFE_CIRCLE_TYPES : [key];
}

export function sourceOf(scenario: Scenario, asked?: SiteSource): SiteSource {
  return asked ?? ((scenario.plan.candidateSites ?? []).length > 0 ? 'candidates' : 'suggested');
}

export function siteCandidates(scenario: Scenario, prep: PreparedCoverage, cal: Calibration, targets: Target[], source: SiteSource): SiteCandidate[] {
  const at = (f: Facility): SiteCandidate => {
    const [a, b] = pairOf(f.location);
    return { facility: f, x: toX(prep.plane, a), y: toY(prep.plane, b), type: TYPE_CODE[f.type] };
  };
  if (source === 'candidates') return (scenario.plan.candidateSites ?? []).map(at);
  const chosen = new Map<string, { location: Facility['location']; types: Set<FacilityType> }>();
  const nc = prep.nCommunities;
  const n = cal.keptRun.nEntities;
  const choose = (places: readonly SuggestedSite[], types: readonly FacilityType[]) => {
    for (const site of places) {
      const location = locationAt(prep.plane.crs, [site.x, site.y]);
      const id = JSON.stringify(location);
      const place = chosen.get(id) ?? { location, types: new Set<FacilityType>() };
      for (const type of types) place.types.add(type);
      chosen.set(id, place);
    }
  };
  for (const t of targets) {
    const key = siteKeyOf(t);
    const y = cal.years.indexOf(t.year);
    if (y < 0) continue;
    const residents = { values: cal.keptRun.series.residents.subarray(y * n, y * n + nc), stride: nc };
    if (key !== null) choose(greedyPlaces(prep, key, t, residents) ?? [], typesOf(key));
    // every circle must reach the threshold: places for each, of its own types
    else if (t.metric === CIRCLES_METRIC) for (const circle of prep.circles) choose(greedyPlaces(prep, 'all5', t, residents, circle) ?? [], circle.types);
  }
  const firstYear = cal.years[0];
  // Ids as the plan editor gives new facilities: PF-market-1, … the first not taken.
  const taken = new Set([...(scenario.city.facilities ?? []), ...(scenario.plan.facilities ?? [])].map((f) => f.id));
  // Every number below the last one given out is taken, so the search goes on from there.
  const last = new Map<FacilityType, number>();
  const nextId = (type: FacilityType) => {
    let n = last.get(type) ?? 1;
    while (taken.has(`PF-${type}-${n}`)) n++;
    taken.add(`PF-${type}-${n}`);
    last.set(type, n);
    return `PF-${type}-${n}`;
  };
  return [...chosen.values()].flatMap(({ location, types }) => {
    return [...types].map((type) => {
      const id = nextId(type);
      const { capital: capitalCost, running: runningCost } = FACILITY_COST_ESTIMATE[type];
      return at({ id, name: id, type, location, openingYear: firstYear, capitalCost, runningCost });
    });
  });
}

/**
 * Greedy's first 3N places for the N it needs to reach the target's threshold (all it finds, up to
 * MOST_PLACES, when it never does), in one run of greedy that stops once 3N are known.
 */
function greedyPlaces(prep: PreparedCoverage, key: CoverageKey, t: Target, residents: ResidentsByYear, circle?: PreparedCircle): SuggestedSite[] | null {
  let covered = 0;
  let counted = 0;
  let needed = 0;
  const enough = (sites: readonly SuggestedSite[], before: number, all: number) => {
    if (counted === 0) covered = before;
    for (; needed === 0 && counted < sites.length; counted++) if ((covered += sites[counted].newlyCovered) >= t.threshold * all) needed = counted + 1;
    return needed > 0 && sites.length >= Math.min(SITES_PER_NEEDED * needed, MOST_PLACES);
  };
  return suggestSites(prep, key, MOST_PLACES, { year: t.year, residents, enough, circle })?.sites ?? null;
}
