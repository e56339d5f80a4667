/** Staffing metrics: communities and street stations with the workers and qualifications the rules ask for. */
import { LEVEL, type Projection } from '../projection';
import type { MetricId } from '../../registry/metrics';
import { districtStaffing, quotaLevelIn, type DistrictStaffing } from '../staffQuota';
import { gapBelowScopes, gapScopes, shareAtLeastScopes, shareOfScopes, type ScopeValues } from './allScopes';
import { meets, metBit, shortfall } from './meetsNeed';
import { gapBelow, gapOf, param, shareAtLeast, shareOf } from './scope';
import { gapMetric, shareMetric, type MetricDef } from './types';

/**
 * Workers counted against the rule, per entity: committee members count only under YX2008-5, and a
 * community hire counts only once trained (CS2010-7d: 经岗前培训后，持证上岗), the plan's training years after hiring.
 */
function countedIn(p: Projection, yearIdx: number): (i: number, e: number) => number {
  const withCommittee = param(p, 'staffing.countCommitteeMembers', yearIdx) === 1;
  const { inPost } = p.series;
  const { committee } = p.entities;
  const trained = p.training.years > 0 ? (i: number) => inPost[i] - inTraining(p, i) : (i: number) => inPost[i];
  return withCommittee ? (i, e) => trained(i) + committee[e] : trained;
}

/** Whether the workers counted are just the staff in post (no training wait, no committee members): then the arrays are compared directly. */
function inPostCounts(p: Projection, yearIdx: number): boolean {
  return p.training.years === 0 && param(p, 'staffing.countCommitteeMembers', yearIdx) !== 1;
}

/** Hires of this year and the training years before it, still training: at most the staff in post. */
export function inTraining(p: Projection, i: number): number {
  let sum = 0;
  for (let k = 0; k < p.training.years && i - k * p.nEntities >= 0; k++) sum += p.series.hires[i - k * p.nEntities];
  return Math.min(sum, p.series.inPost[i]);
}

function staffingRuleIn(p: Projection, y: number): boolean {
  return param(p, 'staffing.householdsPerWorker', y) !== null || param(p, 'staffing.minPerCommunity', y) !== null;
}

/** Whether a staffing metric (staffingShareMet, staffGap) reads year y's district totals (districtStaffing): a rule in force under a district quota. */
export function readsDistrictTotals(p: Projection, metricId: string, y: number): boolean {
  return (metricId === 'staffingShareMet' || metricId === 'staffGap') && staffingRuleIn(p, y) && quotaLevelIn(p.params, y) === 'district';
}

/**
 * Whether year y's staffing share and gap compare each community's staff in post, with its committee
 * members where they count, to what it requires: a rule in force, no district quota and no training
 * wait. A pass over the arrays that counts them so (the draws' key series) gives these metrics' figures.
 */
export function staffCountedInPost(p: Projection, y: number): boolean {
  return staffingRuleIn(p, y) && quotaLevelIn(p.params, y) !== 'district' && p.training.years === 0;
}

const STAFFING_RULES = ['NJ2007-15', 'GOV2020-3a', 'YX2008-5'];

/**
 * Under a district quota (GOV2020-3a) the verdict is the district's: staff may be posted anywhere in
 * its pool, so a community below its own share is no shortfall while the district meets its total.
 * Districts without a quota (no community the clause covers) are left out.
 */
function byDistrict({ quota, counted }: DistrictStaffing, d: number, of: (quota: number, counted: number) => number): number[] {
  const out: number[] = [];
  for (let k = 0; k < quota.length; k++) if (quota[k] > 0 && (d < 0 || k === d)) out.push(of(quota[k], counted[k]));
  return out;
}

/** The share of districts with a quota that meet it, from their 1s and 0s; null where there is none. */
const shareOfDistricts = (met: number[]): number | null => (met.length === 0 ? null : met.reduce((a, b) => a + b, 0) / met.length);
const sumOf = (gaps: number[]): number => gaps.reduce((a, b) => a + b, 0);

/**
 * A district-quota figure in every scope from one count of the year's district totals: scope by scope,
 * each scope counted them again (a pass over every community for the city and for each district)
 * unless a results view kept them.
 */
