/** Strings of the chart frame every view shares: its unit line, CSV button and data table. */
import type { Locale } from './messages';

const zh = {
  unitOf: (unit: string) => `单位：${unit}`,
  csv: '下载数据 (CSV)',
  dataTable: '数据表',
};

export type ChartMessages = typeof zh;

const en: ChartMessages = {
  unitOf: (unit: string) => `Unit: ${unit}`,
  csv: 'Download data (CSV)',
  dataTable: 'Data table',
};

export const CHARTS: Record<Locale, ChartMessages> = { 'zh-CN': zh, en };
