/**
 * The few city-wide series an analyst follows from run to run (fan charts, comparisons), with their
 * names; how each is computed is in src/engine/keySeries.ts.
 */
import type { Name } from './text';

export const KEY_SERIES = ['inPost', 'staffGap', 'spaceGap', 'spending.city', 'spending.district', 'spending.street', 'coverage.all5'] as const;
export type KeySeriesName = (typeof KEY_SERIES)[number];

export const KEY_SERIES_NAME: Record<KeySeriesName, Name> = {
  inPost: { zh: '在岗专职社区工作者', en: 'community workers in post' },
  staffGap: { zh: '专职工作者缺口', en: 'community worker gap' },
  spaceGap: { zh: '社区用房缺口', en: 'community floor-space gap' },
  'spending.city': { zh: '市级财政支出', en: 'city spending' },
  'spending.district': { zh: '区（县）级财政支出', en: 'district spending' },
  'spending.street': { zh: '街道财政支出', en: 'street spending' },
  'coverage.all5': { zh: '15分钟生活圈覆盖率（五类设施）', en: 'life-circle coverage (all five types)' },
};
