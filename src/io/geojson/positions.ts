/**
 * Positions into the city's crs. A wgs84 city reads WGS-84 longitude/latitude (EPSG:4326), or GCJ-02
 * converted to WGS-84 when the user says the data is GCJ-02; a local city reads metres in its own
 * plane. No other projection is accepted: there is nothing here to reproject it with, and a wrong
 * guess would put every facility kilometres away without a word.
 */
import { GEO } from '../../i18n/geojson';
import { gcj02ToWgs84 } from './gcj02';

export type Read<T> = { ok: true; value: T } | { ok: false; zh: string; en: string };

export interface PositionOptions {
  crs: 'wgs84' | 'local';
  /** the file is GCJ-02 (wgs84 cities only) */
  gcj02?: boolean;
  /** [lon, lat] the city's places gather around; positions far from it are refused */
  centre?: [number, number] | null;
}

/** Farther than this from the city's centre, a position is more likely in the wrong system than in the city. */
export const MAX_KM_FROM_CENTRE = 300;

// 1e-7° is about a centimetre, as is 0.01 m: fine enough for any walk, coarse enough that the same
// point written twice (end of one line, start of the next) becomes one network node.
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits + 0;

export function readPosition(p: unknown, o: PositionOptions): Read<[number, number]> {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return { ok: false, ...GEO.position(JSON.stringify(p)) };
  }
  const [a, b] = p as [number, number];
  if (o.crs === 'local') return { ok: true, value: [round(a, 2), round(b, 2)] };
  if (Math.abs(a) <= 90 && Math.abs(b) > 90 && Math.abs(b) <= 180) {
    return { ok: false, ...GEO.latLon(`[${a}, ${b}]`) };
  }
  if (Math.abs(a) > 180 || Math.abs(b) > 90) {
    return { ok: false, ...GEO.projected(`[${a}, ${b}]`) };
  }
  const [lon, lat] = o.gcj02 ? gcj02ToWgs84(a, b) : [a, b];
  if (o.centre) {
    const km = distanceKm(o.centre, [lon, lat]);
    if (km > MAX_KM_FROM_CENTRE) {
      return { ok: false, ...GEO.farFromCentre(`[${a}, ${b}]`, Math.round(km)) };
    }
  }
  return { ok: true, value: [round(lon, 7), round(lat, 7)] };
}

/** Every position of a list, or the first problem. */
export function readPositions(list: unknown, o: PositionOptions, min: number): Read<[number, number][]> {
  if (!Array.isArray(list) || list.length < min) {
    return { ok: false, ...GEO.fewPositions(min) };
  }
  const out: [number, number][] = [];
  for (const p of list) {
    const r = readPosition(p, o);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}

/** Equirectangular: within a percent of the great circle at a few hundred kilometres, plenty for a sanity check. */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return 6371 * Math.hypot(x, y);
}
