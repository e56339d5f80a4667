/**
 * The words of the checks on a rule set a user wrote (src/io/checkAuthoredRuleSet.ts), in both
 * languages: what is wrong with a document, a clause or a parameter, and what is allowed.
 */
import type { Name } from '../registry';

export const AUTHORED_CHECK = {
  builtInId: (id: string): Name => ({
    zh: `编号“${id}”已是内置规则集的编号；自定规则集请另取编号，如“${id}-本市”`,
    en: `"${id}" is the id of a built-in rule set; give your own set another id, e.g. "${id}-own"`,
  }),
  idMismatch: (chosen: string, carried: string): Name => ({
    zh: `场景选用规则集“${chosen}”，但携带的自定规则集编号为“${carried}”；两者应相同`,
    en: `the scenario chooses rule set "${chosen}" but the rule set it carries has id "${carried}"; they must be the same`,
  }),
  duplicateId: (what: Name, id: string, first: string): Name => ({
    zh: `${what.zh}编号“${id}”重复，已用于 ${first}`,
    en: `duplicate ${what.en} id "${id}", already used by ${first}`,
  }),
  notADate: (text: string): Name => ({
    zh: `“${text}”不是日期；应为 YYYY-MM-DD 形式的实际日期，如 2028-01-01`,
    en: `"${text}" is not a date; write a real date as YYYY-MM-DD, e.g. 2028-01-01`,
  }),
  noValues: { zh: '至少需要一个带日期的取值', en: 'needs at least one dated value' } satisfies Name,
  noReference: { zh: '至少需要引用一个条款', en: 'must cite at least one clause' } satisfies Name,
  unitFixed: (key: string, unit: string, got: string): Name => ({
    zh: `参数 ${key} 的单位固定为 ${unit}，实际为 ${got}`,
    en: `the unit of ${key} is fixed as ${unit}, got ${got}`,
  }),
  rangeOrder: (lo: number, hi: number): Name => ({
    zh: `允许范围的下限 ${lo} 大于上限 ${hi}`,
    en: `the range's lower end ${lo} is above its upper end ${hi}`,
  }),
  outOfRange: (lo: number, hi: number, value: number): Name => ({
    zh: `取值 ${value} 超出本参数的允许范围 ${lo} 到 ${hi}`,
    en: `value ${value} is outside this parameter's range, ${lo} to ${hi}`,
  }),
  unknownDoc: (doc: string, known: Name): Name => ({
    zh: `引用的文件“${doc}”不在本规则集中；本规则集的文件：${known.zh}`,
    en: `cites document "${doc}", which is not in this rule set; its documents are ${known.en}`,
  }),
  unknownClause: (rule: string, doc: string, known: Name): Name => ({
    zh: `引用的条款“${rule}”不在文件“${doc}”中；该文件的条款：${known.zh}`,
    en: `cites clause "${rule}", which is not in document "${doc}"; its clauses are ${known.en}`,
  }),
  none: { zh: '（无）', en: '(none)' } satisfies Name,
};

/** The things a rule set holds, as the checks name them. */
export const AUTHORED_ITEM = {
  document: { zh: '文件', en: 'document' },
  clause: { zh: '条款', en: 'clause' },
} satisfies Record<string, Name>;
