/**
 * Damage done to a scenario file the way people and programs damage them: keys deleted, values
 * replaced by random JSON or by the wrong type, numbers that are huge, negative or not numbers at all
 * ("NaN" as text, Infinity) or too large for any city, ids copied onto other rows, lists cut short, unknown keys added.
 */
import fc from 'fast-check';

export type Path = (string | number)[];
type Loose = Record<string | number, unknown>;

export const WEIRD_NUMBERS: readonly unknown[] = [
  'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '-0', '0x1A', '1,234', '12.5%', '', ' 42 ', '２０２６',
  1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -1, -0.5, 2 ** 53 + 1, Number.NaN, Infinity, -Infinity, -0, 0.1 + 0.2,
  // Types and ranges let these through once, and the engine then hung (issue 13).
  Number.MAX_SAFE_INTEGER, 1e15, 1e18, -1e18,
];

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'wrongType'; at: number; pick: number }
  | { kind: 'weirdNumber'; at: number; value: unknown }
  | { kind: 'duplicateId'; from: number; to: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown };

const at = fc.nat();
const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'schemaVersion', 'id', 'households'));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('replace' as const), at, value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('wrongType' as const), at, pick: fc.nat() }),
  fc.record({ kind: fc.constant('weirdNumber' as const), at, value: fc.constantFrom(...WEIRD_NUMBERS) }),
  fc.record({ kind: fc.constant('duplicateId' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at, keep: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), at, key, value: fc.jsonValue({ maxDepth: 1 }) }),
);

/** Where a document can be damaged; computed once per starting document and reused for its copies. */
export interface Targets {
  all: Path[];
  arrays: Path[];
  objects: Path[];
  withIds: Path[];
}

export function targetsOf(doc: unknown): Targets {
  const t: Targets = { all: [], arrays: [], objects: [], withIds: [] };
  const walk = (v: unknown, path: Path) => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) t.arrays.push(path);
    else {
      t.objects.push(path);
      if (typeof (v as Loose).id === 'string') t.withIds.push(path);
    }
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, x] of entries) {
      t.all.push([...path, k]);
      walk(x, [...path, k]);
    }
  };
  walk(doc, []);
  return t;
}

function get(doc: unknown, path: Path): unknown {
  let here = doc;
  for (const k of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, k)) return undefined;
    here = (here as Loose)[k];
  }
  return here;
}

/** Sets an own property, even one named __proto__, as JSON.parse would. */
function put(obj: Loose, k: string | number, value: unknown): void {
  Object.defineProperty(obj, k, { value, writable: true, enumerable: true, configurable: true });
}

function wrongTypeOf(v: unknown, pick: number): unknown {
  const options: unknown[] =
    typeof v === 'number' ? [String(v), [v], { value: v }, v > 0] :
    typeof v === 'string' ? [v.length, [v], null, { v }] :
    typeof v === 'boolean' ? [String(v), Number(v)] :
    v === null ? [{}, 0, 'null'] :
    Array.isArray(v) ? [{ ...v }, v[0] ?? null, 'list', v.length] :
    [[v], 'object', 1, null];
  return options[pick % options.length];
}

function pickFrom<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

/** Applies m to doc in place; a mutation whose place an earlier one removed does nothing. */
export function applyMutation(doc: unknown, targets: Targets, m: Mutation): void {
  const parentAndKey = (path: Path | undefined): [Loose, string | number] | null => {
    if (!path || path.length === 0) return null;
    const parent = get(doc, path.slice(0, -1));
    return parent !== null && typeof parent === 'object' ? [parent as Loose, path[path.length - 1]] : null;
  };
  switch (m.kind) {
    case 'delete': {
      const pk = parentAndKey(pickFrom(targets.all, m.at));
      if (!pk) return;
      const [parent, k] = pk;
      if (Array.isArray(parent)) parent.splice(Number(k), 1);
      else delete parent[k];
      return;
    }
    case 'replace':
    case 'weirdNumber': {
      const pk = parentAndKey(pickFrom(targets.all, m.at));
      if (pk) put(pk[0], pk[1], m.value);
      return;
    }
    case 'wrongType': {
      const pk = parentAndKey(pickFrom(targets.all, m.at));
      if (pk) put(pk[0], pk[1], wrongTypeOf(pk[0][pk[1]], m.pick));
      return;
    }
    case 'duplicateId': {
      const from = get(doc, pickFrom(targets.withIds, m.from) ?? []) as Loose | undefined;
      const to = get(doc, pickFrom(targets.withIds, m.to) ?? []) as Loose | undefined;
      if (from && to && typeof from === 'object' && typeof to === 'object') to.id = from.id;
      return;
    }
    case 'truncate': {
      const list = get(doc, pickFrom(targets.arrays, m.at) ?? []);
      if (Array.isArray(list) && list.length > 0) list.length = m.keep % list.length;
      return;
    }
    case 'addKey': {
      const obj = get(doc, pickFrom(targets.objects, m.at) ?? []);
      if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) put(obj as Loose, m.key, m.value);
      return;
    }
  }
}
