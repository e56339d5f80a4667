/** How a comparison words the rules a reform changes: which parameter, from when, from what to what, and on which clause. */
import type { Locale } from './messages';

const zh = {
  heading: '政策规则的差异',
  note: '按规划期逐年的实际取值比较；先列规则，后列调节参数。',
  none: '各方案在规划期内适用的政策规则相同。',
  ruleSets: (base: string, other: string) => `规则集：${base} → ${other}`,
  change: (what: string, from: number, before: string, after: string) => `${what}：自 ${from} 年起由 ${before} 改为 ${after}`,
  inDistrict: (label: string, district: string) => `${label}（${district}）`,
  none2: '无此规定',
  clause: (id: string, text: string) => `${id}：${text}`,
  noClause: '此值没有文件依据',
};

export type RuleDifferenceMessages = typeof zh;

const en: RuleDifferenceMessages = {
  heading: 'Rules that differ',
  note: 'Compared by the value in force in each horizon year; rules first, then the levers.',
  none: 'Every scenario applies the same rules over the horizon.',
  ruleSets: (base, other) => `rule set: ${base} → ${other}`,
  change: (what, from, before, after) => `${what}: from ${from}, ${before} → ${after}`,
  inDistrict: (label, district) => `${label} (${district})`,
  none2: 'no such rule',
  clause: (id, text) => `${id}: ${text}`,
  noClause: 'no document behind this value',
};

export const RULE_DIFF_TEXT: Record<Locale, RuleDifferenceMessages> = { 'zh-CN': zh, en };
