/**
 * A synthetic but plausible city for demos and benchmarks, the same for the same options: districts of
 * three types (a dense old core, growing new towns with estates still filling up, outer counties of
 * villages), streets with service centres, and communities with households, staff, floor space and a
 * location around a Nanjing-like centre. Every figure is drawn from a range; the ranges cite the rule
 * they echo, or say "estimate".
 */
import type { City, Community, CommunityKind, District, Street } from '../../engine/scenario';
import { streamFor, type Random } from '../../engine/random';
import { addGeometry } from './generateGeometry';

export type DistrictType = 'core' | 'newTown' | 'county';

export interface CityOptions {
  seed: number;
  districts: number;
  streetsPerDistrict: number;
  communitiesPerStreet: number;
  /** the year the figures describe; before 2010 the city looks as it did before the 2007–2010 programmes */
  baseYear: number;
  name?: string;
  /** districts of each type; by default 40% old core, 20% outer counties (at least one), the rest new towns */
  mix?: Record<DistrictType, number>;
  /** the outer counties' name suffix: 县 while they are counties, 区 once they become districts */
  countySuffix?: '县' | '区';
  /** city centre, default 118.78 E, 32.04 N (Nanjing's Xinjiekou, roughly) */
  centre?: { lon: number; lat: number };
  /** add community areas, city.spatial and life-circle facilities (generateGeometry.ts) */
  geometry?: boolean;
}

type Tri = readonly [number, number, number];

/** How staffed and housed communities are in a given era; every range is an estimate. */
interface Profile {
  /** the staffing rule the fill is measured against: households per worker, minimum per community */
  reference: { perWorker: number; min: number };
  staffFill: Tri;
  certifiedShare: Tri;
  bachelorShare: Tri;
  /** m² per 100 households of an existing urban community */
  spacePerHundred: Tri;
  spaceBounds: readonly [number, number];
  ruralSpace: Tri;
  streetCentre: Tri;
  districtCentre: Tri;
  /** occupancy of a new estate in the base year */
  estateOccupancy: Tri;
}

const PROFILES: Record<'before2010' | 'recent', Profile> = {
  // Before NJ2007's programme: few certified social workers (the national exam began in 2008), many
  // offices under 300 m² (NJ2007-18a set that floor for 2008), street centres under 1,500 m² (NJ2007-18c).
  before2010: {
    reference: { perWorker: 300, min: 6 }, // NJ2007-15
    staffFill: [0.4, 0.65, 0.95],
    certifiedShare: [0, 0, 0.2],
    bachelorShare: [0, 0.15, 0.4],
    spacePerHundred: [4, 11, 26],
    spaceBounds: [60, 800],
    ruralSpace: [150, 350, 800],
    streetCentre: [300, 1100, 3600],
    districtCentre: [800, 2800, 6500],
    // NJ2007 has no occupancy rule, so every estate counts as a community from the start; the ones
    // drawn here are past half full, as committees were then set up once an estate was lived in.
    estateOccupancy: [0.5, 0.8, 0.95],
  },
  // Recent years: most offices between 200 and 900 m², many still under GOV2020-4's 30 m² per 100
  // households; staff mostly below GOV2020-3a's one per 350 households (estimate).
  recent: {
    reference: { perWorker: 350, min: 5 }, // GOV2020-3a
    staffFill: [0.55, 0.8, 1.05],
    certifiedShare: [0.1, 0.3, 0.5],
    bachelorShare: [0.3, 0.55, 0.85],
    spacePerHundred: [8, 25, 40],
    spaceBounds: [200, 1000],
    ruralSpace: [250, 450, 800],
    streetCentre: [600, 1500, 2500],
    districtCentre: [1500, 3500, 6000],
    // 30–90% occupied: some below GOV2020-2b's 50% at which an estate gets its own committee.
    estateOccupancy: [0.3, 0.8, 0.9],
  },
};

/** Where each district type lies and how it grows; distances in km from the city centre (estimate). */
const LAYOUT: Record<DistrictType, { ring: readonly [number, number]; streetSpread: number; communitySpread: number }> = {
  core: { ring: [2, 4], streetSpread: 2, communitySpread: 0.5 },
  newTown: { ring: [12, 22], streetSpread: 5, communitySpread: 1.2 },
  county: { ring: [35, 60], streetSpread: 12, communitySpread: 3 },
};

const FIRST = '东西南北中新老江河金玉龙凤长永安宁和平兴华清春秋白青红梅桃柳松竹石云阳明光文双福'.split('');
const SECOND = '门桥山湖港园城坊巷林苑岗庄塘洲湾浦口台亭府营坝井泉溪田坪阁堂楼圩埠岭坡店'.split('');
const VIRTUE = '和平 幸福 光明 友谊 团结 建设 胜利 朝阳 红旗 向阳 振兴 繁荣 育才 阳光 康乐 福寿 五星 新风 民主 前进'.split(' ');

