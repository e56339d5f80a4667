/**
 * The registry of target metrics. Each computes one number for a year and a scope (the city or one
 * district) from a projection; null when the rule set lacks the rule the metric rests on.
 */
import { costTotal, type DistrictFilter } from './aggregate';
import type { CoverageFigures, CoverageKey } from './coverage/types';
import { LEVEL, type Level, type Projection } from './projection';
import { FACILITY_TYPES, PAYERS, type FacilityType, type Payer } from './scenario';
import type { Text } from './ruleSet';

import type { MetricUnit } from '../registry/units';
export type { MetricUnit };

export interface Metric {
  id: string;
  unit: MetricUnit;
  /** 'higher': met when value ≥ threshold; 'lower': met when value ≤ threshold */
  better: 'higher' | 'lower';
  label: Text;
  rules: string[];
  /** what the metric is about, so a verdict can say what binds */
  concerns: 'staffing' | 'qualifications' | 'space' | 'funding' | 'coverage';
  /** for coverage metrics: the facility type, or all5 */
  coverageKey?: CoverageKey;
  compute(p: Projection, yearIdx: number, district: DistrictFilter): number | null;
}

function param(p: Projection, key: string, yearIdx: number): number | null {
  return p.params[key]?.[yearIdx] ?? null;
}

/** The index range of a level's entities: communities, then streets, then districts. */
function rangeOf(p: Projection, level: Level): [number, number] {
  if (level === LEVEL.community) return [0, p.nCommunities];
  if (level === LEVEL.street) return [p.nCommunities, p.nCommunities + p.nStreets];
  return [p.nCommunities + p.nStreets, p.nEntities];
}

/** Share of established entities of a level for which ok(i, e) holds; null when there are none. */
function shareOf(
  p: Projection,
  yearIdx: number,
  level: Level,
  district: DistrictFilter,
  ok: (i: number, e: number) => boolean,
): number | null {
  const base = yearIdx * p.nEntities;
  const est = p.series.established;
  const [from, to] = rangeOf(p, level);
  let n = 0;
  let good = 0;
  for (let e = from; e < to; e++) {
    if (est[base + e] === 0 || (district >= 0 && p.entities.district[e] !== district)) continue;
    n++;
    if (ok(base + e, e)) good++;
  }
  return n === 0 ? null : good / n;
}

function gapOf(p: Projection, yearIdx: number, level: Level, district: DistrictFilter, gap: (i: number, e: number) => number) {
  const base = yearIdx * p.nEntities;
  const [from, to] = rangeOf(p, level);
  let sum = 0;
  for (let e = from; e < to; e++) {
    if (p.series.established[base + e] === 0 || (district >= 0 && p.entities.district[e] !== district)) continue;
    sum += Math.max(0, gap(base + e, e));
  }
  return sum;
}

/** Workers counted against the rule, per entity: committee members count only under YX2008-5. */
function countedIn(p: Projection, yearIdx: number): (i: number, e: number) => number {
  const withCommittee = param(p, 'staffing.countCommitteeMembers', yearIdx) === 1;
  const { inPost } = p.series;
  const { committee } = p.entities;
  return withCommittee ? (i, e) => inPost[i] + committee[e] : (i) => inPost[i];
}

function staffingRuleIn(p: Projection, y: number): boolean {
  return param(p, 'staffing.householdsPerWorker', y) !== null || param(p, 'staffing.minPerCommunity', y) !== null;
}

function spaceRuleIn(p: Projection, y: number): boolean {
  return param(p, 'space.perHundredHouseholds', y) !== null || param(p, 'space.minUrbanExisting', y) !== null;
}

function fundingGap(payer: Payer | null, zh: string, en: string): Metric {
  return {
    id: payer ? `fundingGap.${payer}` : 'fundingGap.total',
    unit: 'yuan',
    better: 'lower',
    label: { zh, en },
    rules: [],
    concerns: 'funding',
    compute(p, y, district) {
      const payers: readonly Payer[] = payer ? [payer] : PAYERS;
      let sum = 0;
      // Budgets are held per level, so a district's part of a shortfall is its share of that payer's spending.
      for (const q of payers) sum += p.payers[q][y].shortfall * (district < 0 ? 1 : districtShare(p, y, q, district));
      return sum;
    },
  };
}

function districtShare(p: Projection, y: number, payer: Payer, district: number): number {
  const all = costTotal(p, y, { payer });
  return all === 0 ? 0 : costTotal(p, y, { payer, district }) / all;
}

/** The coverage figures of a scope; null when the scenario has no spatial data. */
function coverageOf(p: Projection, key: CoverageKey, district: DistrictFilter): CoverageFigures | null {
  if (!p.coverage) return null;
  return district < 0 ? p.coverage.city[key] : p.coverage.byDistrict[district][key];
}

