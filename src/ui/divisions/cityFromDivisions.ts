/**
 * A scenario's city from a prefecture's division tree: codes become ids, residents' committees
 * become existing urban communities, village committees rural ones, and every figure the codes do
 * not carry comes from estimates.ts (communities marked as estimated). Pure.
 */
import type { City, Community, District, Street } from '../../engine/scenario';
import type { CityDivisions, DivisionCommunity, DivisionDistrict } from '../../io/divisions/format';
import { COMMUNITY_ESTIMATES, DISTRICT_CENTRE_M2, STATION_POSTS, STREET_CENTRE_M2, STREET_CLASS } from './estimates';

export interface CityChoice {
  /** district codes to include */
  districts: ReadonlySet<string>;
  /** include village committees as rural communities */
  villages: boolean;
}

export interface DistrictCounts {
  code: string;
  name: string;
  streets: number;
  residents: number;
  villages: number;
  leftOut: number;
}

const kept = (c: DivisionCommunity, villages: boolean) => c.unit === 'residents' || villages;

/** Streets, residents' committees, village committees and 400+ units left out, per district. */
export function countDistrict(d: DivisionDistrict, villages = true): DistrictCounts {
  let residents = 0;
  let villageCount = 0;
  let streets = 0;
  for (const s of d.streets) {
    let any = false;
    for (const c of s.communities) {
      if (c.unit === 'residents') residents++;
      else villageCount++;
      any ||= kept(c, villages);
    }
    if (any) streets++;
  }
  return { code: d.code, name: d.name, streets, residents, villages: villageCount, leftOut: d.leftOut };
}

export function estimatedCommunity(c: DivisionCommunity): Community {
  const kind = c.unit === 'residents' ? 'urbanExisting' : 'rural';
  const e = COMMUNITY_ESTIMATES[kind];
  return {
    id: c.code,
    name: c.name,
    kind,
    households: e.households,
    residents: Math.round(e.households * e.residentsPerHousehold),
    growth: e.growth,
    staff: { inPost: e.inPost, certified: e.certified, bachelor: e.bachelor },
    space: e.space,
    estimated: true,
  };
}

/** The city as chosen; streets and districts left without communities are dropped. */
export function cityFromDivisions(source: CityDivisions, choice: CityChoice): City {
  const districts: District[] = [];
  for (const d of source.districts) {
    if (!choice.districts.has(d.code)) continue;
    const streets: Street[] = [];
    for (const s of d.streets) {
      const communities = s.communities.filter((c) => kept(c, choice.villages)).map(estimatedCommunity);
      if (communities.length === 0) continue;
      const cls = STREET_CLASS[s.kind];
      streets.push({ id: s.code, name: s.name, class: cls, centreSpace: STREET_CENTRE_M2, stationStaff: STATION_POSTS[cls], communities });
    }
    if (streets.length > 0) districts.push({ id: d.code, name: d.name, centreSpace: DISTRICT_CENTRE_M2, streets });
  }
  return { name: source.name, districts };
}

export function communitiesOf(city: City): Community[] {
  return city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));
}
