/** Strings of the chart frame every view shares: its unit line, CSV button and data table. */
import type { Locale } from './messages';

const zh = {
  unitOf: (unit: string) => `单位：${unit}`,
  csv: '下载数据 (CSV)',
  dataTable: '数据表',
  highlight: (shown: number, all: number) => `突出显示 ${shown} 条（共 ${all} 条，其余为灰色；点击切换，数据表和下载含全部）`,
  highlightReset: '恢复默认（末年最低的几条）',
};

export type ChartMessages = typeof zh;

const en: ChartMessages = {
  unitOf: (unit: string) => `Unit: ${unit}`,
  csv: 'Download data (CSV)',
  dataTable: 'Data table',
  highlight: (shown: number, all: number) => `${shown} of ${all} highlighted, the rest in grey (click to switch; the table and download hold all)`,
  highlightReset: 'Back to the default (lowest in the last year)',
};

export const CHARTS: Record<Locale, ChartMessages> = { 'zh-CN': zh, en };