const TYPE_LABEL: Record<FacilityType, { zh: string; en: string; rules: string[] }> = {
  market: { zh: '便民市场', en: 'a convenience market', rules: ['GOV2020-4b'] },
  sports: { zh: '运动场地', en: 'a sports ground', rules: ['GOV2020-4b'] },
  culture: { zh: '文化活动中心', en: 'a cultural activity centre', rules: ['GOV2020-4b'] },
  service: { zh: '社区服务中心', en: 'a community service centre', rules: ['GOV2020-4b', 'CS2010-4'] },
  medical: { zh: '医疗服务机构', en: 'a medical service facility', rules: ['GOV2020-4b'] },
  elderly: { zh: '居家养老服务站', en: 'a home-care station for the elderly', rules: ['NT2011-4'] },
  health: { zh: '社区卫生服务站', en: 'a community health station', rules: ['CASES-wuhai'] },
};

function coverageMetric(type: FacilityType): Metric {
  const t = TYPE_LABEL[type];
  return {
    id: `coverage.${type}`,
    unit: 'share',
    better: 'higher',
    label: { zh: `15分钟步行可达${t.zh}的居民比例`, en: `Share of residents within a 15-minute walk of ${t.en}` },
    rules: t.rules,
    concerns: 'coverage',
    coverageKey: type,
    compute: (p, y, d) => coverageOf(p, type, d)?.residentShare[y] ?? null,
  };
}

