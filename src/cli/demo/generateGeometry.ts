/**
 * Synthetic geometry for a generated city, the same for the same seed: an area for every community and
 * facilities of the seven life-circle types. Density falls from the old core to the new towns and the
 * counties' villages, and so does facility provision: dense in the core, sparse in the new towns (a
 * few streets lack a type altogether), thin in the villages. Every range is an estimate; none of it
 * describes a real place.
 */
import { streamFor, type Random } from '../../engine/random';
import type { City, Community, Facility } from '../../engine/scenario';
import { FACILITY_TYPE_NAME, FACILITY_TYPES, type FacilityType } from '../../registry';
import type { DistrictType } from './generateCity';

type Tri = readonly [number, number, number];

/** Residents per km² by kind of place (estimate; a 15-minute circle holds 50,000–100,000 residents in GB 50180-2018, STANDARDS.md). */
const DENSITY: Record<'core' | 'newTown' | 'estate' | 'seat' | 'village', Tri> = {
  core: [18_000, 28_000, 40_000],
  newTown: [8_000, 14_000, 22_000],
  estate: [6_000, 10_000, 16_000],
  seat: [5_000, 9_000, 14_000],
  village: [600, 1_500, 3_000],
};

type Place = 'core' | 'newTown' | 'seat' | 'village';

/** Facilities of each type per street (estimate): at least one service centre per street (CS2010-4, one centre for several communities). */
const PER_STREET: Record<Place, Record<FacilityType, Tri>> = {
  core: { market: [1, 2, 3], sports: [1, 1, 2], culture: [1, 1, 2], service: [1, 1, 1], medical: [1, 2, 2], elderly: [1, 2, 3], health: [1, 1, 2] },
  newTown: { market: [1, 2, 2], sports: [1, 1, 2], culture: [1, 1, 2], service: [1, 1, 2], medical: [1, 2, 2], elderly: [0, 1, 2], health: [0, 1, 2] },
  seat: { market: [1, 2, 2], sports: [1, 1, 2], culture: [1, 1, 1], service: [1, 1, 1], medical: [1, 1, 2], elderly: [1, 1, 2], health: [1, 1, 2] },
  village: { market: [0, 1, 1], sports: [0, 0, 1], culture: [0, 1, 1], service: [1, 1, 1], medical: [0, 1, 1], elderly: [0, 1, 1], health: [0, 1, 1] },
};

/** New-town streets left without one of GOV2020-4b's five types: the holes a plan should close. */
const HOLES = 3;

// A stream index far from generateCity's (0, 1, then one per district), so adding geometry leaves every other figure as it was.
const STREAM = 1_000_000;
const KM_PER_DEGREE_LAT = 111.2;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5 + 0;
const tri = (r: Random, [lo, mode, hi]: Tri) => r.triangular(lo, mode, hi);

function lonLat(c: Community): { lon: number; lat: number } {
  return c.location as { lon: number; lat: number };
}

/** A point within `metres` of `at`, uniform over the disc. */
function near(r: Random, at: { lon: number; lat: number }, metres: number): { lon: number; lat: number } {
  const d = (metres / 1000) * Math.sqrt(r.next());
  const theta = 2 * Math.PI * r.next();
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((at.lat * Math.PI) / 180);
  return { lon: round5(at.lon + (d * Math.cos(theta)) / kmPerDegreeLon), lat: round5(at.lat + (d * Math.sin(theta)) / KM_PER_DEGREE_LAT) };
}

function placeOf(type: DistrictType, street: number): Place {
  if (type === 'county') return street === 0 ? 'seat' : 'village';
  return type;
}

function densityOf(place: Place, c: Community): Tri {
  if (place === 'newTown' && c.kind === 'urbanNew') return DENSITY.estate;
  return DENSITY[place];
}

/** Adds areas, city.spatial and city.facilities (all open by the base year) to a generated city, in place. */
export function addGeometry(city: City, types: readonly DistrictType[], seed: number, baseYear: number): void {
  const facilities: Facility[] = [];
  const pick = streamFor(seed, STREAM);
  const newTownStreets = city.districts.flatMap((d, di) => (types[di] === 'newTown' ? d.streets.map((s) => s.id) : []));
  const holes = new Map<string, FacilityType>();
  for (let k = 0; k < HOLES && newTownStreets.length > 0; k++) {
    const street = newTownStreets.splice(pick.int(0, newTownStreets.length - 1), 1)[0];
    holes.set(street, FACILITY_TYPES[pick.int(0, 4)]);
  }
  city.districts.forEach((d, di) => {
    const r = streamFor(seed, STREAM + 1 + di);
    d.streets.forEach((s, si) => {
      const place = placeOf(types[di], si);
      for (const c of s.communities) c.area = Math.round((c.residents / tri(r, densityOf(place, c))) * 1e6 / 1000) * 1000;
      // The first of each type sits by the street's hub, the community nearest its middle, as service
      // centres gather a market, a clinic and a cultural room around them (CS2010-4); the second by a
      // secondary centre; any more anywhere in the street.
      const hubs = [hubOf(s.communities), s.communities[r.int(0, s.communities.length - 1)]];
      for (const type of FACILITY_TYPES) {
        const count = holes.get(s.id) === type ? 0 : Math.round(tri(r, PER_STREET[place][type]));
        for (let k = 0; k < count; k++) {
          const host = k < hubs.length ? hubs[k] : s.communities[r.int(0, s.communities.length - 1)];
          facilities.push({
            id: `F-${s.id}-${type}${count > 1 ? `-${k + 1}` : ''}`,
            name: `${s.name}${FACILITY_TYPE_NAME[type].zh}${count > 1 ? k + 1 : ''}`,
            type,
            location: near(r, lonLat(host), 300),
            openingYear: r.int(baseYear - 30, baseYear),
          });
        }
      }
    });
  });
  city.spatial = { crs: 'wgs84', cellSize: 100, walk: { minutes: 15, speedMetresPerMinute: 70, detourFactor: 1.25 } };
  city.facilities = facilities;
}

function hubOf(communities: Community[]): Community {
  const lon = communities.reduce((a, c) => a + lonLat(c).lon, 0) / communities.length;
  const lat = communities.reduce((a, c) => a + lonLat(c).lat, 0) / communities.length;
  let best = communities[0];
  let bestD = Infinity;
  for (const c of communities) {
    const d = (lonLat(c).lon - lon) ** 2 + (lonLat(c).lat - lat) ** 2;
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}
