/**
 * A scenario on a real city's division tree, carried as what regenerates that tree plus what the user
 * changed. The division picker (ui/divisions) builds such a scenario from the city's division file and
 * the demo; both ship with the app, so the link needs only the city code, the districts and whether
 * villages were kept, and the diff from the scenario the picker would build now. A 1,290-community
 * city thus shares in a short link instead of 23,000 characters.
 *
 * The scenario does not record where its city came from: its district ids do. Any scenario whose
 * districts carry one city's 6-digit codes is tried; the diff makes the result exact whatever the
 * user changed, and the sender keeps the full link whenever it is shorter.
 */
import type { Scenario } from '../../engine/scenario';
import type { CityDivisions, DivisionDistrict } from '../../io/divisions/format';
import { cityFromDivisions } from '../divisions/cityFromDivisions';
import { scenarioFromCity } from '../divisions/scenarioFromCity';
import { applyDiff, diffOf, type Diff } from './scenarioDiff';

/** What a compact link is rebuilt from: the same files the division picker reads. */
export interface ShareBases {
  cityDivisions(code: string): Promise<CityDivisions>;
  demo(): Promise<Scenario>;
}

/** The data of a compact link (the JSON inside `s2.`). */
export interface CompactData {
  /** city code, e.g. "3201" */
  c: string;
  /** district codes kept, when not every district with streets */
  d?: string[];
  /** 1: village committees kept as rural communities */
  v: 0 | 1;
  /** fingerprint of the scenario rebuilt, so a changed division file or demo is caught, never misapplied */
  h: string;
  /** the scenario's differences from the rebuilt one (0: none) */
  x: Diff | 0;
}

/** The city code a scenario's district ids name, or null when they are not one city's division codes. */
export function divisionCityOf(scenario: Scenario): string | null {
  const codes = scenario.city.districts.map((d) => d.id);
  const code = codes[0]?.slice(0, 4);
  return code && codes.every((id) => /^\d{6}$/.test(id) && id.startsWith(code)) ? code : null;
}

/** FNV-1a (32 bits) of the JSON, in base 36: a check, not a secret. */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const withStreets = (source: CityDivisions) => source.districts.filter((d) => d.streets.length > 0);

/** The scenario the division picker builds for these districts, as scenarioFromCity does. */
function rebuilt(source: CityDivisions, districts: readonly DivisionDistrict[], villages: boolean, demo: Scenario): Scenario {
  const city = cityFromDivisions(source, { districts: new Set(districts.map((d) => d.code)), villages });
  const leftOut = districts.reduce((sum, d) => sum + d.leftOut, 0);
  return scenarioFromCity(demo, city, { code: source.code, province: source.province, source: source.source, leftOut });
}

/** The compact form of a division-built scenario, or null when its districts are not a known city's. */
export async function compactDataOf(scenario: Scenario, bases: ShareBases): Promise<CompactData | null> {
  const code = divisionCityOf(scenario);
  if (!code) return null;
  const [source, demo] = await Promise.all([bases.cityDivisions(code), bases.demo()]);
  const ids = new Set(scenario.city.districts.map((d) => d.id));
  const districts = source.districts.filter((d) => ids.has(d.code));
  if (districts.length === 0) return null;
  const villageCodes = new Set(districts.flatMap((d) => d.streets.flatMap((s) => s.communities.filter((c) => c.unit === 'village').map((c) => c.code))));
  const villages = scenario.city.districts.some((d) => d.streets.some((s) => s.communities.some((c) => villageCodes.has(c.id))));
  const base = rebuilt(source, districts, villages, demo);
  const all = withStreets(source);
  const everyDistrict = all.length === districts.length && all.every((d, i) => d === districts[i]);
  return { c: code, ...(!everyDistrict && { d: districts.map((d) => d.code) }), v: villages ? 1 : 0, h: fingerprint(base), x: diffOf(base, scenario) ?? 0 };
}

/** Why compact data cannot be turned back into a scenario. */
export type CompactProblem = { kind: 'shape' } | { kind: 'bases'; detail: string } | { kind: 'changed' };

export class CompactError extends Error {
  constructor(readonly problem: CompactProblem) {
    super(problem.kind);
  }
}

function isCompactData(x: unknown): x is CompactData {
  const o = x as Partial<CompactData> | null;
  return (
    typeof o === 'object' && o !== null && typeof o.c === 'string' && /^\d{4}$/.test(o.c) && (o.v === 0 || o.v === 1) && typeof o.h === 'string' &&
    (o.d === undefined || (Array.isArray(o.d) && o.d.every((d) => typeof d === 'string'))) && (o.x === 0 || Array.isArray(o.x))
  );
}

/** The scenario compact data stands for: its city's tree rebuilt (the files awaited) and the diff applied. Throws CompactError. */
export async function scenarioOfCompact(data: unknown, bases: ShareBases): Promise<unknown> {
  if (!isCompactData(data)) throw new CompactError({ kind: 'shape' });
  let source: CityDivisions;
  let demo: Scenario;
  try {
    [source, demo] = await Promise.all([bases.cityDivisions(data.c), bases.demo()]);
  } catch (error) {
    throw new CompactError({ kind: 'bases', detail: error instanceof Error ? error.message : String(error) });
  }
  const districts = data.d ? source.districts.filter((d) => data.d?.includes(d.code)) : withStreets(source);
  const base = rebuilt(source, districts, data.v === 1, demo);
  if (fingerprint(base) !== data.h) throw new CompactError({ kind: 'changed' });
  if (data.x === 0) return base;
  try {
    return applyDiff(base, data.x);
  } catch {
    throw new CompactError({ kind: 'shape' });
  }
}
