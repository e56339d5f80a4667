/**
 * Immutable update at a path: a new object on every level of the path, the rest shared. Undo keeps
 * old roots, so sharing is what makes a 3,000-community history cheap.
 */
import { formatPath } from '../../io/formatPath';

export type Path = readonly (string | number)[];

export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const node = root as unknown;
  const child = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  const next = setIn(child, rest, value);
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = next;
    return copy as T;
  }
  const copy = { ...(node as object) } as Record<string | number, unknown>;
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** ['city', 'districts', 2] → "city.districts[2]", in the validator's own format so errors match fields. */
export const pathToString: (path: Path) => string = formatPath;
