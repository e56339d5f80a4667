/**
 * The differences between two JSON values, as a value small enough to carry in a link: what a
 * scenario changed from the one its city was generated as. Lists of records with unique ids
 * (districts, streets, communities) are compared by id, so one edited community costs one entry
 * however many sit around it. Pure; `applyDiff(base, diffOf(base, x))` deep-equals x.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Record_ = { [key: string]: Json };

/**
 * ['=', value]: the value in full. ['o', changes]: an object with these keys changed (0: removed).
 * ['a', ids, changes]: a list of records by id — ids in their new order (0: as before), changes by id
 * (a record new to the list comes whole as ['=', record]).
 */
export type Diff = ['=', Json] | ['o', { [key: string]: Diff | 0 }] | ['a', string[] | 0, { [id: string]: Diff }];

const isRecord = (x: unknown): x is Record_ => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Keys whose value is undefined are absent, as they are once written as JSON. */
const keysOf = (o: Record_) => Object.keys(o).filter((k) => o[k] !== undefined);

export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const ka = keysOf(a);
  return ka.length === keysOf(b).length && ka.every((k) => b[k] !== undefined && sameJson(a[k], b[k]));
}

/** The ids of a list of records, or null when it is not one (an item without a string id, or an id twice). */
function idsOf(list: Json[]): string[] | null {
  const ids = list.map((x) => (isRecord(x) && typeof x.id === 'string' ? x.id : null));
  if (ids.some((id) => id === null)) return null;
  return new Set(ids).size === ids.length ? (ids as string[]) : null;
}

function listDiff(base: Json[], next: Json[]): Diff {
  const baseIds = idsOf(base);
  const nextIds = idsOf(next);
  if (!baseIds || !nextIds || nextIds.length === 0) return ['=', next];
  const byId = new Map(baseIds.map((id, i) => [id, base[i]]));
  const changes: { [id: string]: Diff } = {};
  nextIds.forEach((id, i) => {
    const d = byId.has(id) ? diffOf(byId.get(id), next[i]) : (['=', next[i]] as Diff);
    if (d) changes[id] = d;
  });
  const sameOrder = baseIds.length === nextIds.length && baseIds.every((id, i) => id === nextIds[i]);
  return ['a', sameOrder ? 0 : nextIds, changes];
}

/** What turns base into next; undefined when they are the same. */
export function diffOf(base: unknown, next: unknown): Diff | undefined {
  if (sameJson(base, next)) return undefined;
  if (Array.isArray(base) && Array.isArray(next)) return listDiff(base as Json[], next as Json[]);
  if (!isRecord(base) || !isRecord(next)) return ['=', next as Json];
  const changes: { [key: string]: Diff | 0 } = {};
  for (const k of keysOf(base)) if (next[k] === undefined) changes[k] = 0;
  for (const k of keysOf(next)) {
    const d = diffOf(base[k], next[k]);
    if (d) changes[k] = d;
  }
  return ['o', changes];
}

/** A diff that is not one this module wrote: the link was altered. */
export class DiffError extends Error {}

function bad(): never {
  throw new DiffError('not a diff');
}

/** base with the diff applied, base itself left as it was. Throws DiffError on a malformed diff. */
export function applyDiff(base: unknown, diff: unknown): unknown {
  if (!Array.isArray(diff)) bad();
  if (diff[0] === '=' && diff.length === 2) return diff[1];
  if (diff[0] === 'o' && diff.length === 2 && isRecord(base) && isRecord(diff[1])) {
    const out: Record_ = { ...base };
    for (const [k, d] of Object.entries(diff[1])) {
      // An own "__proto__" key would set the object's prototype rather than hold a value.
      if (k === '__proto__') bad();
      if (d === 0) delete out[k];
      else out[k] = applyDiff(base[k], d) as Json;
    }
    return out;
  }
  if (diff[0] === 'a' && diff.length === 3 && Array.isArray(base) && isRecord(diff[2])) {
    const [, order, changes] = diff as [string, unknown, Record_];
    const baseIds = idsOf(base as Json[]);
    if (!baseIds || (order !== 0 && !(Array.isArray(order) && order.every((id) => typeof id === 'string')))) bad();
    const byId = new Map(baseIds.map((id, i) => [id, base[i] as Json]));
    const ids = order === 0 ? baseIds : (order as string[]);
    return ids.map((id) => {
      const change = Object.hasOwn(changes, id) ? changes[id] : undefined;
      if (change !== undefined) return applyDiff(byId.get(id), change);
      if (!byId.has(id)) bad();
      return byId.get(id);
    });
  }
  bad();
}
