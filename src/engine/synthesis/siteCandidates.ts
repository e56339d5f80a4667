/**
 * Facility sites the synthesis may open. The plan's own candidate sites (plan.candidateSites) when it
 * lists any, each no earlier than its openingYear; else sites suggested for each chosen coverage
 * target: the greedy's first 3N places for the N it needs to reach the threshold (suggestSites.ts) —
 * three times as many as greedy needs, so the programme can choose a cheaper set than greedy's — each
 * place a candidate for every type of the target's key. A suggested facility costs what the plan's own
 * facilities of its type cost on average, and is paid by their most frequent payer; with none of its
 * type in the plan it costs nothing, and the programme opens as few as it can.
 */
import { LIFE_CIRCLE_TYPES, type Facility, type FacilityType, type Payer, type Scenario, type Target } from '../scenario';
import { metricById } from '../metrics';
import { suggestSites } from '../coverage/suggestSites';
import { locationAt, pairOf, toX, toY } from '../coverage/plane';
import { TYPE_CODE, type PreparedCoverage } from '../coverage/prepare';
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

/** The key of a coverage target the sites can move: a facility type or all five; null for other metrics. */
export function siteKeyOf(t: Target): CoverageKey | null {
  if (!t.metric.startsWith('coverage.')) return null;
  return metricById(t.metric)?.coverageKey ?? null;
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
  const places = new Map<string, { location: Facility['location']; types: Set<FacilityType> }>();
  const nc = prep.nCommunities;
  const n = cal.keptRun.nEntities;
  for (const t of targets) {
    const key = siteKeyOf(t);
    const y = cal.years.indexOf(t.year);
    if (key === null || y < 0) continue;
    const residents = { values: cal.keptRun.series.residents.subarray(y * n, y * n + nc), stride: nc };
    const s = suggestSites(prep, key, MOST_PLACES, { year: t.year, residents });
    if (!s) continue;
    let covered = s.coveredBefore;
    let needed = s.sites.findIndex((site) => (covered += site.newlyCovered) >= t.threshold * s.residents) + 1;
    if (needed === 0) needed = s.sites.length;
    for (const site of s.sites.slice(0, SITES_PER_NEEDED * needed)) {
      const location = locationAt(prep.plane.crs, [site.x, site.y]);
      const id = JSON.stringify(location);
      const place = places.get(id) ?? { location, types: new Set<FacilityType>() };
      for (const type of typesOf(key)) place.types.add(type);
      places.set(id, place);
    }
  }
  const firstYear = cal.years[0];
  let k = 0;
  return [...places.values()].flatMap(({ location, types }) => {
    k++;
    return [...types].map((type) => at({ id: `synth-site-${k}-${type}`, name: `synth-site-${k}-${type}`, type, location, openingYear: firstYear, ...costOf(scenario, type) }));
  });
}

/** What the plan's own facilities of a type cost on average, and who pays most of them. */
function costOf(scenario: Scenario, type: FacilityType): Pick<Facility, 'capitalCost' | 'runningCost' | 'payer'> {
  const same = (scenario.plan.facilities ?? []).filter((f) => f.type === type);
  if (same.length === 0) return {};
  const mean = (get: (f: Facility) => number | undefined) => Math.round(same.reduce((s, f) => s + (get(f) ?? 0), 0) / same.length);
  const count = new Map<Payer, number>();
  for (const f of same) {
    const p = f.payer ?? scenario.plan.building.payer;
    count.set(p, (count.get(p) ?? 0) + 1);
  }
  const payer = [...count.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { capitalCost: mean((f) => f.capitalCost), runningCost: mean((f) => f.runningCost), payer };
}
