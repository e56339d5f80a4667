/**
 * The words that name a place in a scenario for a reader, in place of its path: "区（县）「鼓楼区」 ›
 * 街道「湖南路」 › 社区「青石」 › 基准年户数", "2026 年区（县）级财政预算". src/io/fieldWords.ts picks
 * the pieces; the wording is here.
 */
import type { Name } from '../registry';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const FIELD_WORDS = {
  wholeFile: { zh: '整个场景文件', en: 'The scenario file as a whole' } satisfies Name,
  /** the path could not be read back: say where in general rather than print it */
  somewhere: { zh: '场景中的一项', en: 'A field of the scenario' } satisfies Name,
  /** a list item with a name or id the reader knows */
  named: (item: Name, name: string): Name => ({ zh: `${item.zh}「${name}」`, en: `${capitalise(item.en)} “${name}”` }),
  /** a list item without one: its place in the list, counted from 1 */
  nth: (item: Name, index: number): Name => ({ zh: `第 ${index + 1} 个${item.zh}`, en: `${capitalise(item.en)} no. ${index + 1}` }),
  /** one of a pair whose parts have no labels of their own */
  tupleItem: (index: number): Name => ({ zh: `第 ${index + 1} 项`, en: `item ${index + 1}` }),
  /** a range's two ends */
  rangeEnd: [{ zh: '下限', en: 'lower end' }, { zh: '上限', en: 'upper end' }] as const satisfies readonly Name[],
  /** the two languages of a bilingual text */
  language: { zh: { zh: '中文', en: 'Chinese' }, en: { zh: '英文', en: 'English' } } satisfies Record<'zh' | 'en', Name>,
  year: (year: string): Name => ({ zh: `${year} 年`, en: year }),
  fromDate: (date: string): Name => ({ zh: `自 ${date} 起`, en: `from ${date}` }),
  /** a record's key the vocabulary has no word for (a user's id) */
  key: (key: string): Name => ({ zh: `「${key}」`, en: `“${key}”` }),
  joined: (parts: readonly Name[]): Name => ({ zh: parts.map((p) => p.zh).join(' › '), en: capitalise(parts.map((p) => p.en).join(' › ')) }),
};
