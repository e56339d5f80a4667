/**
 * The words of a scenario check, in both languages at once (a problem is shown in whichever the reader
 * picks): how a value found in a file reads, what a field allows, and the sentences around them.
 * src/io builds these from zod's issues; the wording lives here.
 */
import type { Name } from '../registry';

const ASCII_EDGE = /[\x21-\x7e]/;

/** Chinese text runs into Latin letters and digits with a space between, as in "不小于 0 的整数". */
export function zhJoin(...parts: string[]): string {
  return parts.reduce((out, part) => {
    const spaced = out !== '' && part !== '' && (ASCII_EDGE.test(out[out.length - 1]) || ASCII_EDGE.test(part[0]));
    const fullWidthEdge = /[，。；：？、（）“”]$/.test(out) || /^[，。；：？、（）“”]/.test(part);
    return spaced && !fullWidthEdge ? `${out} ${part}` : out + part;
  }, '');
}

const same = (text: string): Name => ({ zh: text, en: text });
const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

/** Joins a list: 、 in Chinese, commas in English. */
export const listed = (shown: readonly string[]): Name => ({ zh: shown.join('、'), en: shown.join(', ') });

/** A value as the user would recognise it in their file. */
export const VALUE = {
  null: same('null'),
  emptyList: { zh: '空列表', en: 'an empty list' },
  list: (n: number): Name => ({ zh: `含 ${n} 项的列表`, en: `a list of ${items(n)}` }),
  emptyText: { zh: '空文本 ""', en: 'empty text ""' },
  text: (quoted: string): Name => ({ zh: `文本 ${quoted}`, en: `text ${quoted}` }),
  plain: same,
  object: { zh: '对象', en: 'an object' },
};

/** What a field accepts. */
export const ALLOWED = {
  number: (whole: boolean): Name => (whole ? { zh: '整数', en: 'a whole number' } : { zh: '数', en: 'a number' }),
  between: (lo: string, hi: string, noun: Name): Name => ({ zh: `${lo} 到 ${hi} 之间的${noun.zh}`, en: `${noun.en} from ${lo} to ${hi}` }),
  above: (lo: string, noun: Name): Name => ({ zh: `大于 ${lo} 的${noun.zh}`, en: `${noun.en} > ${lo}` }),
  atLeast: (lo: string, noun: Name): Name => ({ zh: `不小于 ${lo} 的${noun.zh}`, en: `${noun.en} ≥ ${lo}` }),
  atMost: (hi: string, noun: Name): Name => ({ zh: `不大于 ${hi} 的${noun.zh}`, en: `${noun.en} ≤ ${hi}` }),
  text: (nonEmpty: boolean): Name => (nonEmpty ? { zh: '非空文本', en: 'non-empty text' } : { zh: '文本', en: 'text' }),
  oneOf: (values: Name): Name => ({ zh: `以下之一：${values.zh}`, en: `one of ${values.en}` }),
  object: (fields: Name): Name => ({ zh: `对象${fields.zh}`, en: `an object${fields.en}` }),
  list: (min: number | undefined): Name => (min ? { zh: `至少含 ${min} 项的列表`, en: `a list of at least ${items(min)}` } : { zh: '列表', en: 'a list' }),
  byYear: { zh: '以四位数年份为键的对象', en: 'an object keyed by four-digit years' },
  either: (parts: readonly Name[]): Name => ({ zh: parts.map((p) => p.zh).reduce((a, b) => zhJoin(a, '或', b)), en: parts.map((p) => p.en).join(' or ') }),
  valid: { zh: '有效值', en: 'a valid value' },
};

export interface UnknownKey {
  key: string;
  /** a rule-set parameter under ruleSet.overrides, rather than a field */
  isOverride: boolean;
  /** a likely intended name */
  guess?: string;
  /** the chosen rule set and its parameters, for an unknown override without a guess */
  ruleSet?: { id: string; params: Name };
  /** the fields allowed here, for an unknown field */
  fields?: Name;
}

/** The sentences of a check, around the pieces above. */
export const ISSUE = {
  unknownKey({ key, isOverride, guess, ruleSet, fields }: UnknownKey): Name {
    let zh = isOverride ? `未知参数“${key}”` : `未知字段“${key}”`;
    let en = isOverride ? `unknown parameter "${key}"` : `unknown field "${key}"`;
    if (guess) {
      zh += `，是否应为“${guess}”？`;
      en += ` (did you mean "${guess}"?)`;
    }
    const sep = guess ? '' : '；';
    if (ruleSet) {
      zh += `${sep}规则集 ${ruleSet.id} 的参数：${ruleSet.params.zh}`;
      en += `; the parameters of rule set ${ruleSet.id} are ${ruleSet.params.en}`;
    } else if (fields) {
      zh += `${sep}此处允许的字段：${fields.zh}`;
      en += `; fields allowed here: ${fields.en}`;
    }
    return { zh, en };
  },
  missing: (allowed: Name): Name => ({ zh: zhJoin('缺少必填项，应为', allowed.zh), en: `is missing; must be ${allowed.en}` }),
  mismatch: (allowed: Name, got: Name): Name => ({ zh: zhJoin('应为', allowed.zh, '，实际为', got.zh), en: `must be ${allowed.en}, got ${got.en}` }),
  notOneOf: (allowed: Name, got: Name): Name => ({ zh: zhJoin('应为以下之一：', allowed.zh, '，实际为', got.zh), en: `must be one of ${allowed.en}, got ${got.en}` }),
  yearKey: (key: string): Name => ({ zh: `键“${key}”无效，应为四位数年份，如 "2026"`, en: `key "${key}" is not valid; must be a four-digit year such as "2026"` }),
  invalid: (message: string): Name => ({ zh: `无效：${message}`, en: `is not valid: ${message}` }),
};

/** A file's format version: one this version cannot read, and what each upgrade of an older file changes. */
export const MIGRATION = {
  newer: (version: number, current: number): Name => ({
    zh: `由更新版本的沙盘保存（文件格式版本 ${version}，本程序只能读取到版本 ${current}），请升级后再打开`,
    en: `saved by a newer version of Shapan (file format ${version}; this version reads up to ${current}); please upgrade to open it`,
  }),
  v0ToV1: {
    zh: '规则集由编号文本改为 { id, overrides }；预算由 plan.budgetsWan（万元）改为 plan.budgets（元）',
    en: 'rule set from an id string to { id, overrides }; budgets from plan.budgetsWan (万元) to plan.budgets (yuan)',
  },
  v1ToV2: {
    zh: '薪酬 plan.pay.benchmarkWage、wageGrowth 改名为 perWorker、growth（每人年报酬，每年支付）；规则集参数 pay.wageShareOfBenchmark 取消，其覆盖值并入每人报酬',
    en: 'plan.pay.benchmarkWage and wageGrowth renamed perWorker and growth (pay per worker, paid every year); the parameter pay.wageShareOfBenchmark is gone, its override folded into pay per worker',
  },
  v2ToV3: {
    zh: '出资方预算行中未填的年份写明“unlimited”（不限）；建设周期 0 年改为 1 年（引擎原先即按 1 年计）',
    en: 'years a payer’s budget row left out are written as "unlimited"; a building lead time of 0 becomes 1 (as the engine already took it)',
  },
};
