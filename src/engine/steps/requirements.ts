/** What the rule set requires of every entity in a year: workers and floor space. */
import { LEVEL } from '../projection';
import { KIND_CODE } from '../flatten';
import type { Run } from '../runState';

// Read once: a property lookup per entity adds up over a national sweep.
const COMMUNITY = LEVEL.community;
const STREET = LEVEL.street;

const p = (run: Run, key: string, y: number) => run.params[key]?.[y] ?? null;

/** NJ2007-15 / GOV2020-3a / YX2008-5: max(minimum, ⌈households / households per worker⌉). */
export function workersRequired(households: number, perWorker: number | null, minimum: number | null): number {
  const byRatio = perWorker === null || perWorker <= 0 ? 0 : Math.ceil(households / perWorker - 1e-9);
  return Math.max(minimum ?? 0, byRatio);
}

/** NJ2007-18 / GOV2020-4 / NT2011-5c: max(minimum for the kind, m² per 100 households × households / 100). */
export function spaceRequiredFor(households: number, minimum: number | null, perHundred: number | null): number {
  return Math.max(minimum ?? 0, ((perHundred ?? 0) * households) / 100);
}

export function stepRequirements(run: Run, y: number): void {
  const { flat, series } = run;
  const { nEntities: n, entities } = flat;
  const o = y * n;
  const perWorker = p(run, 'staffing.householdsPerWorker', y);
  const minWorkers = p(run, 'staffing.minPerCommunity', y);
  const perHundred = p(run, 'space.perHundredHouseholds', y);
  const minByKind = [p(run, 'space.minUrbanExisting', y), p(run, 'space.minUrbanNew', y), p(run, 'space.minRural', y)];
  const streetPosts = [0, p(run, 'staffing.streetPostsClass1', y), p(run, 'staffing.streetPostsClass2', y), p(run, 'staffing.streetPostsClass3', y)];
  const streetCentre = p(run, 'space.streetCentreMin', y);
  const districtCentre = p(run, 'space.districtCentreMin', y);
  const { staffRequired, spaceRequired, households, established } = series;
  for (let e = 0; e < n; e++) {
    const i = o + e;
    const level = entities.level[e];
    if (level === COMMUNITY) {
      if (established[i] === 0) {
        staffRequired[i] = 0;
        spaceRequired[i] = 0;
        continue;
      }
      staffRequired[i] = workersRequired(households[i], perWorker, minWorkers);
      const min = minByKind[entities.kind[e]] ?? minByKind[KIND_CODE.urbanExisting];
      spaceRequired[i] = spaceRequiredFor(households[i], min, perHundred);
    } else if (level === STREET) {
      staffRequired[i] = streetPosts[entities.streetClass[e]] ?? 0; // CS2010-6a
      spaceRequired[i] = streetCentre ?? 0; // NJ2007-18c, NT2011-5b
    } else {
      staffRequired[i] = 0;
      spaceRequired[i] = districtCentre ?? 0; // NJ2007-18d, NT2011-5a
    }
  }
}
