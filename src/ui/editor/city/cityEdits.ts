/**
 * Adding and removing districts, streets and communities as whole-scenario edits (one undo step
 * each). New ids follow the city's own pattern ("D01-S03-C013"), and stay unique across all three
 * levels, which share one namespace (a building project's target may name any of them).
 */
import type { City, Community, CommunityKind, District, Scenario, Street } from '../../../engine/scenario';

export function cityIds(city: City): Set<string> {
  const ids = new Set<string>();
  for (const d of city.districts) {
    ids.add(d.id);
    for (const s of d.streets) {
      ids.add(s.id);
      for (const c of s.communities) ids.add(c.id);
    }
  }
  return ids;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * prefix + the next number after the siblings' highest, padded like theirs (at least `width`
 * digits), counting on past any id already taken anywhere in the city.
 */
export function nextId(prefix: string, siblings: readonly string[], taken: ReadonlySet<string>, width = 2): string {
  const pattern = new RegExp(`^${escape(prefix)}(\\d+)$`);
  let max = 0;
  let digits = width;
  for (const id of siblings) {
    const m = pattern.exec(id);
    if (!m) continue;
    max = Math.max(max, Number(m[1]));
    digits = Math.max(digits, m[1].length);
  }
  let n = Math.max(max, siblings.length) + 1;
  let id = prefix + String(n).padStart(digits, '0');
  while (taken.has(id)) id = prefix + String(++n).padStart(digits, '0');
  return id;
}

/** The first free "base", "base 2", "base 3"… among the siblings' names. */
export function nextName(base: string, siblings: readonly string[]): string {
  const names = new Set(siblings);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

function withDistricts(s: Scenario, districts: District[]): Scenario {
  return { ...s, city: { ...s.city, districts } };
}

function withStreets(s: Scenario, d: number, streets: Street[]): Scenario {
  const districts = s.city.districts.slice();
  districts[d] = { ...districts[d], streets };
  return withDistricts(s, districts);
}

function withCommunities(s: Scenario, d: number, st: number, communities: Community[]): Scenario {
  const streets = s.city.districts[d].streets.slice();
  streets[st] = { ...streets[st], communities };
  return withStreets(s, d, streets);
}

export interface Added {
  scenario: Scenario;
  id: string;
}

/** An empty community at the end of a street, of the same kind as the street's last one. */
export function addCommunity(s: Scenario, d: number, st: number, baseName: string): Added {
  const street = s.city.districts[d].streets[st];
  const last = street.communities.at(-1);
  const kind: CommunityKind = last?.kind ?? 'urbanExisting';
  const id = nextId(`${street.id}-C`, street.communities.map((c) => c.id), cityIds(s.city), 3);
  const community: Community = {
    id,
    name: nextName(baseName, street.communities.map((c) => c.name)),
    kind,
    households: 0,
    residents: 0,
    growth: 0,
    staff: { inPost: 0, certified: 0, bachelor: 0 },
    space: 0,
  };
  return { scenario: withCommunities(s, d, st, [...street.communities, community]), id };
}

/** An empty street at the end of a district, of the same class as the district's last one. */
export function addStreet(s: Scenario, d: number, baseName: string): Added {
  const district = s.city.districts[d];
  const id = nextId(`${district.id}-S`, district.streets.map((x) => x.id), cityIds(s.city));
  const street: Street = {
    id,
    name: nextName(baseName, district.streets.map((x) => x.name)),
    class: district.streets.at(-1)?.class ?? 1,
    centreSpace: 0,
    stationStaff: 0,
    communities: [],
  };
  return { scenario: withStreets(s, d, [...district.streets, street]), id };
}

export function addDistrict(s: Scenario, baseName: string): Added {
  const districts = s.city.districts;
  const id = nextId('D', districts.map((x) => x.id), cityIds(s.city));
  const district: District = { id, name: nextName(baseName, districts.map((x) => x.name)), centreSpace: 0, streets: [] };
  return { scenario: withDistricts(s, [...districts, district]), id };
}

export function removeCommunity(s: Scenario, d: number, st: number, c: number): Scenario {
  return withCommunities(s, d, st, s.city.districts[d].streets[st].communities.filter((_, i) => i !== c));
}

export function removeStreet(s: Scenario, d: number, st: number): Scenario {
  return withStreets(s, d, s.city.districts[d].streets.filter((_, i) => i !== st));
}

export function removeDistrict(s: Scenario, d: number): Scenario {
  return withDistricts(s, s.city.districts.filter((_, i) => i !== d));
}

/**
 * Where the toolbar's "add community" puts it: the street chosen in the filter, else the first
 * street of the chosen district (or of the city); null when there is no street to add to.
 */
export function addCommunityTarget(city: City, filter: { district: string; street: string }): { d: number; s: number } | null {
  for (let d = 0; d < city.districts.length; d++) {
    const district = city.districts[d];
    if (filter.street) {
      const s = district.streets.findIndex((x) => x.id === filter.street);
      if (s >= 0) return { d, s };
    } else if ((!filter.district || district.id === filter.district) && district.streets.length > 0) {
      return { d, s: 0 };
    }
  }
  return null;
}
