/**
 * The city as one list of table rows: a row per district and per street (with totals) followed by
 * its communities, filtered by district, street and a name search. Sorting by a column lists the
 * matching communities on their own, across streets, since a sorted list cut into groups answers no
 * question.
 */
import type { City, Community, District, Street } from '../../../engine/scenario';

export const SORT_KEYS = [
  'id',
  'name',
  'kind',
  'households',
  'residents',
  'growth',
  'dwellings',
  'inPost',
  'certified',
  'bachelor',
  'committeeMembers',
  'space',
  'migrants',
  'registrationsPerYear',
  'volunteers',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

export interface CityFilter {
  /** a district id, or '' for all */
  district: string;
  /** a street id, or '' for all */
  street: string;
  query: string;
}

export interface Totals {
  communities: number;
  households: number;
  residents: number;
  inPost: number;
  space: number;
}

export type CityRow =
  | { type: 'district'; key: string; d: number; district: District; totals: Totals }
  | { type: 'street'; key: string; d: number; s: number; street: Street; totals: Totals }
  | { type: 'community'; key: string; d: number; s: number; c: number; community: Community };

export type CommunityRow = Extract<CityRow, { type: 'community' }>;

/** A figure as it counts in a total: text the validator has yet to reject counts as nothing, not as "NaN". */
function figure(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function totalsOf(communities: readonly Community[]): Totals {
  const t: Totals = { communities: communities.length, households: 0, residents: 0, inPost: 0, space: 0 };
  for (const c of communities) {
    t.households += figure(c.households);
    t.residents += figure(c.residents);
    t.inPost += figure(c.staff.inPost);
    t.space += figure(c.space);
  }
  return t;
}

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    communities: a.communities + b.communities,
    households: a.households + b.households,
    residents: a.residents + b.residents,
    inPost: a.inPost + b.inPost,
    space: a.space + b.space,
  };
}

const ZERO: Totals = { communities: 0, households: 0, residents: 0, inPost: 0, space: 0 };

export function districtTotals(district: District): Totals {
  return district.streets.reduce((t, s) => addTotals(t, totalsOf(s.communities)), ZERO);
}

export function countCommunities(city: City): number {
  let n = 0;
  for (const d of city.districts) for (const s of d.streets) n += s.communities.length;
  return n;
}

const KIND_ORDER = { urbanExisting: 0, urbanNew: 1, rural: 2 } as const;

/** The value a column sorts by; undefined (an optional field left empty) sorts last either way. */
export function sortValue(c: Community, key: SortKey): number | string | undefined {
  switch (key) {
    case 'id':
    case 'name':
      return c[key];
    case 'kind':
      return KIND_ORDER[c.kind];
    case 'inPost':
    case 'certified':
    case 'bachelor':
    case 'committeeMembers':
      return c.staff[key];
    default:
      return c[key];
  }
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function compareBy(sort: Sort): (a: CommunityRow, b: CommunityRow) => number {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return (a, b) => {
    const x = sortValue(a.community, sort.key);
    const y = sortValue(b.community, sort.key);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    // A cell holding text the validator rejects still sorts, as text.
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  };
}

function matches(c: Community, query: string): boolean {
  return query === '' || c.name.toLowerCase().includes(query) || c.id.toLowerCase().includes(query);
}

export interface CityRows {
  rows: CityRow[];
  /** communities in the city */
  total: number;
  /** communities that pass the filter */
  shown: number;
}

export function cityRows(city: City, filter: CityFilter, sort: Sort | null): CityRows {
  const query = filter.query.trim().toLowerCase();
  const grouped: CityRow[] = [];
  const flat: CommunityRow[] = [];
  let total = 0;
  city.districts.forEach((district, d) => {
    total += district.streets.reduce((n, s) => n + s.communities.length, 0);
    if (filter.district && district.id !== filter.district) return;
    const districtRow: CityRow = { type: 'district', key: `d${d}`, d, district, totals: districtTotals(district) };
    const streetRows: CityRow[] = [];
    district.streets.forEach((street, s) => {
      if (filter.street && street.id !== filter.street) return;
      const hits: CommunityRow[] = [];
      street.communities.forEach((community, c) => {
        if (matches(community, query)) hits.push({ type: 'community', key: `d${d}s${s}c${c}`, d, s, c, community });
      });
      flat.push(...hits);
      // An empty street stays listed while nothing is searched, so communities can be added to it.
      if (hits.length > 0 || query === '') {
        streetRows.push({ type: 'street', key: `d${d}s${s}`, d, s, street, totals: totalsOf(street.communities) }, ...hits);
      }
    });
    if (streetRows.length > 0 || (query === '' && !filter.street)) grouped.push(districtRow, ...streetRows);
  });
  const rows = sort ? flat.slice().sort(compareBy(sort)) : grouped;
  return { rows, total, shown: flat.length };
}

/** The next sort when a column head is clicked: ascending, then descending, then the city's own order. */
export function nextSort(current: Sort | null, key: SortKey): Sort | null {
  if (!current || current.key !== key) return { key, dir: 'ascending' };
  return current.dir === 'ascending' ? { key, dir: 'descending' } : null;
}

/** The filter without a district or street that no longer exists (removed, or undone away). */
export function liveFilter(city: City, filter: CityFilter): CityFilter {
  const district = filter.district && city.districts.some((d) => d.id === filter.district) ? filter.district : '';
  const street =
    filter.street && city.districts.some((d) => (!district || d.id === district) && d.streets.some((s) => s.id === filter.street))
      ? filter.street
      : '';
  return district === filter.district && street === filter.street ? filter : { ...filter, district, street };
}
