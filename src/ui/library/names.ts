/**
 * Names for new records: a copy is "<name>（副本）", a second copy "<name>（副本 2）"; an imported file
 * whose name is taken becomes "<name>（2）". Names are not keys (records have ids), but two rows with
 * one name would leave the user guessing which is which.
 */
import { LIBRARY } from '../../i18n/library';
import type { Locale } from '../../i18n/messages';

// Either language's suffix, so that copying a copy made under the other language still counts up.
const COPY_SUFFIX = /\s*(?:（副本(?:\s*\d+)?）|\(copy(?:\s*\d+)?\))$/;
const NUMBER_SUFFIX = /\s*(?:（\d+）|\(\d+\))$/;

/** The first of suffix(1), suffix(2), … appended to base that is not taken. */
function firstFree(base: string, taken: ReadonlySet<string>, suffix: (n: number) => string, from: number): string {
  for (let n = from; ; n++) {
    const candidate = `${base}${suffix(n)}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The name for a copy of `name`, not among `taken`. */
export function copyName(name: string, taken: Iterable<string>, locale: Locale): string {
  const base = name.replace(COPY_SUFFIX, '') || name;
  return firstFree(base, new Set(taken), LIBRARY[locale].copySuffix, 1);
}

/** `name` itself when free, else with a number (from 2) that makes it free. */
export function uniqueName(name: string, taken: Iterable<string>, locale: Locale): string {
  const set = new Set(taken);
  if (!set.has(name)) return name;
  const base = name.replace(NUMBER_SUFFIX, '') || name;
  return firstFree(base, set, LIBRARY[locale].importSuffix, 2);
}
