/** A problem in words, kept apart from the import checks so that loading a file does not load the schema's field names. */
import type { Scenario } from '../../engine/scenario';
import { pathWords } from '../../io/fieldWords';
import { bothLanguages } from '../../i18n/library';
import type { ValidationError } from '../engineClient';

/**
 * One line per problem, "field: message", the field in words (src/io/fieldWords.ts) — never its path —
 * with the whole file named when there is no path. within is where the checked part sits in a
 * scenario (ruleSet.custom for a rule set on its own); the scenario, where given, names list items.
 */
export function problemLine(error: ValidationError, lang: 'zh' | 'en', scenario?: Scenario, within = ''): string {
  const where = error.path === '' ? bothLanguages((m) => m.import.wholeFile)[lang] : pathWords(within === '' ? error.path : error.path.startsWith('[') ? `${within}${error.path}` : `${within}.${error.path}`, scenario)[lang];
  return lang === 'en' ? `${where}: ${error.en}` : `${where}：${error.zh}`;
}