function quotaScopes(p: Projection, y: number, of: (quota: number, counted: number) => number, value: (terms: number[]) => number | null): ScopeValues {
  const totals = districtStaffing(p, y);
  return { city: value(byDistrict(totals, -1, of)), byDistrict: Array.from({ length: p.nDistricts }, (_, d) => value(byDistrict(totals, d, of))) };
}

/** 1 where a district's workers meet its quota, else 0. */
const quotaMet = (quota: number, counted: number): number => metBit(counted, quota);

/** The share of communities (or of districts, under a quota) with the workers the rule asks for. */
function staffingShare(p: Projection, y: number, d: number): number | null {
  if (!staffingRuleIn(p, y)) return null;
  if (quotaLevelIn(p.params, y) === 'district') return shareOfDistricts(byDistrict(districtStaffing(p, y), d, quotaMet));
  const { staffRequired, inPost } = p.series;
  if (inPostCounts(p, y)) return shareAtLeast(p, y, LEVEL.community, d, inPost, staffRequired);
  const counted = countedIn(p, y);
  return shareOf(p, y, LEVEL.community, d, (i, e) => meets(counted(i, e), staffRequired[i]));
}

/** Workers still missing against the rule, by community (or by district, under a quota). */
function staffGap(p: Projection, y: number, d: number): number | null {
  if (!staffingRuleIn(p, y)) return null;
  if (quotaLevelIn(p.params, y) === 'district') return sumOf(byDistrict(districtStaffing(p, y), d, shortfall));
  const { staffRequired, inPost } = p.series;
  if (inPostCounts(p, y)) return gapBelow(p, y, LEVEL.community, d, staffRequired, inPost);
  const counted = countedIn(p, y);
  return gapOf(p, y, LEVEL.community, d, (i, e) => shortfall(staffRequired[i], counted(i, e)));
}

export const STAFFING_METRICS = {
  staffingShareMet: {
    ...shareMetric('staffing', STAFFING_RULES, staffingShare),
    scopes: (p, y) => {
      if (!staffingRuleIn(p, y)) return null;
      if (quotaLevelIn(p.params, y) === 'district') return quotaScopes(p, y, quotaMet, shareOfDistricts);
      const { staffRequired, inPost } = p.series;
      if (inPostCounts(p, y)) return shareAtLeastScopes(p, y, LEVEL.community, inPost, staffRequired);
      const counted = countedIn(p, y);
      return shareOfScopes(p, y, LEVEL.community, (i, e) => meets(counted(i, e), staffRequired[i]));
    },
  },
  staffGap: {
    ...gapMetric('person', 'staffing', STAFFING_RULES, staffGap),
    scopes: (p, y) => {
      if (!staffingRuleIn(p, y)) return null;
      if (quotaLevelIn(p.params, y) === 'district') return quotaScopes(p, y, shortfall, sumOf);
      const { staffRequired, inPost } = p.series;
      if (inPostCounts(p, y)) return gapBelowScopes(p, y, LEVEL.community, staffRequired, inPost);
      const counted = countedIn(p, y);
      return gapScopes(p, y, LEVEL.community, (i, e) => shortfall(staffRequired[i], counted(i, e)));
    },
  },
  streetStaffShareMet: shareMetric('staffing', ['CS2010-6a'], (p, y, d) =>
    param(p, 'staffing.streetPostsClass1', y) === null ? null : shareAtLeast(p, y, LEVEL.street, d, p.series.inPost, p.series.staffRequired),
  ),
  qualifiedShareMet: {
    ...shareMetric('qualifications', ['NJ2007-16'], (p, y, d) => {
      const cert = param(p, 'staffing.certifiedMinPerCommunity', y);
      const bach = param(p, 'staffing.bachelorMinPerCommunity', y);
      if (cert === null && bach === null) return null;
      return shareOf(p, y, LEVEL.community, d, (i) => meets(p.series.certified[i], cert ?? 0) && meets(p.series.bachelor[i], bach ?? 0));
    }),
    reads: { qualifications: true },
  },
} satisfies Partial<Record<MetricId, MetricDef>>;
