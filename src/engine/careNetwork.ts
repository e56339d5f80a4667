/**
 * NT2011-4's elderly care network as presence and counts, not walking reach: which communities have
 * their own home-based care station in each year, and how many day-care stations, meal points and
 * rehabilitation points are open (NT2011-4c). Both come from the scenario's elderly facilities,
 * existing (city.facilities) and planned (plan.facilities), which also carry their costs.
 */
import { CARE_POINTS, type CarePoint } from '../registry/facilityTypes';
import { blank, indicesOf, type Flat } from './flatten';
import { facilitiesOf } from './coverage/prepare';
import type { Scenario } from './scenario';

export interface CareNetwork {
  /** per community: the first year its own station serves, Infinity when it has none */
  stationFrom: Float64Array;
  /** per point kind and horizon year: how many are open */
  points: Record<CarePoint, number[]>;
}

export function careNetworkOf(scenario: Scenario, flat: Flat, years: readonly number[]): CareNetwork {
  // Most cities give no community a station of its own: they share one array of Infinity (flatten.ts blank).
  const shared = blank(flat.nCommunities, Infinity);
  let stationFrom = shared;
  const facilities = facilitiesOf(scenario).filter((f) => f.type === 'elderly');
  const index = indicesOf(
    flat,
    facilities.flatMap((f) => (f.carePoint || f.community === undefined ? [] : [f.community])),
  );
  const points = Object.fromEntries(CARE_POINTS.map((k) => [k, years.map(() => 0)])) as Record<CarePoint, number[]>;
  for (const f of facilities) {
    if (f.carePoint) {
      years.forEach((year, y) => {
        if (f.openingYear <= year) points[f.carePoint!][y]++;
      });
      continue;
    }
    const c = f.community === undefined ? undefined : index(f.community);
    // a station is a community's own: an id naming a street or district books none
    if (c === undefined || c >= flat.nCommunities) continue;
    if (stationFrom === shared) stationFrom = shared.slice();
    stationFrom[c] = Math.min(stationFrom[c], f.openingYear);
  }
  return { stationFrom, points };
}
