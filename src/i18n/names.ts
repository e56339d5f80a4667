/**
 * The registry's names (src/registry) in the reader's language: one language at a time, capitalised
 * where a name starts a label, with an article where English runs it into a sentence; and the names of
 * metrics, key series, uncertain inputs and verdicts. The engine hands over ids; these give the words.
 */
import type { UncertainInput } from '../engine/scenario';
import { isMetricId, KEY_SERIES_INFO, METRIC_NAME, PAYER_NAME, PAYER_SHORT_NAME, UNCERTAIN_INPUT_NAME, UNIT_NAME, type CoverageKey, type KeySeriesName, type Name } from '../registry';
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

/**
 * The unit words of a results table, as the registry names them; an English table says 万元 its own way
 * (what fits a header, a chart axis or a cell), so it gives `wan` again.
 */
export function unitWords(lang: Lang): { person: string; m2: string; household: string; count: string; percent: string; wan: string } {
  const name = (unit: keyof typeof UNIT_NAME) => UNIT_NAME[unit][lang];
  return { person: name('person'), m2: name('m2'), household: name('household'), count: name('count'), percent: name('share'), wan: name('yuan') };
}

/** English within a sentence: "a convenience market", but "all five life-circle facilities". */
export const facilityInSentence = (name: string, key: CoverageKey): string => (key === 'all5' ? name : `a ${name}`);

/** A metric's name; an id the registry does not know (a typo in a scenario file) shows as it is. */
export function metricName(id: string, locale: Locale): string {
  return isMetricId(id) ? nameIn(METRIC_NAME[id], locale) : id;
}

export function keySeriesName(name: KeySeriesName, locale: Locale): string {
  return nameIn(KEY_SERIES_INFO[name].name, locale);
}

/** "工资增长率偏差"; a budget names its payer: "市级财政预算执行系数", "city budget multiplier". */
export function uncertainInputName(input: UncertainInput, locale: Locale): string {
  const name = nameIn(UNCERTAIN_INPUT_NAME[input.what], locale);
  if (input.what !== 'budget') return name;
  return locale === 'en' ? `${PAYER_SHORT_NAME[input.payer].en} ${name}` : `${PAYER_NAME[input.payer].zh}${name}`;
}

/**
 * What a verdict is called: the target's own label, else its metric's name, after the district's name
 * for a target on one district ("鼓楼区：专职工作者缺口（人）").
 */
export function verdictName(v: { label?: Name; metric: string; districtName?: string }, locale: Locale): string {
  if (v.label) return nameIn(v.label, locale);
  const metric = metricName(v.metric, locale);
  if (!v.districtName) return metric;
  return locale === 'en' ? `${v.districtName}: ${metric}` : `${v.districtName}：${metric}`;
}
