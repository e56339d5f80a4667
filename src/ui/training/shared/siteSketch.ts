/**
 * A sketch of a small city for the life-circle exercise: communities as discs of their area, open
 * facilities and candidate sites as marks, and the walking reach as a scale bar, fitted into a box.
 * Plain numbers for the SVG; d3 only supplies the linear scales.
 */
import { scaleLinear } from 'd3';
import { straightReach, walkOf } from '../../../engine/coverage/defaults';
import type { Facility, FacilityType, Location, Scenario } from '../../../engine/scenario';
import type { Exercise } from '../../../engine/training/exercise';

export interface SketchDisc {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  /** share of its residents within reach of all five types in the year shown; null when unknown */
  share: number | null;
}

export interface SketchMark {
  id: string;
  name: string;
  type: FacilityType;
  x: number;
  y: number;
  /** where it really is: x and y may be moved apart from neighbours to be readable */
  ax: number;
  ay: number;
  candidate: boolean;
  chosen: boolean;
}

export interface Sketch {
  discs: SketchDisc[];
  marks: SketchMark[];
  /** the straight-line walking reach in pixels and in metres */
  reach: { px: number; metres: number };
}

const M_PER_DEG_LAT = 110_540;

/** Metres in a local plane: as given for local; an equirectangular projection around the first point for wgs84. */
function planar(scenario: Scenario): (l: Location) => [number, number] {
  if (scenario.city.spatial?.crs !== 'wgs84') return (l) => ('x' in l ? [l.x, l.y] : [l.lon, l.lat]);
  const first = scenario.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities)).find((c) => c.location)?.location;
  const lat0 = first && 'lat' in first ? first.lat : 0;
  const k = Math.cos((lat0 * Math.PI) / 180) * 111_320;
  return (l) => ('lon' in l ? [l.lon * k, l.lat * M_PER_DEG_LAT] : [l.x, l.y]);
}

export function sketchOf(
  scenario: Scenario,
  candidates: readonly Facility[],
  chosen: ReadonlySet<string>,
  shares: ReadonlyMap<string, number>,
  width: number,
  height: number,
  pad = 24,
): Sketch | null {
  if (!scenario.city.spatial) return null;
  const toXY = planar(scenario);
  const communities = scenario.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities)).filter((c) => c.location);
  const placed = communities.map((c) => ({ c, p: toXY(c.location!), r: Math.sqrt((c.area ?? 0) / Math.PI) }));
  const facilities = [...(scenario.city.facilities ?? []).map((f) => ({ f, candidate: false })), ...candidates.map((f) => ({ f, candidate: true }))];
  const points = [...placed.flatMap(({ p, r }) => [[p[0] - r, p[1] - r], [p[0] + r, p[1] + r]]), ...facilities.map(({ f }) => toXY(f.location))];
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One scale for both axes, so a disc stays round and the reach bar measures true.
  const k = Math.min((width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0));
  const sx = scaleLinear().domain([x0, x1]).range([pad, pad + (x1 - x0) * k]);
  const sy = scaleLinear().domain([y0, y1]).range([pad + (y1 - y0) * k, pad]);
  const metres = scenario.city.spatial ? straightReach(walkOf(scenario.city.spatial)) : 0;
  const marks = facilities.map(({ f, candidate }) => {
    const [x, y] = toXY(f.location);
    return { id: f.id, name: f.name, type: f.type, x: sx(x), y: sy(y), ax: sx(x), ay: sy(y), candidate, chosen: chosen.has(f.id) };
  });
  return {
    discs: placed.map(({ c, p, r }) => ({ id: c.id, name: c.name, x: sx(p[0]), y: sy(p[1]), r: Math.max(3, r * k), share: shares.get(c.id) ?? null })),
    marks: declutter(marks, 18),
    reach: { px: metres * k, metres },
  };
}

/**
 * Facilities gathered at one hub would sit on top of each other: marks closer than `gap` pixels are
 * spread on a small ring around their middle, in their original order, so each can be read.
 */
export function declutter<T extends { x: number; y: number }>(marks: readonly T[], gap: number): T[] {
  const groups: number[][] = [];
  marks.forEach((m, i) => {
    const g = groups.find((ids) => ids.some((j) => Math.hypot(marks[j].x - m.x, marks[j].y - m.y) < gap));
    if (g) g.push(i);
    else groups.push([i]);
  });
  const out = marks.map((m) => ({ ...m }));
  for (const ids of groups) {
    if (ids.length < 2) continue;
    const cx = ids.reduce((a, i) => a + marks[i].x, 0) / ids.length;
    const cy = ids.reduce((a, i) => a + marks[i].y, 0) / ids.length;
    // Neighbours on a ring of radius r are 2r·sin(π/n) apart: r is chosen so that this is the gap.
    const ring = gap / (2 * Math.sin(Math.PI / ids.length));
    ids.forEach((i, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / ids.length;
      out[i].x = cx + ring * Math.cos(angle);
      out[i].y = cy + ring * Math.sin(angle);
    });
  }
  return out;
}

/** The year to shade: a coverage objective's, else a coverage target's, else the horizon's last. */
export function sketchYear(exercise: Exercise): number {
  const o = exercise.objectives.find((x) => x.kind === 'metric' && x.metric.startsWith('coverage'));
  if (o && o.kind === 'metric') return o.year;
  const target = exercise.scenario.targets.find((x) => x.metric.startsWith('coverage'));
  return target?.year ?? exercise.scenario.horizon.lastYear;
}
