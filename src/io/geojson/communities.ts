/**
 * Community features: a Point sets a community's location, a Polygon (or the largest part of a
 * MultiPolygon) its boundary. A feature names its community by the property id, else name; a name
 * shared by two communities cannot say which one is meant.
 */
import { GEO } from '../../i18n/geojson';
import type { City } from '../../engine/scenario';
import { problem, type GeoProblem } from './problems';
import { readPositions, readPosition, type PositionOptions, type Read } from './positions';
import type { ReadFeature } from './readGeoJson';

/** Where a community sits in city.districts: district, street, community. */
export type CommunityPath = [number, number, number];

export interface CommunityIndex {
  byId: Map<string, CommunityPath>;
  byName: Map<string, CommunityPath[]>;
  count: number;
}

export function indexCommunities(city: City): CommunityIndex {
  const byId = new Map<string, CommunityPath>();
  const byName = new Map<string, CommunityPath[]>();
  let count = 0;
  city.districts.forEach((d, di) =>
    d.streets.forEach((s, si) =>
      s.communities.forEach((c, ci) => {
        const path: CommunityPath = [di, si, ci];
        byId.set(c.id, path);
        byName.set(c.name, [...(byName.get(c.name) ?? []), path]);
        count++;
      }),
    ),
  );
  return { byId, byName, count };
}

export interface CommunityUpdate {
  path: CommunityPath;
  feature: number;
  /** [lon, lat] or [x, y] in the crs */
  point?: [number, number];
  ring?: [number, number][];
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

function findCommunity(f: ReadFeature, index: CommunityIndex): Read<CommunityPath> {
  const id = text(f.properties.id);
  const name = text(f.properties.name);
  if (id !== '') {
    const path = index.byId.get(id);
    if (path) return { ok: true, value: path };
    if (name === '') return { ok: false, ...GEO.noCommunityId(id) };
  }
  if (name !== '') {
    const paths = index.byName.get(name) ?? [];
    if (paths.length === 1) return { ok: true, value: paths[0] };
    if (paths.length > 1) {
      return { ok: false, ...GEO.sameName(paths.length, name) };
    }
    return { ok: false, ...GEO.noCommunityName(name, id) };
  }
  return { ok: false, ...GEO.unnamed };
}

/** Twice the signed area of a ring, for choosing the largest part. */
function ringArea(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(a);
}

/** The outer ring without GeoJSON's closing repeat of the first point. */
function readRing(rings: unknown, o: PositionOptions): Read<[number, number][]> {
  if (!Array.isArray(rings) || rings.length === 0) return { ok: false, ...GEO.noOuterRing };
  const r = readPositions(rings[0], o, 4);
  if (!r.ok) return r;
  const ring = r.value;
  const [a, b] = [ring[0], ring[ring.length - 1]];
  if (a[0] === b[0] && a[1] === b[1]) ring.pop();
  if (ring.length < 3) return { ok: false, ...GEO.shortRing };
  return { ok: true, value: ring };
}

export function readCommunity(f: ReadFeature, index: CommunityIndex, o: PositionOptions, notes: GeoProblem[]): Read<CommunityUpdate> {
  const found = findCommunity(f, index);
  if (!found.ok) return found;
  const path = found.value;
  if (f.kind === 'Point') {
    const p = readPosition(f.coordinates, o);
    return p.ok ? { ok: true, value: { path, feature: f.index, point: p.value } } : p;
  }
  const parts = f.kind === 'Polygon' ? [f.coordinates] : Array.isArray(f.coordinates) ? f.coordinates : [];
  let best: [number, number][] | null = null;
  for (const part of parts) {
    const r = readRing(part, o);
    if (!r.ok) return r;
    if (!best || ringArea(r.value) > ringArea(best)) best = r.value;
  }
  if (!best) return { ok: false, ...GEO.noParts };
  if (parts.length > 1) {
    notes.push(problem(f.index, GEO.largestPart(parts.length)));
  }
  if (parts.some((part) => Array.isArray(part) && part.length > 1)) {
    notes.push(problem(f.index, GEO.holes));
  }
  return { ok: true, value: { path, feature: f.index, ring: best } };
}
