/** What the rule set requires of every entity in a year: workers and floor space. */
import { LEVEL } from '../projection';
import { KIND_CODE } from '../flatten';
import type { ParamKey } from '../params';
import type { Run } from '../runState';
import { districtQuota, quotaLevelIn } from '../staffQuota';

// Read once: a property lookup per entity adds up over a national sweep.
const COMMUNITY = LEVEL.community;
const STREET = LEVEL.street;
const RURAL = KIND_CODE.rural;

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
 * The floor-space rules in force in a year, read once for all entities, as plain numbers (a rule the
 * year lacks counts 0): the per-entity call below then stays small enough to be inlined into the loops
 * over a national city, instead of boxing each result.
 */
export interface SpaceRule {
  /** per community kind: the minimum (an urban new community falls back to existing ones' when it has none) */
  min: Float64Array;
  /** per community kind: m² per 100 households; villages' own ratio, since the urban one reaches them only where the document says so (NJ2007-18b does not) */
  perHundred: Float64Array;
  /** m² every community adds on top, such as NT2011-6's service supermarket */
  supermarket: number;
  streetCentre: number;
  districtCentre: number;
}

export function spaceRuleIn(run: Run, y: number): SpaceRule {
  const existing = p(run, 'space.minUrbanExisting', y);
  const urban = p(run, 'space.perHundredHouseholds', y) ?? 0;
  return {
    min: Float64Array.of(existing ?? 0, p(run, 'space.minUrbanNew', y) ?? existing ?? 0, p(run, 'space.minRural', y) ?? 0),
    perHundred: Float64Array.of(urban, urban, p(run, 'space.perHundredHouseholdsRural', y) ?? 0), // GOV2020-4, NT2011-5c
    supermarket: p(run, 'space.serviceSupermarket', y) ?? 0,
    streetCentre: p(run, 'space.streetCentreMin', y) ?? 0, // NJ2007-18c, NT2011-5b
    districtCentre: p(run, 'space.districtCentreMin', y) ?? 0, // NJ2007-18d, NT2011-5a
  };
}

/**
 * Floor space an established entity needs under a year's rule, given its households: a community's
 * centre (spaceRequiredFor) and its supermarket. A village has only its own rules (NJ2007-18a's 300 m²
 * is for residents' committees, 18e's 600 m² for villages).
 */
export function spaceNeeded(rule: SpaceRule, level: number, kind: number, households: number): number {
  if (level === COMMUNITY) return spaceRequiredFor(households, rule.min[kind], rule.perHundred[kind]) + rule.supermarket;
  return level === STREET ? rule.streetCentre : rule.districtCentre;
}

export function stepRequirements(run: Run, y: number): void {
  const { flat, series } = run;
  const { nEntities: n, entities } = flat;
  const o = y * n;
  const perWorker = p(run, 'staffing.householdsPerWorker', y);
  // GOV2020-3a lets each district choose its ratio within 300–400: a district's own value wins.
  const perWorkerOf = run.districtParams['staffing.householdsPerWorker']?.values;
  const minWorkers = p(run, 'staffing.minPerCommunity', y);
  const minRural = p(run, 'staffing.minPerRuralCommunity', y) ?? minWorkers;
  // GOV2020-3a's standard is for urban communities: a village then has only its own minimum, if any.
  const perWorkerRural = p(run, 'staffing.ratioUrbanOnly', y) === 1 ? null : perWorker;
  const byDistrict = quotaLevelIn(run.params, y) === 'district';
  const shareSums = byDistrict ? new Float64Array(flat.nDistricts) : null;
  const rule = spaceRuleIn(run, y);
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
      const rural = entities.kind[e] === RURAL;
      // GOV2020-3a lets each district choose its ratio within 300–400: a district's own value wins.
      const ratio = perWorkerOf?.[entities.district[e]][y] ?? perWorker;
      const per = rural ? (perWorkerRural === null ? null : ratio) : ratio;
      const min = rural ? minRural : minWorkers;
      staffRequired[i] = shareSums ? workerShare(households[i], per, min) : workersRequired(households[i], per, min);
      if (shareSums) shareSums[entities.district[e]] += staffRequired[i];
    } else {
      staffRequired[i] = level === STREET ? (streetPosts[entities.streetClass[e]] ?? 0) : 0; // CS2010-6a
    }
    spaceRequired[i] = spaceNeeded(rule, level, entities.kind[e], households[i]);
  }
  const firstDistrict = flat.nCommunities + flat.nStreets;
  for (let d = 0; d < flat.nDistricts; d++) staffQuota[o + firstDistrict + d] = shareSums ? districtQuota(shareSums[d]) : 0;
}
