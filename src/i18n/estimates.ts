/** How many communities and base figures rest on estimates (Community.estimated), said in the results, report, workbook and comparison. */
import type { Locale } from './messages';

const zh = {
  /** results and report: n of total communities, with `figures` base figures among them */
  summary: (n: number, total: number, figures: number) =>
    `注意：${total} 个社区中有 ${n} 个的 ${figures} 项基础数据（户数、常住人口、工作者、用房）为估算值，尚未以实际数据替换，测算结果仅供参考。`,
  /** a compared scenario that rests on estimates */
  compared: (name: string, n: number, figures: number) => `“${name}”有 ${n} 个社区的 ${figures} 项基础数据为估算值，比较结果仅供参考。`,
  sheet: '估算数据',
  columns: { id: '社区编号', name: '社区名称', fields: '估算项', source: '数据来源' },
  total: '合计',
  communities: (n: number) => `${n} 个社区`,
  figures: (n: number) => `${n} 项`,
};

const en: typeof zh = {
  summary: (n, total, figures) =>
    `Note: ${n} of ${total} communities still carry ${figures} estimated base figures (households, residents, staff, floor space), not yet replaced by real data; treat the results as indicative.`,
  compared: (name, n, figures) => `“${name}” rests on ${figures} estimated base figures in ${n} communities; treat the comparison as indicative.`,
  sheet: 'Estimates',
  columns: { id: 'Community ID', name: 'Community', fields: 'Estimated figures', source: 'Data source' },
  total: 'Total',
  communities: (n) => `${n} ${n === 1 ? 'community' : 'communities'}`,
  figures: (n) => `${n} ${n === 1 ? 'figure' : 'figures'}`,
};

export const ESTIMATES: Record<Locale, typeof zh> = { 'zh-CN': zh, en };
