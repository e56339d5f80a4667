/**
 * The largest value each numeric field of a scenario may hold, checked after the schema's shape: what a
 * real city could need and no more (the reasons, in both languages, are in src/i18n/bounds.ts). Past
 * these the engine would run for hours or never return (a lead time of 2⁵³−1 years, an area of
 * 10¹⁵ m², a coordinate of 10¹⁸ m) or print Infinity (a wage of 10³⁰⁸ yuan). A field no rule names
 * still stops at the money bound, 10¹² — the largest quantity a scenario holds — so every number has
 * a maximum.
 */
import type { Scenario } from '../engine/scenario';
import { BOUND_REASONS, tooLarge, tooSmall, type BoundReason } from '../i18n/bounds';
import { type PathSegment, type ValidationError } from './validationError';
import { formatPath } from './formatPath';

interface Bound {
  /** dotted paths; [] stands for any list index, * for any key */
  fields: readonly string[];
  max: number;
  /** signed fields: the least value is −max */
  symmetric?: true;
  reason: BoundReason;
}

const COMMUNITY = 'city.districts[].streets[].communities[]';
const STREET = 'city.districts[].streets[]';

export const BOUNDS: readonly Bound[] = [
  { fields: ['plan.building.leadTimeYears', 'plan.building.projects[].leadTimeYears'], max: 10, reason: 'leadTime' },
  { fields: ['plan.hiring.trainingYears'], max: 5, reason: 'training' },
  // 20,000 km² in m².
  { fields: [`${COMMUNITY}.area`], max: 2e10, reason: 'area' },
  {
    fields: [`${COMMUNITY}.location.x`, `${COMMUNITY}.location.y`, `${COMMUNITY}.polygon[][]`, 'city.facilities[].location.x', 'city.facilities[].location.y', 'plan.facilities[].location.x', 'plan.facilities[].location.y', 'plan.candidateSites[].location.x', 'plan.candidateSites[].location.y', 'city.walkingNetwork.nodes[][]'],
    max: 1e6,
    symmetric: true,
    reason: 'coordinate',
  },
  { fields: [`${COMMUNITY}.households`, `${COMMUNITY}.dwellings`, `${COMMUNITY}.registrationsPerYear`], max: 1e6, reason: 'households' },
  { fields: [`${COMMUNITY}.residents`, `${COMMUNITY}.migrants`, `${COMMUNITY}.volunteers`], max: 5e6, reason: 'residents' },
  { fields: [`${COMMUNITY}.staff.inPost`, `${COMMUNITY}.staff.certified`, `${COMMUNITY}.staff.bachelor`, `${STREET}.stationStaff`], max: 1e4, reason: 'staff' },
  { fields: ['plan.hiring.capacityPerYear'], max: 1e6, reason: 'hiring' },
  { fields: [`${COMMUNITY}.space`, `${STREET}.centreSpace`, 'city.districts[].centreSpace', 'plan.building.projects[].m2'], max: 1e7, reason: 'floorSpace' },
  { fields: ['city.spatial.walk.minutes', 'city.spatial.serviceCircles[].minutes'], max: 120, reason: 'walk' },
  { fields: ['city.spatial.walk.speedMetresPerMinute'], max: 1000, reason: 'walk' },
  { fields: ['city.spatial.walk.detourFactor'], max: 10, reason: 'walk' },
  { fields: ['seed'], max: Number.MAX_SAFE_INTEGER, reason: 'seed' },
];

const MONEY: Bound = { fields: ['*'], max: 1e12, symmetric: true, reason: 'money' };

const BY_FIELD = new Map(BOUNDS.flatMap((b) => b.fields.map((f) => [f, b] as const)));

function check(value: number, field: string, path: readonly PathSegment[], errors: ValidationError[]): void {
  const bound = BY_FIELD.get(field) ?? MONEY;
  const min = bound.symmetric ? -bound.max : -Infinity;
  if (value > bound.max) errors.push({ path: formatPath(path), ...tooLarge(value, bound.max, bound.reason) });
  else if (value < min) errors.push({ path: formatPath(path), ...tooSmall(value, min, bound.reason) });
}

/**
 * The table's names for the keys and list items under each field, made once per check: a province's
 * 30,000 communities share their fields' names, which otherwise would be made anew for every number,
 * tens of megabytes of short-lived strings on each check. Kept for one check only, since record keys
 * (ids) would grow a lasting cache without bound.
 */
class FieldNames {
  private readonly children = new Map<string, Map<string, string>>();
  private readonly items = new Map<string, string>();

  child(field: string, key: string): string {
    let byKey = this.children.get(field);
    if (!byKey) this.children.set(field, (byKey = new Map()));
    let child = byKey.get(key);
    if (child === undefined) byKey.set(key, (child = field === '' ? key : `${field}.${key}`));
    return child;
  }

  item(field: string): string {
    let inner = this.items.get(field);
    if (inner === undefined) this.items.set(field, (inner = `${field}[]`));
    return inner;
  }
}

/** field is the path as the table writes it (list indices as []); path is the real one, grown and shrunk in place. */
function walk(value: unknown, field: string, path: PathSegment[], errors: ValidationError[], names: FieldNames): void {
  if (typeof value === 'number') check(value, field, path, errors);
  else if (Array.isArray(value)) {
    const inner = names.item(field);
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], inner, path, errors, names);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    // for-in with an own-key test visits what Object.entries would, without a pair array per object.
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      path.push(k);
      walk((value as Record<string, unknown>)[k], names.child(field, k), path, errors, names);
      path.pop();
    }
  }
}

/** The least and largest value the field at this path may hold, for an input to keep within. */
export function fieldBound(path: readonly PathSegment[]): { min: number; max: number } {
  const field = path.reduce<string>((at, k) => (typeof k === 'number' ? `${at}[]` : at === '' ? k : `${at}.${k}`), '');
  const bound = BY_FIELD.get(field) ?? MONEY;
  return { min: bound.symmetric ? -bound.max : -Infinity, max: bound.max };
}

/** Every number past its bound, with its path and why the bound is where it is. */
export function checkBounds(scenario: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  walk(scenario, '', [], errors, new FieldNames());
  return errors;
}

type JsonNode = Record<string, unknown>;

function boundNode(node: JsonNode, field: string): void {
  if (node.type === 'number' || node.type === 'integer') {
    const bound = BY_FIELD.get(field) ?? MONEY;
    node.maximum = Math.min((node.maximum as number | undefined) ?? Infinity, bound.max);
    if (bound.symmetric) node.minimum = Math.max((node.minimum as number | undefined) ?? -Infinity, -bound.max);
    if (bound !== MONEY) node.$comment = `${BOUND_REASONS[bound.reason].zh} / ${BOUND_REASONS[bound.reason].en}`;
  }
  for (const [k, v] of Object.entries((node.properties as Record<string, JsonNode> | undefined) ?? {})) boundNode(v, field === '' ? k : `${field}.${k}`);
  if (node.items && typeof node.items === 'object') boundNode(node.items as JsonNode, `${field}[]`);
  for (const v of (node.prefixItems as JsonNode[] | undefined) ?? []) boundNode(v, `${field}[]`);
  for (const v of [...((node.anyOf as JsonNode[] | undefined) ?? []), ...((node.oneOf as JsonNode[] | undefined) ?? [])]) boundNode(v, field);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') boundNode(node.additionalProperties as JsonNode, `${field}.*`);
}

/** The JSON Schema with each number's bound as its maximum (and minimum, for signed fields) and the reason as a comment. */
export function withBounds<T extends JsonNode>(schema: T): T {
  boundNode(schema, '');
  return schema;
}
