import { pathToString, type Path } from '../../state/setIn';

/** A DOM id for a scenario field, so its error text can be tied to its input. */
export function cellId(path: Path): string {
  return `cell-${pathToString(path).replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