/** Names unique within the city: two syllables and a suffix, three once two run short, then a number. */
function namer(rand: Random): (suffix: string) => string {
  const used = new Set<string>();
  const pick = (list: readonly string[]) => list[rand.int(0, list.length - 1)];
  return (suffix) => {
    for (let attempt = 0; ; attempt++) {
      const stem =
        suffix === '社区' && rand.next() < 0.15
          ? pick(VIRTUE)
          : attempt < 40
            ? pick(FIRST) + pick(SECOND)
            : pick(FIRST) + pick(FIRST) + pick(SECOND);
      // A national-scale city can run out of syllables; a number (never used twice) ends the search.
      const name = attempt < 200 ? stem + suffix : `${stem}${used.size + 1}${suffix}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

function defaultMix(n: number): Record<DistrictType, number> {
  const county = Math.min(n - 1, Math.max(1, Math.round(n * 0.2)));
  const core = Math.min(n - county, Math.round(n * 0.4));
  return { core, newTown: n - county - core, county };
}

const pad = (k: number, width: number) => String(k).padStart(width, '0');
const tri = (r: Random, [lo, mode, hi]: Tri) => r.triangular(lo, mode, hi);
// `+ 0` turns −0 into 0: JSON writes both as 0, so a file read back would not equal a fresh city.
const round10 = (x: number) => Math.round(x / 10) * 10 + 0;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5 + 0;

export function generateCity(options: CityOptions): City {
  const { seed, districts: nDistricts, streetsPerDistrict, communitiesPerStreet, baseYear } = options;
  for (const [key, value] of Object.entries({ districts: nDistricts, streetsPerDistrict, communitiesPerStreet })) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${key} must be a whole number ≥ 1, got ${value}`);
  }
  const mix = options.mix ?? defaultMix(nDistricts);
  if (mix.core + mix.newTown + mix.county !== nDistricts) {
    throw new RangeError(`mix must add up to ${nDistricts} districts, got ${mix.core} + ${mix.newTown} + ${mix.county}`);
  }
  const types: DistrictType[] = [
    ...Array<DistrictType>(mix.core).fill('core'),
    ...Array<DistrictType>(mix.newTown).fill('newTown'),
    ...Array<DistrictType>(mix.county).fill('county'),
  ];
  const profile = baseYear < 2010 ? PROFILES.before2010 : PROFILES.recent;
  const centre = options.centre ?? { lon: 118.78, lat: 32.04 };
  // Names come from their own stream so that a district's figures do not depend on how many names were retried.
  const name = namer(streamFor(seed, 0));
  const ctx: Ctx = { profile, centre, name, streetsPerDistrict, communitiesPerStreet, countySuffix: options.countySuffix ?? '区' };
  const angle0 = streamFor(seed, 1).next() * 2 * Math.PI;
  const perType: Record<DistrictType, number> = { core: 0, newTown: 0, county: 0 };
  const districts = types.map((type, d) => {
    const k = perType[type]++;
    // Districts of one type spread evenly around their ring, so the map reads as core, towns, counties.
    const angle = angle0 + (2 * Math.PI * (k + 0.5)) / mix[type] + (type === 'newTown' ? 0.4 : 0);
    return makeDistrict(ctx, streamFor(seed, d + 2), type, d, angle);
  });
  const city: City = { name: options.name ?? '示范市', districts };
  if (options.geometry) addGeometry(city, types, seed, baseYear);
  return city;
}

interface Ctx {
  profile: Profile;
  centre: { lon: number; lat: number };
  name: (suffix: string) => string;
  streetsPerDistrict: number;
  communitiesPerStreet: number;
  countySuffix: '县' | '区';
}

const KM_PER_DEGREE_LAT = 111.2;

/** A point within `radiusKm` of `at`, uniform over the disc. */
function scatter(r: Random, at: { lon: number; lat: number }, radiusKm: number): { lon: number; lat: number } {
  const dist = radiusKm * Math.sqrt(r.next());
  const theta = 2 * Math.PI * r.next();
  return offset(at, dist, theta);
}

function offset(at: { lon: number; lat: number }, km: number, theta: number): { lon: number; lat: number } {
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((at.lat * Math.PI) / 180);
  return { lon: at.lon + (km * Math.cos(theta)) / kmPerDegreeLon, lat: at.lat + (km * Math.sin(theta)) / KM_PER_DEGREE_LAT };
}

function makeDistrict(ctx: Ctx, r: Random, type: DistrictType, d: number, angle: number): District {
  const layout = LAYOUT[type];
  const here = offset(ctx.centre, r.uniform(layout.ring[0], layout.ring[1]), angle);
  const id = `D${pad(d + 1, 2)}`;
  const streets: Street[] = [];
  for (let s = 0; s < ctx.streetsPerDistrict; s++) {
    // A county's first street is its seat, a town with urban communities; the others are rural towns.
    const rural = type === 'county' && s > 0;
    streets.push(makeStreet(ctx, r, type, rural, `${id}-S${pad(s + 1, 2)}`, scatter(r, here, layout.streetSpread)));
  }
  return {
    id,
    name: ctx.name(type === 'county' ? ctx.countySuffix : '区'),
    centreSpace: round10(tri(r, ctx.profile.districtCentre)),
    streets,
  };
}

