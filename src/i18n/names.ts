/**
 * The registry's names (src/registry) as message tables take them: one language at a time, capitalised
 * where a name starts a label, with an article where English runs it into a sentence.
 */
import type { CoverageKey, Name } from '../registry';
import type { Locale } from './messages';

export type Lang = keyof Name;

export const nameIn = (name: Name, locale: Locale): string => (locale === 'en' ? name.en : name.zh);

export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A table of names in one language, each passed through `style` (e.g. capitalised for row headers). */
export function namesIn<K extends string>(names: Record<K, Name>, lang: Lang, style: (name: string, key: K) => string = (n) => n): Record<K, string> {
  return namesOf(Object.keys(names) as K[], names, lang, style);
}

/** The same for some of a table's keys only (the units a parameter may have, of all units). */
export function namesOf<K extends string>(keys: readonly K[], names: Record<K, Name>, lang: Lang, style: (name: string, key: K) => string = (n) => n): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, style(names[key][lang], key)])) as Record<K, string>;
}

/** English within a sentence: "a convenience market", but "all five life-circle facilities". */
export const facilityInSentence = (name: string, key: CoverageKey): string => (key === 'all5' ? name : `a ${name}`);
