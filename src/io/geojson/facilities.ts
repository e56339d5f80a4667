/**
 * Facility features: Points with the properties type (a code such as "market", or its Chinese name
 * such as 便民市场), name and openingYear; optionally id, capitalCost and runningCost (yuan) and payer.
 * A facility open by the base year is an existing one (city.facilities); one opening within the
 * horizon is planned (plan.facilities).
 */
import { GEO } from '../../i18n/geojson';
import type { Facility, Horizon } from '../../engine/scenario';
import { FACILITY_TYPE_NAME, FACILITY_TYPES, PAYERS, type FacilityType, type Payer } from '../../registry';
import { readPosition, type PositionOptions, type Read } from './positions';
import type { ReadFeature } from './readGeoJson';

export function facilityTypeOf(v: unknown): FacilityType | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  const code = FACILITY_TYPES.find((t) => t === s.toLowerCase());
  // The glossary's Chinese names are accepted as well as the codes.
  return code ?? FACILITY_TYPES.find((t) => FACILITY_TYPE_NAME[t].zh === s) ?? null;
}

/** A Point is a facility when it names a facility type or an opening year; otherwise it places a community. */
export function isFacilityFeature(f: ReadFeature): boolean {
  return f.kind === 'Point' && (facilityTypeOf(f.properties.type) !== null || f.properties.openingYear !== undefined);
}

export interface FacilityRead {
  facility: Facility;
  list: 'city' | 'plan';
  /** the id came from the file, rather than being made up */
  idGiven: boolean;
}

function numberOf(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

export function readFacility(f: ReadFeature, horizon: Horizon, o: PositionOptions): Read<FacilityRead> {
  const p = f.properties;
  const type = facilityTypeOf(p.type);
  if (!type) {
    return { ok: false, ...GEO.facilityType(String(p.type ?? '')) };
  }
  const name = typeof p.name === 'string' ? p.name.trim() : '';
  if (name === '') return { ok: false, ...GEO.facilityName };
  const year = numberOf(p.openingYear);
  if (year === null || !Number.isInteger(year)) {
    return { ok: false, ...GEO.openingYear(String(p.openingYear ?? '')) };
  }
  if (year > horizon.lastYear) {
    return { ok: false, ...GEO.afterHorizon(year, horizon.lastYear) };
  }
  if (year > horizon.baseYear && year < horizon.firstYear) {
    return { ok: false, ...GEO.beforeHorizon(year) };
  }
  const at = readPosition(f.coordinates, o);
  if (!at.ok) return at;
  const money: Partial<Pick<Facility, 'capitalCost' | 'runningCost'>> = {};
  for (const key of ['capitalCost', 'runningCost'] as const) {
    if (p[key] === undefined || p[key] === null || p[key] === '') continue;
    const v = numberOf(p[key]);
    if (v === null || v < 0) return { ok: false, ...GEO.cost(key, String(p[key])) };
    money[key] = v;
  }
  let payer: Payer | undefined;
  if (p.payer !== undefined && p.payer !== null && p.payer !== '') {
    if (!(PAYERS as readonly unknown[]).includes(p.payer)) return { ok: false, ...GEO.payer };
    payer = p.payer as Payer;
  }
  const id = typeof p.id === 'string' || typeof p.id === 'number' ? String(p.id).trim() : '';
  const [a, b] = at.value;
  const facility: Facility = {
    id,
    name,
    type,
    location: o.crs === 'wgs84' ? { lon: a, lat: b } : { x: a, y: b },
    openingYear: year,
    ...money,
    ...(payer && { payer }),
  };
  return { ok: true, value: { facility, list: year <= horizon.baseYear ? 'city' : 'plan', idGiven: id !== '' } };
}
