/** Strings of the Results tab's list of communities above the size band (QY-4, GOV2020-2a). */
import type { Locale } from './messages';

const zh = {
  heading: '超出规模上限的社区',
  year: '年份',
  band: (low: string | null, high: string, newOnly: boolean) =>
    `规则集规定的社区居委会规模：${low === null ? `不超过 ${high} 户` : `${low}—${high} 户`}${newOnly ? '（只适用于新建城市社区）' : ''}。按上限，每个社区应设居委会数 = ⌈户数 ÷ ${high}⌉。`,
  none: '该年没有超出上限的社区。',
  count: (n: number) => `${n} 个社区超出上限`,
  columns: { name: '社区', district: '区（县）', street: '街道（乡镇）', households: '户数', committees: '按上限应设居委会数' },
};

type SizeBandMessages = typeof zh;

const en: SizeBandMessages = {
  heading: 'Communities above the size band',
  year: 'Year',
  band: (low, high, newOnly) =>
    `The rule set's size for a residents' committee: ${low === null ? `at most ${high} households` : `${low}–${high} households`}${newOnly ? ' (new urban communities only)' : ''}. At the ceiling a community needs ⌈households ÷ ${high}⌉ committees.`,
  none: 'No community is above the ceiling that year.',
  count: (n) => `${n} ${n === 1 ? 'community' : 'communities'} above the ceiling`,
  columns: { name: 'Community', district: 'District', street: 'Street', households: 'Households', committees: 'Committees at the ceiling' },
};

export const SIZE_BAND: Record<Locale, SizeBandMessages> = { 'zh-CN': zh, en };