/** Street class (CS2010-6a): the core is mostly class 1, towns class 2–3 (estimate). */
function streetClass(r: Random, type: DistrictType, rural: boolean): 1 | 2 | 3 {
  const u = r.next();
  if (type === 'core') return u < 0.8 ? 1 : 2;
  if (type === 'newTown') return u < 0.5 ? 1 : 2;
  return rural ? (u < 0.7 ? 3 : 2) : 2;
}

/** Station posts by class, CS2010-6a: 7, 6, 5. */
const STATION_POSTS = { 1: 7, 2: 6, 3: 5 } as const;

function makeStreet(ctx: Ctx, r: Random, type: DistrictType, rural: boolean, id: string, at: { lon: number; lat: number }): Street {
  const cls = streetClass(r, type, rural);
  const communities: Community[] = [];
  for (let c = 0; c < ctx.communitiesPerStreet; c++) {
    const where = scatter(r, at, LAYOUT[type].communitySpread);
    communities.push(makeCommunity(ctx, r, type, rural, `${id}-C${pad(c + 1, 3)}`, where));
  }
  return {
    id,
    name: ctx.name(rural ? '镇' : '街道'),
    class: cls,
    centreSpace: round10(tri(r, ctx.profile.streetCentre)),
    stationStaff: STATION_POSTS[cls] - r.int(0, 2),
    communities,
  };
}

interface Size {
  kind: CommunityKind;
  households: number;
  growth: number;
  dwellings?: number;
}

/**
 * Households within QY-4's 1,000–3,000 per committee, averaging near NJ2007-2's 2,500 (the estates
 * still filling up pull the mean down); growth by district type (estimate).
 */
function size(r: Random, profile: Profile, type: DistrictType, rural: boolean): Size {
  if (rural) return { kind: 'rural', households: Math.round(tri(r, [1200, 2600, 3000])), growth: r.uniform(-0.01, 0.01) };
  if (type === 'core') return { kind: 'urbanExisting', households: Math.round(tri(r, [2000, 2900, 3000])), growth: r.uniform(0, 0.01) };
  if (type === 'county') return { kind: 'urbanExisting', households: Math.round(tri(r, [1800, 2800, 3000])), growth: r.uniform(0, 0.02) };
  if (r.next() < 0.5) return { kind: 'urbanExisting', households: Math.round(tri(r, [1800, 2800, 3000])), growth: r.uniform(0.01, 0.03) };
  // A new estate of at most 3,000 dwellings (GOV2020-2a).
  const dwellings = round10(r.uniform(2200, 3000));
  return { kind: 'urbanNew', dwellings, households: Math.round(dwellings * tri(r, profile.estateOccupancy)), growth: r.uniform(0.03, 0.1) };
}

function makeCommunity(ctx: Ctx, r: Random, type: DistrictType, rural: boolean, id: string, at: { lon: number; lat: number }): Community {
  const { profile } = ctx;
  const s = size(r, profile, type, rural);
  const residents = Math.round(s.households * r.uniform(2.6, 3.0)); // persons per household (estimate)
  // An estate under half occupied is run by a neighbouring committee (GOV2020-2b): no staff of its own yet.
  const waiting = s.kind === 'urbanNew' && s.dwellings !== undefined && s.households < 0.5 * s.dwellings;
  const required = Math.max(profile.reference.min, Math.ceil(s.households / profile.reference.perWorker));
  const inPost = waiting ? 0 : Math.max(2, Math.round(required * tri(r, profile.staffFill)));
  const certified = Math.min(inPost, Math.round(inPost * tri(r, profile.certifiedShare)));
  const bachelor = Math.min(inPost, Math.round(inPost * tri(r, profile.bachelorShare)));
  const [lo, hi] = profile.spaceBounds;
  const space = rural
    ? round10(tri(r, profile.ruralSpace))
    : waiting
      ? // the developer has handed over the committee's rooms, or not yet (estimate)
        r.next() < 0.5
        ? 0
        : round10(r.uniform(300, 600))
      : round10(Math.min(hi, Math.max(lo, (tri(r, profile.spacePerHundred) * s.households) / 100)));
  return {
    id,
    name: ctx.name(rural ? '村' : '社区'),
    kind: s.kind,
    households: s.households,
    residents,
    growth: round4(s.growth),
    ...(s.dwellings === undefined ? {} : { dwellings: s.dwellings }),
    staff: { inPost, certified, bachelor },
    space,
    location: { lon: round5(at.lon), lat: round5(at.lat) },
  };
}
