/**
 * The projection fitted to the city: Mercator for lon/lat (conformal, so a walk's circle stays a
 * circle at city scale), the identity with y flipped for a local plane in metres (north up).
 */
import { geoIdentity, geoMercator } from 'd3';
import { meanOf } from '../../engine/coverage/plane';
import type { Pair } from './mapGeometry';

export interface MapProjection {
  project(p: Pair): Pair;
  /** the place under an unzoomed screen point: where a click puts a facility */
  invert(p: Pair): Pair;
  /** screen pixels per metre on the ground at the middle of the map, before zooming */
  pxPerMetre: number;
}

const METRES_PER_DEGREE_LAT = 111_320;

export function fitProjection(crs: 'wgs84' | 'local', points: readonly Pair[], width: number, height: number, pad = 16): MapProjection {
  const box: [Pair, Pair] = [
    [pad, pad],
    [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
  ];
  const shape = { type: 'MultiPoint' as const, coordinates: points.length > 0 ? (points as Pair[]) : [[0, 0] as Pair] };
  const p = crs === 'wgs84' ? geoMercator().fitExtent(box, shape) : geoIdentity().reflectY(true).fitExtent(box, shape);
  const project = (q: Pair): Pair => p(q) ?? [NaN, NaN];
  const invert = (q: Pair): Pair => p.invert?.(q) ?? [NaN, NaN];
  // One hundred metres north of the middle of the points, measured in pixels.
  const mid = meanOf(points);
  const step = crs === 'wgs84' ? 100 / METRES_PER_DEGREE_LAT : 100;
  const [, y0] = project(mid);
  const [, y1] = project([mid[0], mid[1] + step]);
  const pxPerMetre = Math.abs(y1 - y0) / 100;
  return { project, invert, pxPerMetre: Number.isFinite(pxPerMetre) && pxPerMetre > 0 ? pxPerMetre : 1 };
}
