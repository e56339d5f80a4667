/**
 * A GeoJSON file into a scenario, all or nothing: community locations and boundaries, facilities, and
 * a walking network, each recognised by its geometry and properties. Every problem is listed by
 * feature index in both languages; when there is any, the scenario is returned unchanged. Pure: the
 * input scenario is never mutated.
 */
import { GEO } from '../../i18n/geojson';
import type { City, Community, Facility, Scenario, WalkingNetwork } from '../../engine/scenario';
import { indexCommunities, readCommunity, type CommunityUpdate } from './communities';
import { isFacilityFeature, readFacility } from './facilities';
import { buildNetwork } from './network';
import { problem, type GeoProblem } from './problems';
import { readPositions, type PositionOptions } from './positions';
import { isLonLatCrs, readGeoJson } from './readGeoJson';

export interface ImportOptions {
  /** the file's lon/lat are GCJ-02 (火星坐标); converted to WGS-84 */
  gcj02?: boolean;
  /** the file's existing facilities replace city.facilities instead of joining them */
  replaceFacilities?: boolean;
}

export interface ImportSummary {
  features: number;
  communityPoints: number;
  communityPolygons: number;
  existingFacilities: number;
  plannedFacilities: number;
  /** null when the file has no lines (the scenario's network, if any, is kept) */
  network: { lines: number; nodes: number; edges: number } | null;
}

export type ImportResult =
  | { ok: true; scenario: Scenario; summary: ImportSummary; notes: GeoProblem[] }
  | { ok: false; problems: GeoProblem[]; summary: ImportSummary; notes: GeoProblem[] };

/** Where the city's places gather, to catch positions in the wrong system; null when nothing is placed yet. */
function centreOf(city: City): [number, number] | null {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const d of city.districts) {
    for (const s of d.streets) {
      for (const c of s.communities) {
        const p = c.location && 'lon' in c.location ? [c.location.lon, c.location.lat] : c.polygon?.[0];
        if (!p) continue;
        sx += p[0];
        sy += p[1];
        n++;
      }
    }
  }
  return n > 0 ? [sx / n, sy / n] : null;
}

/** "G-market-1", … the first numbers not taken. */
function freshId(type: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`G-${type}-${n}`)) n++;
  const id = `G-${type}-${n}`;
  taken.add(id);
  return id;
}

