/**
 * A change from one scenario snapshot to the next as a short list of operations, for the edit journal
 * (journal.ts): the snapshots share every part an edit left alone (the editor's updates copy only the path they change), so the
 * difference is found by following only the parts that differ, and a lever edit on a city of 30,000
 * communities is a few dozen bytes instead of the whole scenario.
 */
export type Key = string | number;

/** The value at a path set, a key removed, or an array cut to a length. */
export type PatchOp = { p: Key[]; v: unknown } | { p: Key[]; del: true } | { p: Key[]; len: number };

/** A patch that does not fit the scenario it is replayed on, or is not a patch at all. */
export class PatchError extends Error {}

type Node = Record<string, unknown> | unknown[];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The operations that turn `before` into `after` (compared as JSON would store them: undefined is absent). */
export function diff(before: unknown, after: unknown, path: Key[] = [], ops: PatchOp[] = []): PatchOp[] {
  if (before === after) return ops;
  const start = ops.length;
  const size = isObject(after) ? Object.keys(after).length : Array.isArray(after) ? after.length : 0;
  diffInto(before, after, path, ops);
  // Most of a part changed (a city replaced by an import): one value is shorter than an operation per field.
  if (path.length > 0 && ops.length - start > Math.max(1, size / 2)) ops.splice(start, ops.length - start, { p: path, v: after });
  return ops;
}

function diffInto(before: unknown, after: unknown, path: Key[], ops: PatchOp[]): void {
  if (isObject(before) && isObject(after)) {
    for (const [k, v] of Object.entries(after)) {
      if (v === undefined) {
        if (before[k] !== undefined) ops.push({ p: [...path, k], del: true });
      } else if (before[k] === undefined) ops.push({ p: [...path, k], v });
      else diff(before[k], v, [...path, k], ops);
    }
    for (const k of Object.keys(before)) if (before[k] !== undefined && !(k in after)) ops.push({ p: [...path, k], del: true });
  } else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((v, i) => diff(before[i], v, [...path, i], ops));
  } else if (Array.isArray(before) && Array.isArray(after)) {
    // Rows added or removed shift the rest: each moved row is set whole rather than compared field by field.
    after.forEach((v, i) => {
      if (before[i] !== v) ops.push({ p: [...path, i], v });
    });
    if (after.length < before.length) ops.push({ p: path, len: after.length });
  } else if (!(typeof before === 'number' && typeof after === 'number' && Object.is(before, after))) {
    ops.push({ p: path, v: after });
  }
}

function checkKey(node: unknown, key: Key, last: boolean): Node {
  if (Array.isArray(node)) {
    // The end of an array is a valid place to set only as the last step (a row appended).
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key > node.length || (key === node.length && !last)) {
      throw new PatchError(`no row ${String(key)} in a list of ${node.length}`);
    }
    return node;
  }
  if (!isObject(node)) throw new PatchError(`"${String(key)}" asked of a value that has no fields`);
  if (typeof key !== 'string' || key === '__proto__') throw new PatchError(`"${String(key)}" is not a field name`);
  return node;
}

const copyOf = (node: Node): Node => (Array.isArray(node) ? node.slice() : { ...node });

/** A copy of node with the value at path[i..] replaced by what `change` makes of it; the rest is shared. */
function update(node: unknown, path: Key[], i: number, change: (value: unknown) => unknown): unknown {
  if (i === path.length) return change(node);
  const parent = checkKey(node, path[i], i === path.length - 1);
  const out = copyOf(parent) as Record<Key, unknown>;
  out[path[i]] = update((parent as Record<Key, unknown>)[path[i]], path, i + 1, change);
  return out;
}

function isOp(x: unknown): x is PatchOp {
  if (!isObject(x) || !Array.isArray(x.p) || !x.p.every((k) => typeof k === 'string' || typeof k === 'number')) return false;
  const kinds = ['v' in x, x.del === true, typeof x.len === 'number'].filter(Boolean).length;
  return kinds === 1;
}

/** `base` with the operations applied, sharing what they leave alone; throws PatchError when one does not fit. */
export function applyPatch<T>(base: T, ops: unknown): T {
  if (!Array.isArray(ops)) throw new PatchError('a patch is a list of operations');
  let out: unknown = base;
  for (const op of ops) {
    if (!isOp(op)) throw new PatchError(`not an operation: ${JSON.stringify(op)?.slice(0, 80)}`);
    if ('len' in op) {
      out = update(out, op.p, 0, (list) => {
        if (!Array.isArray(list) || !Number.isInteger(op.len) || op.len < 0 || op.len > list.length) throw new PatchError(`cannot cut a list to ${op.len}`);
        return list.slice(0, op.len);
      });
    } else if ('del' in op) {
      const key = op.p.at(-1);
      if (key === undefined) throw new PatchError('cannot remove the whole scenario');
      out = update(out, op.p.slice(0, -1), 0, (parent) => {
        if (!isObject(parent)) throw new PatchError(`cannot remove "${String(key)}" from a list`);
        const copy = { ...checkKey(parent, key, true) } as Record<string, unknown>;
        delete copy[key];
        return copy;
      });
    } else {
      const value = op.v;
      out = update(out, op.p, 0, () => value);
    }
  }
  return out as T;
}
