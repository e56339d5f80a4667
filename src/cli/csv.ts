/**
 * The run summary as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * mojibake), CRLF line ends, a header row in Chinese and English. One row per year with the city
 * totals and each payer's budget, spending, shortfall and deferred spending; a blank line; then one row per target.
 */
import type { RunSummary, SummaryVerdict } from '../engine/summary';
import { formatBinding } from '../i18n/binding';
import { toCsv, type Cell } from '../io/csv';
import { PAYER_NAME, PAYER_SHORT_NAME, PAYERS, yuanToWan } from '../registry';

const whole = (x: number) => Math.round(x);
// Numbers for a spreadsheet, not text: kept to 0.01 万 (100 yuan) whatever their size.
const wan = (yuan: number | null) => (yuan === null ? null : Math.round(yuanToWan(yuan) * 100) / 100);
const fourPlaces = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);

const TOTAL_COLUMNS = [
  ['year', '年份 year'],
  ['households', '户数 households'],
  ['residents', '常住人口 residents'],
  ['communities', '已成立社区 communities'],
  ['staffRequired', '应配专职工作者 staff required'],
  ['inPost', '在岗专职工作者 in post'],
  ['hires', '招聘 hires'],
  ['leavers', '离职 leavers'],
  ['staffGap', '专职工作者缺口 staff gap'],
  ['spaceRequired', '应有用房（平方米） space required (m²)'],
  ['space', '现有用房（平方米） space (m²)'],
  ['spaceStarted', '开工面积（平方米） space started (m²)'],
  ['spaceCompleted', '竣工面积（平方米） space completed (m²)'],
] as const;

function yearRows(summary: RunSummary): Cell[][] {
  const header: Cell[] = TOTAL_COLUMNS.map(([, title]) => title);
  for (const payer of PAYERS) {
    const zh = PAYER_NAME[payer].zh;
    const en = PAYER_SHORT_NAME[payer].en;
    header.push(`${zh}预算（万元） ${en} budget (10,000 yuan)`, `${zh}支出（万元） ${en} spent (10,000 yuan)`, `${zh}缺口（万元） ${en} shortfall (10,000 yuan)`, `${zh}延后支出（万元） ${en} deferred (10,000 yuan)`);
  }
  const rows = summary.totals.map((t) => {
    const row: Cell[] = TOTAL_COLUMNS.map(([key]) => whole(t[key]));
    for (const payer of PAYERS) {
      const f = summary.funding.find((x) => x.year === t.year && x.payer === payer);
      // a payer without a ceiling says so, so an empty cell is never read as unlimited money
      row.push(f?.budget === null ? '不限 unlimited' : wan(f?.budget ?? null), wan(f?.spent ?? 0), wan(f?.shortfall ?? 0), wan(f?.deferred ?? 0));
    }
    return row;
  });
  return [header, ...rows];
}

const VERDICT_HEADER: Cell[] = [
  '目标编号 target id',
  '目标 target',
  'target',
  '条款 rule',
  '指标 metric',
  '范围 scope',
  '考核年份 year',
  '阈值 threshold',
  '测算值 value',
  '达标 met',
  '首次达标年份 first year met',
  '差距 shortfall',
  '制约因素',
  'what binds',
];

function verdictRow(v: SummaryVerdict): Cell[] {
  return [
    v.targetId,
    v.label?.zh,
    v.label?.en,
    v.rule,
    v.metric,
    v.district ?? '全市 city',
    v.year,
    v.threshold,
    fourPlaces(v.value),
    v.met ? '达标 met' : '未达标 not met',
    v.firstYearMet,
    fourPlaces(v.shortfall),
    v.binding ? formatBinding(v.binding, 'zh-CN') : null,
    v.binding ? formatBinding(v.binding, 'en') : null,
  ];
}

/** The summary as one CSV text: the yearly table, a blank line, the verdict table. */
export function summaryCsv(summary: RunSummary): string {
  return toCsv([...yearRows(summary), [], VERDICT_HEADER, ...summary.verdicts.map(verdictRow)]);
}