export function importGeoJson(scenario: Scenario, input: unknown, options: ImportOptions = {}): ImportResult {
  const city = scenario.city;
  const crs = city.spatial?.crs ?? 'wgs84';
  const read = readGeoJson(input);
  const problems = [...read.problems];
  const notes: GeoProblem[] = [];
  const summary: ImportSummary = { features: read.features.length, communityPoints: 0, communityPolygons: 0, existingFacilities: 0, plannedFacilities: 0, network: null };
  if (read.declaredCrs && !(crs === 'wgs84' && isLonLatCrs(read.declaredCrs))) {
    problems.push(problem(null, GEO.declaredCrs(read.declaredCrs, crs !== 'wgs84')));
  }
  const o: PositionOptions = { crs, gcj02: crs === 'wgs84' && options.gcj02 === true, centre: crs === 'wgs84' ? centreOf(city) : null };
  const index = indexCommunities(city);
  const updates = new Map<string, CommunityUpdate>();
  const found: { facility: Facility; list: 'city' | 'plan'; idGiven: boolean; feature: number }[] = [];
  const lines: [number, number][][] = [];
  for (const f of read.features) {
    if (f.kind === 'LineString' || f.kind === 'MultiLineString') {
      const parts = f.kind === 'LineString' ? [f.coordinates] : Array.isArray(f.coordinates) ? f.coordinates : [null];
      for (const part of parts) {
        const r = readPositions(part, o, 2);
        if (r.ok) lines.push(r.value);
        else problems.push(problem(f.index, r));
      }
    } else if (isFacilityFeature(f)) {
      const r = readFacility(f, scenario.horizon, o);
      if (r.ok) found.push({ ...r.value, feature: f.index });
      else problems.push(problem(f.index, r));
    } else {
      const r = readCommunity(f, index, o, notes);
      if (!r.ok) {
        problems.push(problem(f.index, r));
        continue;
      }
      const key = r.value.path.join('/');
      const before = updates.get(key);
      if (before) {
        problems.push(problem(f.index, GEO.sameCommunity(before.feature)));
        continue;
      }
      updates.set(key, r.value);
      if (r.value.ring) summary.communityPolygons++;
      else summary.communityPoints++;
    }
  }
  const existing = found.filter((r) => r.list === 'city').map((r) => r.facility);
  const planned = found.filter((r) => r.list === 'plan').map((r) => r.facility);
  // Replacing needs something to replace with: a file of paths alone leaves the city's facilities be.
  const kept = options.replaceFacilities && existing.length > 0 ? [] : (city.facilities ?? []);
  const taken = new Set([...kept, ...(scenario.plan.facilities ?? [])].map((f) => f.id));
  for (const r of found) {
    if (!r.idGiven) continue;
    if (taken.has(r.facility.id)) problems.push(problem(r.feature, GEO.idTaken(r.facility.id)));
    taken.add(r.facility.id);
  }
  // Ids are made up only once every id the file gives is known, so a made-up one never takes a given one.
  for (const r of found) if (!r.idGiven) r.facility.id = freshId(r.facility.type, taken);
  summary.existingFacilities = existing.length;
  summary.plannedFacilities = planned.length;
  let network: WalkingNetwork | undefined = city.walkingNetwork;
  if (lines.length > 0) {
    const built = buildNetwork(lines);
    network = built.network;
    summary.network = { lines: built.lines, nodes: network.nodes.length, edges: network.edges.length };
    if (network.edges.length === 0) problems.push(problem(null, GEO.noPaths));
  }
  const districts = applyUpdates(city, updates, crs);
  if (!city.spatial) {
    const unplaced = districts.flatMap((d) => d.streets.flatMap((s) => s.communities.filter((c) => !c.location && !c.polygon).map((c) => c.name)));
    if (unplaced.length > 0) {
      const some = unplaced.slice(0, 5).join('、') + (unplaced.length > 5 ? '…' : '');
      problems.push(problem(null, GEO.unplaced(unplaced.length, some)));
    }
  }
  if (read.features.length > 0 && problems.length === 0 && updates.size + existing.length + planned.length + lines.length === 0) {
    problems.push(problem(null, GEO.nothingToImport));
  }
  // The file's own problems first, then feature by feature, as a reader goes through the file.
  const byFeature = (a: GeoProblem, b: GeoProblem) => (a.feature ?? -1) - (b.feature ?? -1);
  if (problems.length > 0) return { ok: false, problems: problems.sort(byFeature), summary, notes: notes.sort(byFeature) };
  const nextCity: City = { ...city, districts, spatial: city.spatial ?? { crs: 'wgs84' } };
  if (existing.length > 0) nextCity.facilities = [...kept, ...existing];
  if (network) nextCity.walkingNetwork = network;
  const next: Scenario = { ...scenario, city: nextCity };
  if (planned.length > 0) next.plan = { ...scenario.plan, facilities: [...(scenario.plan.facilities ?? []), ...planned] };
  return { ok: true, scenario: next, summary, notes };
}

/** New district, street and community objects only along the paths that change. */
function applyUpdates(city: City, updates: Map<string, CommunityUpdate>, crs: 'wgs84' | 'local'): City['districts'] {
  if (updates.size === 0) return city.districts;
  const touched = new Set([...updates.values()].map((u) => u.path[0]));
  return city.districts.map((d, di) =>
    touched.has(di)
      ? {
          ...d,
          streets: d.streets.map((s, si) => ({
            ...s,
            communities: s.communities.map((c, ci): Community => {
              const u = updates.get(`${di}/${si}/${ci}`);
              if (!u) return c;
              if (u.ring) return { ...c, polygon: u.ring };
              const [a, b] = u.point!;
              return { ...c, location: crs === 'wgs84' ? { lon: a, lat: b } : { x: a, y: b } };
            }),
          })),
        }
      : d,
  );
}
