/**
 * The per-entity, per-year series of a run (households, staff, floor space …) by their names in both
 * languages. The codes are the engine's SERIES (src/engine/projection.ts), which checks that this
 * table names every one of them.
 */
import type { Name } from './text';

export const SERIES_NAME = {
  households: { zh: '户数', en: 'households' },
  residents: { zh: '常住人口', en: 'residents' },
  registeredHouseholds: { zh: '新落户户数（累计）', en: 'newly registered households (to date)' },
  coordinators: { zh: '流动人口协管员', en: 'migrant coordinators' },
  established: { zh: '已成立', en: 'set up' },
  staffRequired: { zh: '应配专职工作者', en: 'workers required' },
  staffQuota: { zh: '核定专职工作者总量', en: 'district staffing quota' },
  inPost: { zh: '在岗专职工作者', en: 'workers in post' },
  hires: { zh: '招聘', en: 'hires' },
  leavers: { zh: '离职', en: 'leavers' },
  certified: { zh: '持证社会工作者', en: 'certified social workers' },
  bachelor: { zh: '本科及以上学历工作者', en: 'workers with a degree' },
  spaceRequired: { zh: '应达用房面积', en: 'floor space required' },
  space: { zh: '现有用房面积', en: 'floor space in use' },
  spaceStarted: { zh: '本年开工面积', en: 'm² started this year' },
  spaceCompleted: { zh: '本年竣工面积', en: 'm² completed this year' },
} as const satisfies Record<string, Name>;

export type SeriesCode = keyof typeof SERIES_NAME;
