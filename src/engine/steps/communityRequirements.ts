/**
 * What the rules require of each community in a year (the year's opening, openYear.ts): its residents
 * and its stations' sums where these are kept, whether it stands, and the workers and floor space it
 * needs, with the pool of a district quota listed.
 */
import { atLeast as atLeastExported } from '../atLeast';
import { KIND_CODE, type Flat } from '../flatten';
import { positivePart } from '../positivePart';
import type { Series } from '../projection';
import { round } from '../round';
import type { Pool } from './pooledHires';
import type { SpaceTable } from './requirements';

const URBAN_NEW = KIND_CODE.urbanNew;
const RURAL = KIND_CODE.rural;
// A module constant: an imported binding is read through its module cell, which optimised code tests
// (set yet? the same function?) at each call in the loop, every community.
const atLeast = atLeastExported;

/** The year's figures required reads and writes, cut to the year's entities; no residents where they are made when read (populationLater.ts). */
type Year = Pick<Series, 'households' | 'established' | 'staffRequired' | 'spaceRequired'> & { residents: Series['residents'] | null };

/** The staffing rule of the year: households per worker by class and district, each class's minimum, and whether a district quota sums the shares. */
export interface StaffTerms {
  ratio: Float64Array;
  minimum: Float64Array;
  /** per district: its communities' shares, added here under a district quota */
  shareSums: Float64Array;
  /** under a district quota, its pool (pooledHires.ts), listed here; else null */
  pool: Pool | null;
}

/**
 * Residents grow with households, and streets and districts show the households and residents of
 * their communities, added in the communities' order (unless these wait to be made when read: no step
 * reads them, populationLater.ts). Then whether each community stands: unless it is
 * a new estate still below the occupancy threshold, and once standing it stays. Then what the rules
 * require of it: workers (its share under a district quota, listing the pool's members) and floor space.
 * One loop, so each community's households and district are read once.
 *
 * Whether a community waits for occupancy, and whether its households put it above a minimum, follow
 * its kind and size, which no branch can guess over a city whose estates and villages of every size lie
 * among its other communities: both are worked out without one (`+(a === b)` flags; atLeast.ts for
 * Math.max in workerShare, workersRequired and spaceRequiredFor, requirements.ts), to the bit. The pool's
 * size is returned for the caller to set: code after a long loop first runs in the loop's optimised
 * (on-stack) code, which then has no type feedback for it and is left there on every call.
 */
export function required(
  { nCommunities: nc, nStreets: ns, nDistricts: nd, entities, base }: Flat,
  now: Year,
  wasEstablished: Uint8Array | null,
  occupancy: number,
  withOccupancy: boolean,
  { ratio, minimum, shareSums, pool }: StaffTerms,
  spaceRule: SpaceTable,
): number {
  const { households, residents, established, staffRequired, spaceRequired } = now;
  const { kind, district, street } = entities;
  const { dwellings, households: h0, residents: r0 } = base;
  const { minimum: spaceMinimum, perHundred, supermarket } = spaceRule;
  const firstDistrict = nc + ns;
  const byDistrict = pool !== null;
  const members = pool === null ? null : pool.members;
  const start = pool === null ? null : pool.start;
  const occ = withOccupancy ? 1 : 0;
  // As plain numbers: read in the loop, a parameter or property was tested for its type every community.
  const threshold = occupancy * 1;
  const extra = supermarket * 1;
  let size = 0;
  let sorted = true;
  const leastUrban = minimum[0];
  const leastRural = minimum[1];
  // The district's ratios, running share sum and pool count are kept in locals while its communities
  // come one after another: added to in memory, each community's addition waited for the last one's store.
  let at = 0;
  let sum = shareSums[0];
  let count = 0;
  let perUrban = ratio[0];
  let perRural = ratio[nd];
  for (let e = 0, lastDistrict = 0; e < nc; e++) {
    const h = households[e];
    const d = district[e];
    if (residents !== null) {
      const r = h0[e] > 0 ? round((r0[e] * h) / h0[e]) : r0[e];
      residents[e] = r;
      const s = street[e];
      households[s] += h;
      households[firstDistrict + d] += h;
      residents[s] += r;
      residents[firstDistrict + d] += r;
    }
    const kd = kind[e];
    const dw = dwellings[e];
    const waits = +(kd === URBAN_NEW) & occ & +(Math.abs(dw) < Infinity);
    const stands = (waits ^ 1) | (wasEstablished !== null ? wasEstablished[e] : 0) | +(h >= threshold * dw);
    established[e] = stands;
    if (stands === 0) {
      staffRequired[e] = 0;
      spaceRequired[e] = 0;
      continue;
    }
    if (d !== at) {
      if (byDistrict) {
        shareSums[at] = sum;
        start![at + 1] += count;
        sum = shareSums[d];
        count = 0;
      }
      at = d;
      perUrban = ratio[d];
      perRural = ratio[nd + d];
    }
    const rural = kd === RURAL;
    const perWorker = rural ? perRural : perUrban;
    const least = rural ? leastRural : leastUrban;
    if (byDistrict) {
      const share = atLeast(perWorker <= 0 ? 0 : h / perWorker, least);
      staffRequired[e] = share;
      sum += share;
      // inPool (staffQuota.ts): standing, with a share
      if (share > 0) {
        if (d < lastDistrict) sorted = false;
        lastDistrict = d;
        members![size++] = e;
        count++;
      }
    } else staffRequired[e] = atLeast(Math.ceil(positivePart(perWorker <= 0 ? 0 : h / perWorker) - 1e-9), least);
    spaceRequired[e] = atLeast((perHundred[kd] * h) / 100, spaceMinimum[kd]) + extra;
  }
  if (byDistrict) {
    shareSums[at] = sum;
    start![at + 1] += count;
  }
  return sorted ? size : -1;
}
