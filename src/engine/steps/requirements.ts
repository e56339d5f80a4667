/** What the rule set requires of every entity in a year: workers and floor space. */
import { LEVEL } from '../projection';
import { KIND_CODE } from '../flatten';
import type { ParamKey } from '../params';
import type { Run } from '../runState';
import { districtQuota, quotaLevelIn } from '../staffQuota';
import { minimumFor, perHundredFor, ratioFor, spaceMinimumKind, spaceRuleIn, staffRuleIn, type SpaceRule, type StaffRule } from './requirementTerms';

// Read once: a property lookup per entity adds up over a national sweep.
const COMMUNITY = LEVEL.community;
const STREET = LEVEL.street;
const RURAL = KIND_CODE.rural;
const KINDS = Object.values(KIND_CODE);

const p = (run: Run, key: ParamKey, y: number) => run.params[key]?.[y] ?? null;

/** NJ2007-15 / GOV2020-3a / YX2008-5: max(minimum, ⌈households / households per worker⌉). */
export function workersRequired(households: number, perWorker: number | null, minimum: number | null): number {
  return Math.max(minimum ?? 0, Math.ceil(workerShare(households, perWorker, null) - 1e-9));
}

/**
 * GOV2020-3a under county-level total management: a community's share of its district's quota,
 * max(minimum, households / households per worker), not rounded (the district total is).
 */
export function workerShare(households: number, perWorker: number | null, minimum: number | null): number {
  return Math.max(minimum ?? 0, perWorker === null || perWorker <= 0 ? 0 : households / perWorker);
}

/** NJ2007-18 / GOV2020-4 / NT2011-5c: max(minimum for the kind, m² per 100 households × households / 100). */
export function spaceRequiredFor(households: number, minimum: number | null, perHundred: number | null): number {
  return Math.max(minimum ?? 0, ((perHundred ?? 0) * households) / 100);
}

/**
 * Floor space an established entity needs under a year's rule, given its households: a community's centre
 * and its supermarket. The rule's terms are read once, per kind, so the function asked of every entity
 * of a national city looks nothing up.
 */
export function spaceNeed(rule: SpaceRule): (level: number, kind: number, households: number) => number {
  const minimum = KINDS.map((kind) => rule.minByKind[spaceMinimumKind(rule, kind)]);
  const perHundred = KINDS.map((kind) => perHundredFor(rule, kind));
  const { supermarket } = rule;
  const street = rule.streetCentre ?? 0;
  const district = rule.districtCentre ?? 0;
  return (level, kind, households) => {
    if (level === COMMUNITY) return spaceRequiredFor(households, minimum[kind], perHundred[kind]) + supermarket;
    return level === STREET ? street : district;
  };
}

/**
 * Workers a community's households call for under a year's rule (its share of the district quota where
 * the quota is set per district), with the ratio and minimum read once per district and kind.
 */
function staffNeed(rule: StaffRule, nDistricts: number, share: boolean): (rural: boolean, district: number, households: number) => number {
  const districts = Array.from({ length: nDistricts }, (_, d) => d);
  const ratio = [districts.map((d) => ratioFor(rule, false, d)), districts.map((d) => ratioFor(rule, true, d))];
  const minimum = [minimumFor(rule, false), minimumFor(rule, true)];
  const need = share ? workerShare : workersRequired;
  return (rural, district, households) => {
    const r = rural ? 1 : 0;
    return need(households, ratio[r][district], minimum[r]);
  };
}

export function stepRequirements(run: Run, y: number): void {
  const { flat, series } = run;
  const { nEntities: n, entities } = flat;
  const o = y * n;
  const byDistrict = quotaLevelIn(run.params, y) === 'district';
  const staffNeeded = staffNeed(staffRuleIn(run.params, run.districtParams, y), flat.nDistricts, byDistrict);
  const shareSums = byDistrict ? new Float64Array(flat.nDistricts) : null;
  const spaceNeeded = spaceNeed(spaceRuleIn(run.params, y));
  const streetPosts = [0, p(run, 'staffing.streetPostsClass1', y), p(run, 'staffing.streetPostsClass2', y), p(run, 'staffing.streetPostsClass3', y)];
  const { staffRequired, staffQuota, spaceRequired, households, established } = series;
  for (let e = 0; e < n; e++) {
    const i = o + e;
    const level = entities.level[e];
    if (level === COMMUNITY) {
      if (established[i] === 0) {
        staffRequired[i] = 0;
        spaceRequired[i] = 0;
        continue;
      }
      staffRequired[i] = staffNeeded(entities.kind[e] === RURAL, entities.district[e], households[i]);
      if (shareSums) shareSums[entities.district[e]] += staffRequired[i];
    } else {
      staffRequired[i] = level === STREET ? (streetPosts[entities.streetClass[e]] ?? 0) : 0; // CS2010-6a
    }
    spaceRequired[i] = spaceNeeded(level, entities.kind[e], households[i]);
  }
  const firstDistrict = flat.nCommunities + flat.nStreets;
  for (let d = 0; d < flat.nDistricts; d++) staffQuota[o + firstDistrict + d] = shareSums ? districtQuota(shareSums[d]) : 0;
}
