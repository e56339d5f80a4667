/**
 * Coordinates in metres. WGS-84 lon/lat go onto a local equirectangular plane around the city's mean
 * latitude, scaled by the ellipsoid's radii of curvature there. The east–west scale is exact at the
 * mean latitude and off by about tan φ₀ · Δφ elsewhere: at 32° N, 0.5% at 50 km north or south and
 * under 1% within 100 km; north–south it is within 0.01% over the same span. Walking distances of
 * about a kilometre are therefore right to a few metres, well inside the 100 m cells.
 */
import type { Location } from '../scenario';

export interface Plane {
  crs: 'wgs84' | 'local';
  /** origin in the crs (degrees for wgs84, 0 for local) */
  a0: number;
  b0: number;
  /** metres per unit of the first and second coordinate */
  mx: number;
  my: number;
}

// WGS-84 ellipsoid: semi-major axis (m) and first eccentricity squared.
const A = 6378137;
const E2 = 0.00669437999014;

/** A point as a scenario stores it, rounded as the demo's places are: 1e-5° is about a metre; local metres to the centimetre. */
export function locationAt(crs: 'wgs84' | 'local', [a, b]: readonly [number, number]): Location {
  const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d + 0;
  return crs === 'wgs84' ? { lon: r(a, 5), lat: r(b, 5) } : { x: r(a, 2), y: r(b, 2) };
}

/** A location's two numbers: [lon, lat] or [x, y]. */
export function pairOf(loc: Location): [number, number] {
  return 'lon' in loc ? [loc.lon, loc.lat] : [loc.x, loc.y];
}

/** The mean of the points, coordinate by coordinate; [0, 0] when there are none. */
export function meanOf(points: readonly (readonly [number, number])[]): [number, number] {
  let sa = 0;
  let sb = 0;
  for (const [a, b] of points) {
    sa += a;
    sb += b;
  }
  const n = Math.max(1, points.length);
  return [sa / n, sb / n];
}

/**
 * The plane for a city. The origin is the mean of the given points rounded to 0.001°, so adding or
 * moving one community does not shift every cell of the grid a few metres.
 */
export function planeFor(crs: 'wgs84' | 'local', points: readonly (readonly [number, number])[]): Plane {
  if (crs === 'local') return { crs, a0: 0, b0: 0, mx: 1, my: 1 };
  const [ma, mb] = meanOf(points);
  const a0 = Math.round(ma * 1000) / 1000;
  const b0 = Math.round(mb * 1000) / 1000;
  const phi = (b0 * Math.PI) / 180;
  const w = 1 - E2 * Math.sin(phi) ** 2;
  const meridian = (A * (1 - E2)) / w ** 1.5;
  const primeVertical = A / Math.sqrt(w);
  const rad = Math.PI / 180;
  return { crs, a0, b0, mx: primeVertical * Math.cos(phi) * rad, my: meridian * rad };
}

export function toX(p: Plane, a: number): number {
  return (a - p.a0) * p.mx;
}

export function toY(p: Plane, b: number): number {
  return (b - p.b0) * p.my;
}

/** Back to the crs, for maps: [lon, lat] or [x, y]. */
export function fromPlane(p: Plane, x: number, y: number): [number, number] {
  return [x / p.mx + p.a0, y / p.my + p.b0];
}
