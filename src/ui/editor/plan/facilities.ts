/**
 * Planned life-circle facilities: structural edits of plan.facilities (add, remove, add the sites the
 * engine suggests), each one undo step when the caller passes the result to doc.replace.
 */
import { locationAt } from '../../../engine/coverage/plane';
import type { Facility, FacilityType, Scenario } from '../../../engine/scenario';
import { FACILITY_COST_ESTIMATE } from '../../../registry';

/** "PF-market-1", … the first not taken among existing and planned facilities. */
export function nextFacilityId(scenario: Scenario, type: FacilityType, taken = takenIds(scenario)): string {
  let n = 1;
  while (taken.has(`PF-${type}-${n}`)) n++;
  const id = `PF-${type}-${n}`;
  taken.add(id);
  return id;
}

function takenIds(scenario: Scenario): Set<string> {
  return new Set([...(scenario.city.facilities ?? []), ...(scenario.plan.facilities ?? []), ...(scenario.plan.candidateSites ?? [])].map((f) => f.id));
}

/** The plan's two lists of facilities: those it opens, and the candidate sites plan synthesis may open. */
export type PlanFacilityList = 'facilities' | 'candidateSites';

function withFacilities(scenario: Scenario, facilities: Facility[], list: PlanFacilityList): Scenario {
  return { ...scenario, plan: { ...scenario.plan, [list]: facilities } };
}

// Where a new facility is placed is rounded in the engine, so a site suggestion's figures see the same point.
export { locationAt };

/** The middle of the communities' locations: where a new row starts before it is moved. */
export function middleOf(scenario: Scenario): [number, number] {
  let a = 0;
  let b = 0;
  let n = 0;
  for (const d of scenario.city.districts) {
    for (const s of d.streets) {
      for (const c of s.communities) {
        const p = c.location ? ('lon' in c.location ? [c.location.lon, c.location.lat] : [c.location.x, c.location.y]) : c.polygon?.[0];
        if (!p) continue;
        a += p[0];
        b += p[1];
        n++;
      }
    }
  }
  return n > 0 ? [a / n, b / n] : [0, 0];
}

export interface NewFacility {
  type: FacilityType;
  name: string;
  at: readonly [number, number];
  openingYear: number;
  /** yuan; the type's estimate (FACILITY_COST_ESTIMATE) when left out */
  capitalCost?: number;
  runningCost?: number;
}

/** New facilities at the end of plan.facilities (or its candidate sites), with the costs given or estimated and the programme's payer. */
export function addFacilities(scenario: Scenario, items: readonly NewFacility[], list: PlanFacilityList = 'facilities'): Scenario {
  const crs = scenario.city.spatial?.crs ?? 'wgs84';
  const taken = takenIds(scenario);
  const added = items.map(
    (f): Facility => ({
      id: nextFacilityId(scenario, f.type, taken),
      name: f.name,
      type: f.type,
      location: locationAt(crs, f.at),
      openingYear: f.openingYear,
      capitalCost: f.capitalCost ?? FACILITY_COST_ESTIMATE[f.type].capital,
      runningCost: f.runningCost ?? FACILITY_COST_ESTIMATE[f.type].running,
    }),
  );
  return withFacilities(scenario, [...(scenario.plan[list] ?? []), ...added], list);
}

export function removeFacility(scenario: Scenario, index: number, list: PlanFacilityList = 'facilities'): Scenario {
  return withFacilities(
    scenario,
    (scenario.plan[list] ?? []).filter((_, i) => i !== index),
    list,
  );
}

/** 凤湾社区 + 社区服务中心 reads 凤湾社区服务中心, not 凤湾社区社区服务中心. */
export function plannedName(place: string, typeName: string, suffix: string): string {
  const head = typeName.startsWith('社区') ? place.replace(/社区$/, '') : place;
  return `${head}${typeName}${suffix}`;
}

export interface SiteLike {
  x: number;
  y: number;
  nearestName: string;
  types: readonly FacilityType[];
}

/** One new facility per type a suggested site needs, named after the community nearest it. */
export function siteFacilities(sites: readonly SiteLike[], openingYear: number, nameOf: (place: string, type: FacilityType) => string): NewFacility[] {
  return sites.flatMap((s) => s.types.map((type) => ({ type, name: nameOf(s.nearestName, type), at: [s.x, s.y] as const, openingYear })));
}
