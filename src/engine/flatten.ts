/** Lay the city tree out as flat typed arrays: communities, then streets, then districts. */
import { LEVEL, type EntityIndex } from './projection';
import type { City, Community, CommunityKind } from './scenario';
import { isWhole, NOT_WHOLE, TALLY_LENGTH, tallied } from './wholeCounts';

// Read once: a property lookup per entity adds up over a national sweep.
const { community: COMMUNITY, street: STREET, district: DISTRICT } = LEVEL;

export const KIND_CODE: Record<CommunityKind, number> = { urbanExisting: 0, urbanNew: 1, rural: 2 };
export const NO_KIND = 255;
const { urbanExisting: URBAN_EXISTING, urbanNew: URBAN_NEW, rural: RURAL } = KIND_CODE;

/** Base-year inputs per entity, read by the projection and by explanations. */
export interface BaseArrays {
  households: Float64Array;
  residents: Float64Array;
  growth: Float64Array;
  /** Infinity when the community has no dwelling count */
  dwellings: Float64Array;
  inPost: Float64Array;
  certified: Float64Array;
  bachelor: Float64Array;
  space: Float64Array;
  /** NJ2007-19: share of a community's space in public-benefit use; NaN when the scenario does not say */
  publicBenefitShare: Float64Array;
  /** QY-9 migrants, QY-8 registrations a year, QY-14 volunteers; 0 when not given */
  migrants: Float64Array;
  registrations: Float64Array;
  volunteers: Float64Array;
}

export interface Flat {
  nCommunities: number;
  nStreets: number;
  nDistricts: number;
  nEntities: number;
  entities: EntityIndex;
  base: BaseArrays;
}

/** The last length's arrays of one value, by that value. */
const blanks = new Map<number, Float64Array>();

/**
 * An array of n copies of value, shared by every caller that asks for that length and value: for
 * inputs most cities leave out, which a national city would otherwise hold as a megabyte of one value
 * each, a run. Whoever takes one must never write to it (flat arrays are never written once
 * flattened; wholeCounts.ts relies on it too) and makes an array of its own before its first value.
 */
export function blank(n: number, value: number): Float64Array {
  const a = blanks.get(value);
  if (a?.length === n) return a;
  const made = new Float64Array(n).fill(value);
  blanks.set(value, made);
  return made;
}

/** Whether a is blank's shared array of value: never written, so every element is that value. */
export const isBlank = (a: Float64Array, value: number): boolean => blanks.get(value) === a;

export function flatten(city: City): Flat {
  const { districts } = city;
  const nDistricts = districts.length;
  let nCommunities = 0;
  let nStreets = 0;
  for (let di = 0; di < nDistricts; di++) {
    const { streets } = districts[di];
    nStreets += streets.length;
    for (let k = 0; k < streets.length; k++) nCommunities += streets[k].communities.length;
  }
  const n = nCommunities + nStreets + nDistricts;
  // Inputs most cities leave out start as the shared arrays; the city gets its own at the first value given (−0 counts as given).
  const zero = blank(n, 0);
  const nan = blank(n, NaN);
  const entities: EntityIndex = {
    id: new Array<string>(n),
    name: new Array<string>(n),
    level: new Uint8Array(n),
    kind: new Uint8Array(n).fill(NO_KIND, nCommunities),
    street: new Int32Array(n).fill(-1, nCommunities),
    district: new Int32Array(n),
    streetClass: new Uint8Array(n),
    committee: zero,
  };
  const base: BaseArrays = {
    households: new Float64Array(n),
    residents: new Float64Array(n),
    growth: new Float64Array(n),
    // Each community's is written; streets and districts have none.
    dwellings: new Float64Array(n).fill(Infinity, nCommunities),
    inPost: new Float64Array(n),
    certified: new Float64Array(n),
    bachelor: new Float64Array(n),
    space: new Float64Array(n),
    publicBenefitShare: nan,
    migrants: zero,
    registrations: zero,
    volunteers: zero,
  };
  const { id, name, level, district: districtOf, streetClass } = entities;
  const { inPost, space } = base;
  const tally = new Float64Array(TALLY_LENGTH);
  let c = 0;
  let s = nCommunities;
  // Indexed loops, the communities' in a function of its own: a fresh run flattens once, and V8 optimises that small loop early in it, where one large function was compiled and dropped several times over.
  for (let di = 0; di < nDistricts; di++) {
    const district = districts[di];
    const de = nCommunities + nStreets + di;
    id[de] = district.id;
    name[de] = district.name;
    level[de] = DISTRICT;
    districtOf[de] = di;
    space[de] = district.centreSpace;
    const { streets } = district;
    for (let k = 0; k < streets.length; k++, s++) {
      const street = streets[k];
      id[s] = street.id;
      name[s] = street.name;
      level[s] = STREET;
      districtOf[s] = di;
      streetClass[s] = street.class;
      space[s] = street.centreSpace;
      inPost[s] = street.stationStaff;
      c = communitiesInto(entities, base, zero, nan, tally, street.communities, c, s, di);
    }
  }
  tallied(base, nCommunities, n, tally);
  return { nCommunities, nStreets, nDistricts, nEntities: n, entities, base };
}

/**
 * Writes a street's communities from entity c on; returns the entity after the last. It takes the
 * arrays' holders that flatten returns, not an object of its own: one no run keeps loses its hidden
 * class at each full collection, and with it this loop's optimised code. It tallies the counts as it
 * writes them (wholeCounts.ts tallied), in locals over the street and in tally between streets.
 */
