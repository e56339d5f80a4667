/**
 * The registry's names in the reader's language: metrics, key series, uncertain inputs, and the name a
 * verdict goes by. The engine hands over ids; these give the words.
 */
import type { UncertainInput } from '../engine/scenario';
import { isMetricId, KEY_SERIES_INFO, METRIC_NAME, PAYER_NAME, PAYER_SHORT_NAME, UNCERTAIN_INPUT_NAME, type KeySeriesName, type Name } from '../registry';
import type { Locale } from './messages';

export function nameIn(name: Name, locale: Locale): string {
  return locale === 'en' ? name.en : name.zh;
}

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