export const METRICS: Metric[] = [
  {
    id: 'staffingShareMet',
    unit: 'share',
    better: 'higher',
    label: { zh: '专职工作者配备达标社区比例', en: 'Share of communities meeting the staffing rule' },
    rules: ['NJ2007-15', 'GOV2020-3a', 'YX2008-5'],
    concerns: 'staffing',
    compute(p, y, d) {
      if (!staffingRuleIn(p, y)) return null;
      const counted = countedIn(p, y);
      return shareOf(p, y, LEVEL.community, d, (i, e) => counted(i, e) >= p.series.staffRequired[i]);
    },
  },
  {
    id: 'staffGap',
    unit: 'person',
    better: 'lower',
    label: { zh: '专职工作者缺口（人）', en: 'Community worker gap (people)' },
    rules: ['NJ2007-15', 'GOV2020-3a', 'YX2008-5'],
    concerns: 'staffing',
    compute(p, y, d) {
      if (!staffingRuleIn(p, y)) return null;
      const counted = countedIn(p, y);
      return gapOf(p, y, LEVEL.community, d, (i, e) => p.series.staffRequired[i] - counted(i, e));
    },
  },
  {
    id: 'streetStaffShareMet',
    unit: 'share',
    better: 'higher',
    label: { zh: '街道公共服务站人员达标比例', en: 'Share of street service stations fully staffed' },
    rules: ['CS2010-6a'],
    concerns: 'staffing',
    compute: (p, y, d) =>
      param(p, 'staffing.streetPostsClass1', y) === null
        ? null
        : shareOf(p, y, LEVEL.street, d, (i) => p.series.inPost[i] >= p.series.staffRequired[i]),
  },
  {
    id: 'qualifiedShareMet',
    unit: 'share',
    better: 'higher',
    label: { zh: '持证社工与本科学历配备达标社区比例', en: 'Share of communities with the required certified and graduate staff' },
    rules: ['NJ2007-16'],
    concerns: 'qualifications',
    compute(p, y, d) {
      const cert = param(p, 'staffing.certifiedMinPerCommunity', y);
      const bach = param(p, 'staffing.bachelorMinPerCommunity', y);
      if (cert === null && bach === null) return null;
      return shareOf(p, y, LEVEL.community, d, (i) => p.series.certified[i] >= (cert ?? 0) && p.series.bachelor[i] >= (bach ?? 0));
    },
  },
  {
    id: 'spaceShareMet',
    unit: 'share',
    better: 'higher',
    label: { zh: '办公服务用房达标社区比例', en: 'Share of communities meeting the floor-space rule' },
    rules: ['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4', 'NT2011-5c'],
    concerns: 'space',
    compute: (p, y, d) =>
      spaceRuleIn(p, y) ? shareOf(p, y, LEVEL.community, d, (i) => p.series.space[i] >= p.series.spaceRequired[i]) : null,
  },
  {
    id: 'spaceMinShareMet',
    unit: 'share',
    better: 'higher',
    label: { zh: '办公服务用房达到最低面积的社区比例', en: 'Share of communities at the minimum floor space for their kind' },
    rules: ['NJ2007-18a', 'NJ2007-18e', 'GOV2020-4'],
    concerns: 'space',
    compute(p, y, d) {
      const mins = [param(p, 'space.minUrbanExisting', y), param(p, 'space.minUrbanNew', y), param(p, 'space.minRural', y)];
      if (mins.every((m) => m === null)) return null;
      return shareOf(p, y, LEVEL.community, d, (i, e) => p.series.space[i] >= (mins[p.entities.kind[e]] ?? 0));
    },
  },
  {
    id: 'spaceHighShare',
    unit: 'share',
    better: 'higher',
    label: { zh: '每百户30平方米以上社区比例', en: 'Share of communities at the high tier per 100 households' },
    rules: ['NJ2007-18b', 'GOV2020-4'],
    concerns: 'space',
    compute(p, y, d) {
      const high = param(p, 'space.highPerHundredHouseholds', y) ?? param(p, 'space.perHundredHouseholds', y);
      if (high === null) return null;
      return shareOf(p, y, LEVEL.community, d, (i) => p.series.space[i] >= (high * p.series.households[i]) / 100);
    },
  },
  {
    id: 'spaceGap',
    unit: 'm2',
    better: 'lower',
    label: { zh: '社区用房缺口（平方米）', en: 'Community floor-space gap (m²)' },
    rules: ['NJ2007-18a', 'NJ2007-18b', 'GOV2020-4'],
    concerns: 'space',
    compute: (p, y, d) =>
      spaceRuleIn(p, y) ? gapOf(p, y, LEVEL.community, d, (i) => p.series.spaceRequired[i] - p.series.space[i]) : null,
  },
  {
    id: 'streetCentreShareMet',
    unit: 'share',
    better: 'higher',
    label: { zh: '街道社区服务中心面积达标比例', en: 'Share of street service centres meeting the minimum' },
    rules: ['NJ2007-18c', 'NT2011-5b'],
    concerns: 'space',
    compute: (p, y, d) =>
      param(p, 'space.streetCentreMin', y) === null
        ? null
        : shareOf(p, y, LEVEL.street, d, (i) => p.series.space[i] >= p.series.spaceRequired[i]),
  },
  {
    id: 'streetCentreHighShare',
    unit: 'share',
    better: 'higher',
    label: { zh: '街道社区服务中心3000平方米以上比例', en: 'Share of street centres at the high tier' },
    rules: ['NJ2007-18c'],
    concerns: 'space',
    compute(p, y, d) {
      const high = param(p, 'space.streetCentreHigh', y);
      return high === null ? null : shareOf(p, y, LEVEL.street, d, (i) => p.series.space[i] >= high);
    },
  },
  {
    id: 'districtCentreShareMet',
    unit: 'share',
    better: 'higher',
    label: { zh: '区（县）社区服务中心面积达标比例', en: 'Share of district service centres meeting the minimum' },
    rules: ['NJ2007-18d', 'NT2011-5a'],
    concerns: 'space',
    compute: (p, y, d) =>
      param(p, 'space.districtCentreMin', y) === null
        ? null
        : shareOf(p, y, LEVEL.district, d, (i) => p.series.space[i] >= p.series.spaceRequired[i]),
  },
  fundingGap('city', '市级财政资金缺口（元）', 'City budget shortfall (yuan)'),
  fundingGap('district', '区（县）级财政资金缺口（元）', 'District budget shortfall (yuan)'),
  fundingGap('street', '街道财政资金缺口（元）', 'Street budget shortfall (yuan)'),
  fundingGap(null, '各级财政资金缺口合计（元）', 'Total budget shortfall (yuan)'),
  ...FACILITY_TYPES.map(coverageMetric),
  {
    id: 'coverage.all5',
    unit: 'share',
    better: 'higher',
    label: {
      zh: '15分钟步行可达五类生活圈设施的居民比例',
      en: 'Share of residents within a 15-minute walk of all five life-circle facilities',
    },
    rules: ['GOV2020-4b', 'CS2010-4'],
    concerns: 'coverage',
    coverageKey: 'all5',
    compute: (p, y, d) => coverageOf(p, 'all5', d)?.residentShare[y] ?? null,
  },
  {
    // A community counts when at least 90% of its residents are within reach (coverage/defaults.ts).
    id: 'coverageCommunities.all5',
    unit: 'share',
    better: 'higher',
    label: {
      zh: '居民基本处于15分钟生活圈内的社区比例',
      en: 'Share of communities whose residents are within the 15-minute life circle',
    },
    rules: ['GOV2020-4b', 'CS2010-4'],
    concerns: 'coverage',
    coverageKey: 'all5',
    compute: (p, y, d) => coverageOf(p, 'all5', d)?.communityShare[y] ?? null,
  },
];

export const METRIC_IDS = METRICS.map((m) => m.id);

export function metricById(id: string): Metric | undefined {
  return METRICS.find((m) => m.id === id);
}
