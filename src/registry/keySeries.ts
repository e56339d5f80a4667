/**
 * The few city-wide series an analyst follows from run to run (fan charts, comparisons): each one's
 * name, unit and which way is good. How each is computed is in src/engine/keySeries.ts.
 */
import type { Name } from './text';

export const KEY_SERIES = ['inPost', 'staffGap', 'spaceGap', 'spending.city', 'spending.district', 'spending.street', 'coverage.all5'] as const;
export type KeySeriesName = (typeof KEY_SERIES)[number];

export interface KeySeriesInfo {
  name: Name;
  unit: 'person' | 'm2' | 'yuan' | 'share';
  /** which way is good, for colouring differences */
  better: 'higher' | 'lower' | 'neither';
}

export const KEY_SERIES_INFO: Record<KeySeriesName, KeySeriesInfo> = {
  inPost: { name: { zh: '在岗专职社区工作者', en: 'community workers in post' }, unit: 'person', better: 'higher' },
  staffGap: { name: { zh: '专职工作者缺口', en: 'community worker gap' }, unit: 'person', better: 'lower' },
  spaceGap: { name: { zh: '社区用房缺口', en: 'community floor-space gap' }, unit: 'm2', better: 'lower' },
  'spending.city': { name: { zh: '市级财政支出', en: 'city spending' }, unit: 'yuan', better: 'neither' },
  'spending.district': { name: { zh: '区（县）级财政支出', en: 'district spending' }, unit: 'yuan', better: 'neither' },
  'spending.street': { name: { zh: '街道财政支出', en: 'street spending' }, unit: 'yuan', better: 'neither' },
  'coverage.all5': { name: { zh: '15分钟生活圈覆盖率（五类设施）', en: 'life-circle coverage (all five types)' }, unit: 'share', better: 'higher' },
};
