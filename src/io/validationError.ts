/**
 * One problem found in a scenario file: where it is and what to do about it, in both languages the
 * app speaks.
 */
import { listed, VALUE } from '../i18n/validation';
import type { Name } from '../registry';

export interface ValidationError {
  /** e.g. `city.districts[2].streets[0].communities[5].households`; '' for the file as a whole */
  path: string;
  zh: string;
  en: string;
}

export type PathSegment = string | number;

/** A value as the user would recognise it in their file, short enough for one line. */
export function describeValue(value: unknown, quoted = true): Name {
  if (value === null) return VALUE.null;
  if (!quoted) return VALUE.plain(String(value));
  if (Array.isArray(value)) return value.length === 0 ? VALUE.emptyList : VALUE.list(value.length);
  switch (typeof value) {
    case 'string': {
      if (value === '') return VALUE.emptyText;
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return VALUE.text(JSON.stringify(shown));
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return VALUE.plain(String(value));
    case 'object':
      return VALUE.object;
    default:
      return VALUE.plain(typeof value);
  }
}

/** A list for a message, text values quoted as they are written in the file. */
export function listOf(items: readonly (string | number)[], quote = true): Name {
  return listed(items.map((s) => (quote && typeof s === 'string' ? JSON.stringify(s) : String(s))));
}
