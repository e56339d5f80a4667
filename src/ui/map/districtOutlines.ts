/**
 * District outlines. Where every community of a district has a boundary, the outline is exact: the
 * edges of the community rings that no neighbouring ring shares (a shared edge lies inside the
 * district). Otherwise it is the convex hull of the district's communities (their discs when they
 * have an area), which the map labels as approximate: a hull bridges bays and may overlap a neighbour.
 */
import { polygonHull } from 'd3';
import type { MapCommunity, Pair } from './mapGeometry';

export interface Outline {
  district: number;
  /** SVG path in unzoomed screen pixels */
  path: string;
  /** the hull, for hit testing; null for an exact outline */
  hull: Pair[] | null;
  approximate: boolean;
  label: Pair;
  /** the area of the outline's bounding box in unzoomed pixels: the larger district's name wins a place */
  size: number;
}

const key = ([a, b]: Pair) => `${a},${b}`;

/** Ring edges that appear once: the outline of a patch of rings that meet edge to edge. */
export function boundaryEdges(rings: readonly Pair[][]): [Pair, Pair][] {
  const count = new Map<string, { edge: [Pair, Pair]; n: number }>();
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % ring.length];
      const [ka, kb] = [key(a), key(b)];
      if (ka === kb) continue;
      const k = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
      const seen = count.get(k);
      if (seen) seen.n++;
      else count.set(k, { edge: [a, b], n: 1 });
    }
  }
  return [...count.values()].filter((e) => e.n === 1).map((e) => e.edge);
}

/** Points on a community's disc (or its anchor alone), in pixels. */
function footprint(c: MapCommunity, project: (p: Pair) => Pair, pxPerMetre: number): Pair[] {
  if (c.ring) return c.ring.map(project);
  if (!c.anchor) return [];
  const [x, y] = project(c.anchor);
  const r = c.radius * pxPerMetre;
  if (r <= 0) return [[x, y]];
  return Array.from({ length: 12 }, (_, k): Pair => [x + r * Math.cos((k * Math.PI) / 6), y + r * Math.sin((k * Math.PI) / 6)]);
}

const f = (v: number) => Math.round(v * 10) / 10;

export function districtOutlines(communities: readonly MapCommunity[], nDistricts: number, project: (p: Pair) => Pair, pxPerMetre: number): Outline[] {
  const out: Outline[] = [];
  for (let d = 0; d < nDistricts; d++) {
    const own = communities.filter((c) => c.district === d);
    if (own.length === 0) continue;
    if (own.every((c) => c.ring)) {
      const edges = boundaryEdges(own.map((c) => c.ring!)).map(([a, b]) => [project(a), project(b)]);
      const path = edges.map(([a, b]) => `M${f(a[0])},${f(a[1])}L${f(b[0])},${f(b[1])}`).join('');
      out.push({ district: d, path, hull: null, approximate: false, ...labelAbove(edges.flat()) });
      continue;
    }
    const points = own.flatMap((c) => footprint(c, project, pxPerMetre));
    const hull = polygonHull(points);
    if (!hull) continue;
    out.push({ district: d, path: `M${hull.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`, hull, approximate: true, ...labelAbove(hull) });
  }
  return out;
}

/** Just above the outline's top, centred on it: a name inside a dense district would sit on its dots. */
function labelAbove(points: readonly Pair[]): { label: Pair; size: number } {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const [x, y] of points) {
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
    left = Math.min(left, x);
    right = Math.max(right, x);
  }
  return { label: [(left + right) / 2, top - 9], size: (right - left) * (bottom - top) };
}
