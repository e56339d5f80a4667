/**
 * The file's structure: a FeatureCollection (or one Feature) whose features have a geometry of a kind
 * the import knows and properties as an object. Coordinates are checked later, against the city's crs.
 */
import { GEO } from '../../i18n/geojson';
import { problem, type GeoProblem } from './problems';

export type GeometryKind = 'Point' | 'Polygon' | 'MultiPolygon' | 'LineString' | 'MultiLineString';
const KINDS: readonly GeometryKind[] = ['Point', 'Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'];

export interface ReadFeature {
  /** position in the file's features array */
  index: number;
  kind: GeometryKind;
  /** as in the file; nested arrays of positions, checked when converted */
  coordinates: unknown;
  properties: Record<string, unknown>;
}

export interface ReadResult {
  features: ReadFeature[];
  problems: GeoProblem[];
  /** the legacy "crs" member's name, when the file has one */
  declaredCrs: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text (a BOM allowed) or already parsed JSON. */
export function readGeoJson(input: unknown): ReadResult {
  const problems: GeoProblem[] = [];
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { features: [], declaredCrs: null, problems: [problem(null, GEO.notJson(detail))] };
    }
  }
  if (!isObject(data) || (data.type !== 'FeatureCollection' && data.type !== 'Feature')) {
    const got = isObject(data) && typeof data.type === 'string' ? data.type : typeof data;
    return {
      features: [],
      declaredCrs: null,
      problems: [problem(null, GEO.notGeoJson(got))],
    };
  }
  const declaredCrs = crsName(data.crs);
  const raw = data.type === 'Feature' ? [data] : data.features;
  if (!Array.isArray(raw)) {
    return { features: [], declaredCrs, problems: [problem(null, GEO.noFeatureArray)] };
  }
  const features: ReadFeature[] = [];
  raw.forEach((f: unknown, index) => {
    if (!isObject(f) || f.type !== 'Feature') {
      problems.push(problem(index, GEO.notFeature));
      return;
    }
    const g = f.geometry;
    if (!isObject(g)) {
      problems.push(problem(index, GEO.noGeometry));
      return;
    }
    if (!KINDS.includes(g.type as GeometryKind)) {
      const kinds = KINDS.join(', ');
      problems.push(problem(index, GEO.geometryKind(String(g.type), kinds)));
      return;
    }
    const properties = f.properties === null || f.properties === undefined ? {} : f.properties;
    if (!isObject(properties)) {
      problems.push(problem(index, GEO.properties));
      return;
    }
    features.push({ index, kind: g.type as GeometryKind, coordinates: g.coordinates, properties });
  });
  if (raw.length === 0) problems.push(problem(null, GEO.noFeatures));
  return { features, problems, declaredCrs };
}

/** The name in a 2008-style crs member: { type: "name", properties: { name: "EPSG:4326" } }. */
function crsName(crs: unknown): string | null {
  if (!isObject(crs) || !isObject(crs.properties)) return null;
  const name = crs.properties.name;
  return typeof name === 'string' ? name : null;
}

/** Names that mean WGS-84 longitude/latitude. */
export function isLonLatCrs(name: string): boolean {
  return /^(EPSG:+4326|urn:ogc:def:crs:EPSG::4326|urn:ogc:def:crs:OGC:1\.3:CRS84|CRS84|WGS ?84)$/i.test(name.trim());
}