function communitiesInto(entities: EntityIndex, base: BaseArrays, zero: Float64Array, nan: Float64Array, tally: Float64Array, list: Community[], c: number, s: number, di: number): number {
  const { id, name, level, kind, street: streetOf, district: districtOf } = entities;
  const { households, residents, growth, dwellings, inPost, certified, bachelor, space } = base;
  let hSum = tally[0];
  let hMost = tally[1];
  let rSum = tally[2];
  let rMost = tally[3];
  let pSum = tally[4];
  let pMost = tally[5];
  let cSum = tally[6];
  let cMost = tally[7];
  let bSum = tally[8];
  let bMost = tally[9];
  let bad = tally[10];
  for (let k = 0; k < list.length; k++, c++) {
    const com = list[k];
    const { staff } = com;
    id[c] = com.id;
    name[c] = com.name;
    level[c] = COMMUNITY;
    // Compared, not looked up by name: a lookup keyed by each community's kind string costs more, 120,000 times over.
    kind[c] = com.kind === 'rural' ? RURAL : com.kind === 'urbanNew' ? URBAN_NEW : URBAN_EXISTING;
    streetOf[c] = s;
    districtOf[c] = di;
    const h = com.households;
    households[c] = h;
    if (!isWhole(h)) bad |= NOT_WHOLE.households;
    hSum += h;
    if (h > hMost) hMost = h;
    const r = com.residents;
    residents[c] = r;
    if (!isWhole(r)) bad |= NOT_WHOLE.residents;
    rSum += r;
    if (r > rMost) rMost = r;
    growth[c] = com.growth;
    const homes = com.dwellings;
    const dw = homes === undefined ? Infinity : homes;
    dwellings[c] = dw;
    if (!(dw >= 0) || Object.is(dw, -0)) bad |= NOT_WHOLE.dwellings;
    const p = staff.inPost;
    inPost[c] = p;
    if (!isWhole(p)) bad |= NOT_WHOLE.inPost;
    pSum += p;
    if (p > pMost) pMost = p;
    const q = staff.certified;
    certified[c] = q;
    if (!isWhole(q)) bad |= NOT_WHOLE.certified;
    cSum += q;
    if (q > cMost) cMost = q;
    const g = staff.bachelor;
    bachelor[c] = g;
    if (!isWhole(g)) bad |= NOT_WHOLE.bachelor;
    bSum += g;
    if (g > bMost) bMost = g;
    space[c] = com.space;
    // Each read once and handed on: where communities come in many shapes (an imported city whose rows
    // leave different cells blank), every read is a lookup by shape, not a load at a known offset.
    const members = staff.committeeMembers;
    const share = com.publicBenefitShare;
    const migrants = com.migrants;
    const registrations = com.registrationsPerYear;
    const volunteers = com.volunteers;
    if (members !== undefined || share !== undefined || migrants !== undefined || registrations !== undefined || volunteers !== undefined)
      optionalInto(entities, base, zero, nan, c, members, share, migrants, registrations, volunteers);
  }
  tally[0] = hSum;
  tally[1] = hMost;
  tally[2] = rSum;
  tally[3] = rMost;
  tally[4] = pSum;
  tally[5] = pMost;
  tally[6] = cSum;
  tally[7] = cMost;
  tally[8] = bSum;
  tally[9] = bMost;
  tally[10] = bad;
  return c;
}

/** Writes the inputs most cities leave out, giving the city its own array (in place of zero or nan) at the first value. */
function optionalInto(
  entities: EntityIndex,
  base: BaseArrays,
  zero: Float64Array,
  nan: Float64Array,
  c: number,
  members: number | undefined,
  share: number | undefined,
  migrants: number | undefined,
  registrations: number | undefined,
  volunteers: number | undefined,
): void {
  const n = zero.length;
  if (members !== undefined && !Object.is(members, 0)) {
    if (entities.committee === zero) entities.committee = new Float64Array(n);
    entities.committee[c] = members;
  }
  if (share !== undefined) {
    if (base.publicBenefitShare === nan) base.publicBenefitShare = new Float64Array(n).fill(NaN);
    base.publicBenefitShare[c] = share;
  }
  if (migrants !== undefined && !Object.is(migrants, 0)) {
    if (base.migrants === zero) base.migrants = new Float64Array(n);
    base.migrants[c] = migrants;
  }
  if (registrations !== undefined && !Object.is(registrations, 0)) {
    if (base.registrations === zero) base.registrations = new Float64Array(n);
    base.registrations[c] = registrations;
  }
  if (volunteers !== undefined && !Object.is(volunteers, 0)) {
    if (base.volunteers === zero) base.volunteers = new Float64Array(n);
    base.volunteers[c] = volunteers;
  }
}

/** Ids already looked up in a city's entities; a city's lookups are remembered for every run that reuses its flat arrays. */
const resolved = new WeakMap<EntityIndex, Map<string, number>>();

/**
 * The entity index of each id asked that the city has. Runs name only a few ids (projects' targets,
 * facilities' communities), so those are found in one scan with a set, not a map of all 100,000
 * entities of a national city; ids found once are remembered with the city's flat arrays.
 */
export function indicesOf(flat: Flat, ids: Iterable<string>): (id: string) => number | undefined {
  let known = resolved.get(flat.entities);
  if (!known) resolved.set(flat.entities, (known = new Map()));
  const missing = new Set<string>();
  for (const id of ids) if (!known.has(id)) missing.add(id);
  if (missing.size > 0) {
    const all = flat.entities.id;
    // Ids are unique across the city (src/io/checkCity.ts); the last wins should a file repeat one.
    for (let e = 0; e < all.length; e++) if (missing.has(all[e])) known.set(all[e], e);
    // Ids the city lacks are remembered too, as -1, so they are not searched for again.
    for (const id of missing) if (!known.has(id)) known.set(id, -1);
  }
  const found = known;
  return (id) => {
    const e = found.get(id);
    return e === undefined || e < 0 ? undefined : e;
  };
}
