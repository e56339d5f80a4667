/**
 * Life-circle facilities in the budget: a facility's capital cost falls in its opening year when that
 * year is in the horizon (an existing facility's is long spent), its running cost every year from
 * opening. Each cost is booked to one entity so that it shows in a district's books: the community
 * whose own care station it is (NT2011-4), else the community whose boundary holds the facility, else the district of the nearest community — a facility between
 * communities serves several of them, so it belongs to none of them alone.
 */
import { insideRing } from '../coverage/cells';
import { facilitiesOf, type PreparedCoverage } from '../coverage/prepare';
import { pairOf, toX, toY } from '../coverage/plane';
import { indicesOf, type Flat } from '../flatten';
import type { FacilityType, Payer, Scenario } from '../scenario';

export interface FacilityCharge {
  id: string;
  name: string;
  type: FacilityType;
  /** the entity the cost is booked to */
  entity: number;
  payer: Payer;
  openingYear: number;
  capitalCost: number;
  runningCost: number;
}

/** Facilities that cost anything, each with the entity it is booked to. */
export function chargeFacilities(scenario: Scenario, flat: Flat, prep: PreparedCoverage | null): FacilityCharge[] {
  const firstDistrict = flat.nCommunities + flat.nStreets;
  const facilities = facilitiesOf(scenario);
  const index = indicesOf(flat, facilities.flatMap((f) => (f.community === undefined ? [] : [f.community])));
  const communityIndex = (id: string) => {
    const e = index(id);
    return e !== undefined && e < flat.nCommunities ? e : undefined;
  };
  const out: FacilityCharge[] = [];
  for (const f of facilities) {
    const capitalCost = f.capitalCost ?? 0;
    const runningCost = f.runningCost ?? 0;
    if (capitalCost <= 0 && runningCost <= 0) continue;
    let entity = firstDistrict;
    const own = f.community === undefined ? undefined : communityIndex(f.community);
    if (own !== undefined) entity = own;
    else if (prep) {
      const [a, b] = pairOf(f.location);
      entity = bookedTo(prep, flat, toX(prep.plane, a), toY(prep.plane, b)) ?? firstDistrict;
    }
    out.push({ id: f.id, name: f.name, type: f.type, entity, payer: f.payer ?? scenario.plan.building.payer, openingYear: f.openingYear, capitalCost, runningCost });
  }
  return out;
}

/** The community whose boundary holds (x, y), else the district of the community with the nearest anchor. */
export function bookedTo(prep: PreparedCoverage, flat: Flat, x: number, y: number): number | null {
  let nearest = -1;
  let best = Infinity;
  for (let c = 0; c < prep.nCommunities; c++) {
    const ring = prep.rings[c];
    if (ring && insideRing(ring, x, y)) return c;
    const dx = prep.anchors[2 * c] - x;
    const dy = prep.anchors[2 * c + 1] - y;
    // Math.hypot makes an array of its arguments on each call: 40 MB of garbage for a province's
    // facilities. The plain root, a few ulps from it, rules out every anchor but those about as near as
    // the nearest so far, so the nearest (and which of equals comes first) is hypot's as before.
    if (Math.sqrt(dx * dx + dy * dy) > best * (1 + 1e-9)) continue;
    const d = Math.hypot(dx, dy);
    if (d < best) {
      best = d;
      nearest = c;
    }
  }
  return nearest < 0 ? null : flat.nCommunities + flat.nStreets + flat.entities.district[nearest];
}

/** What a facility costs in a year. */
export function facilityCostIn(f: FacilityCharge, year: number, firstYear: number): { capital: number; running: number } {
  return {
    capital: f.openingYear === year && year >= firstYear ? f.capitalCost : 0,
    running: f.openingYear <= year ? f.runningCost : 0,
  };
}
