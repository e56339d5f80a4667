/** Strings of the analysis tab: what its views share, with the Monte Carlo, goal seek and plan synthesis strings under it. */
import { GOAL_SEEK } from './goalSeek';
import type { Locale } from './messages';
import { MONTE_CARLO } from './monteCarlo';
import { SYNTHESIS_VIEW } from './synthesisView';

const zh = {
  views: { monteCarlo: '蒙特卡洛模拟', goalSeek: '目标反推', synthesis: '最优方案' },
  viewsLabel: '分析工具',
  csv: '下载数据 (CSV)',
  unitColumn: '单位',
  withUnit: (label: string, unit: string) => `${label}（${unit}）`,
  seconds: (ms: number) => `${(ms / 1000).toFixed(1)} 秒`,
  cancel: '取消',
  met: '达标',
  notMet: '未达标',
  none: '—',
  ...MONTE_CARLO['zh-CN'],
  seek: GOAL_SEEK['zh-CN'],
  synthesis: SYNTHESIS_VIEW['zh-CN'],
};

export type AnalysisMessages = typeof zh;

const en: AnalysisMessages = {
  views: { monteCarlo: 'Monte Carlo', goalSeek: 'Goal seek', synthesis: 'Plan synthesis' },
  viewsLabel: 'Analysis tools',
  csv: 'Download data (CSV)',
  unitColumn: 'Unit',
  withUnit: (label: string, unit: string) => `${label} (${unit})`,
  seconds: (ms: number) => `${(ms / 1000).toFixed(1)} s`,
  cancel: 'Cancel',
  met: 'met',
  notMet: 'not met',
  none: '—',
  ...MONTE_CARLO.en,
  seek: GOAL_SEEK.en,
  synthesis: SYNTHESIS_VIEW.en,
};

export const ANALYSIS: Record<Locale, AnalysisMessages> = { 'zh-CN': zh, en };
