/**
 * What suggested sites really give: residents covered in a year with the first k sites' facilities
 * opened, for k = 0 … n, computed by coverage() itself — the function a run calls — so a suggestion
 * promises exactly what the run after adding it shows (the same year, types, composite rule, walk,
 * network and residents). Each prefix of the sites is one pseudo-year: site k opens in year + k and the
 * facilities already planned after the year are held back, so one call gives every prefix.
 *
 * A facility's money never holds its opening back (facility openings are commitments of the plan,
 * project.ts), so funding does not change these figures; the opening year does, for the years before it.
 */
import { FACILITY_TYPES, type FacilityType, type Location } from '../scenario';
import { coverage } from './coverage';
import { nearest } from './nearestIndex';
import { pairOf, toX, toY } from './plane';
import type { PreparedCoverage } from './prepare';
import type { CoverageKey } from './types';
import type { Counts } from '../projection';

export interface SiteToOpen {
  /** where the facilities go, as the scenario will store it (plane.ts locationAt) */
  location: Location;
  types: readonly FacilityType[];
}

export interface SiteGains {
  /** residents of the city in the year */
  residents: number;
  /** covered[k]: residents within the walk with the first k sites open; covered[0] is before any */
  covered: number[];
}

/**
 * residents: each community's residents in the year (the run's projection for that year). The year
 * must be at or after every site's opening for the figures to hold; they do not depend on which.
 */
export function siteGains(prep: PreparedCoverage, type: CoverageKey, year: number, residents: Counts, sites: readonly SiteToOpen[]): SiteGains {
  const n = sites.length;
  const years = Array.from({ length: n + 1 }, (_, k) => year + k);
  const withSites = addSites(prep, sites, year);
  const nc = prep.nCommunities;
  const values = new Float64Array(years.length * nc);
  for (let k = 0; k <= n; k++) values.set(residents.subarray(0, nc), k * nc);
  const result = coverage(withSites, years, { values, stride: nc })!;
  const f = result.city[type];
  return { residents: f.residents[0], covered: Array.from(f.coveredResidents) };
}

/** The prepared inputs with the sites' facilities added (site k opening in year + k + 1) and later openings held back. */
function addSites(prep: PreparedCoverage, sites: readonly SiteToOpen[], year: number): PreparedCoverage {
  const added = sites.flatMap((s, k) => s.types.map((t) => ({ t, at: pairOf(s.location), opens: year + k + 1 })));
  const old = prep.facilities;
  const count = old.count + added.length;
  const beyond = year + sites.length + 1;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const type = new Uint8Array(count);
  const openingYear = new Int32Array(count);
  x.set(old.x);
  y.set(old.y);
  type.set(old.type);
  for (let i = 0; i < old.count; i++) openingYear[i] = old.openingYear[i] > year ? beyond : old.openingYear[i];
  added.forEach((a, j) => {
    const i = old.count + j;
    x[i] = toX(prep.plane, a.at[0]);
    y[i] = toY(prep.plane, a.at[1]);
    type[i] = FACILITY_TYPES.indexOf(a.t);
    openingYear[i] = a.opens;
  });
  const id = [...old.id, ...added.map((_, j) => `site-${j}`)];
  let network = prep.network;
  if (network) {
    const facilityNode = new Int32Array(count);
    const facilitySnap = new Float64Array(count);
    facilityNode.set(network.facilityNode);
    facilitySnap.set(network.facilitySnap);
    for (let i = old.count; i < count; i++) {
      const hit = nearest(network.nodeIndex, x[i], y[i]);
      facilityNode[i] = hit.index;
      facilitySnap[i] = hit.distance;
    }
    network = { ...network, facilityNode, facilitySnap };
  }
  return { ...prep, facilities: { count, id, x, y, type, openingYear }, network };
}
