/**
 * The scenario's places as the map draws them: each community's anchor (its location, or the middle
 * of its boundary), the radius of its disc when it has an area, its ring when it has one; facilities
 * with the years they open. All in the city's crs; the projection turns them into pixels.
 */
import type { Facility, FacilityType, Scenario } from '../../engine/scenario';

export type Pair = [number, number];

export interface MapCommunity {
  id: string;
  name: string;
  /** index into the scenario's districts */
  district: number;
  street: string;
  anchor: Pair | null;
  /** metres: the disc holding its residents (0 when it has no area) */
  radius: number;
  ring?: Pair[];
}

export interface MapFacility {
  id: string;
  name: string;
  type: FacilityType;
  at: Pair;
  openingYear: number;
  planned: boolean;
}

const pairOf = (loc: Facility['location']): Pair => ('lon' in loc ? [loc.lon, loc.lat] : [loc.x, loc.y]);

function mean(ring: Pair[]): Pair {
  let x = 0;
  let y = 0;
  for (const [a, b] of ring) {
    x += a;
    y += b;
  }
  return [x / ring.length, y / ring.length];
}

export function mapCommunities(scenario: Scenario): MapCommunity[] {
  return scenario.city.districts.flatMap((d, district) =>
    d.streets.flatMap((s) =>
      s.communities.map((c): MapCommunity => {
        const ring = c.polygon && c.polygon.length >= 3 ? c.polygon : undefined;
        return {
          id: c.id,
          name: c.name,
          district,
          street: s.name,
          anchor: c.location ? pairOf(c.location) : ring ? mean(ring) : null,
          radius: c.area && c.area > 0 ? Math.sqrt(c.area / Math.PI) : 0,
          ...(ring && { ring }),
        };
      }),
    ),
  );
}

export function mapFacilities(scenario: Scenario): MapFacility[] {
  const of = (list: Facility[] | undefined, planned: boolean) =>
    (list ?? []).map((f): MapFacility => ({ id: f.id, name: f.name, type: f.type, at: pairOf(f.location), openingYear: f.openingYear, planned }));
  return [...of(scenario.city.facilities, false), ...of(scenario.plan.facilities, true)];
}

/** Every point the map must show, for fitting the projection. */
export function extentPoints(communities: readonly MapCommunity[], facilities: readonly MapFacility[]): Pair[] {
  const out: Pair[] = [];
  for (const c of communities) {
    if (c.ring) out.push(...c.ring);
    else if (c.anchor) out.push(c.anchor);
  }
  for (const f of facilities) out.push(f.at);
  return out;
}

/**
 * The scenario's format has no flag for made-up geometry, so its description decides: the built-in
 * demo says 虚构 / synthetic there, and a scenario imported with real places would not.
 */
export function isSyntheticGeometry(scenario: Scenario): boolean {
  return /synthetic|虚构|合成|示意/i.test(scenario.description ?? '');
}
