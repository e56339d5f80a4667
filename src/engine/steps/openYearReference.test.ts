/**
 * The year's opening against the one it replaced (kept below as the reference, word for word but for
 * comments), which worked out every entity's staffing gap after leavers even under a district quota,
 * where the pool's placement then overwrote the communities', and copied the base staff into 32-bit
 * counts with set (the households ahead, which it copied likewise, the building programme now writes
 * into the series itself). Two copies of the engine, one with the
 * reference in its place, project random scenarios — district quotas on and off, occupancy thresholds,
 * committee members counted, qualified base staff read and unread, staffed stations — and the demo;
 * every figure must be the same to the bit (Object.is).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { projectionDifferences } from '../../fixtures/projectionDifferences';
import { atLeast } from '../atLeast';
import { prepareCoverage } from '../coverage/prepare';
import { KIND_CODE, flatten, type Flat } from '../flatten';
import { positivePart } from '../positivePart';
import type { Counts, Series, Values } from '../projection';
import { round } from '../round';
import type { Run } from '../runState';
import type { Scenario } from '../scenario';
import { districtQuota, quotaLevelIn } from '../staffQuota';
import { householdsAfter } from './population';
import { openPool, placePool, type Pool } from './pooledHires';
import { spaceTable, staffTable, type SpaceTable } from './requirements';
import { spaceRuleIn, staffRuleIn } from './requirementTerms';
import { takeWhole } from './staffing';

// ---- the reference: the year's opening as it was ----

const URBAN_NEW = KIND_CODE.urbanNew;
const RURAL = KIND_CODE.rural;

type Year = Pick<Series, 'households' | 'residents' | 'established' | 'staffRequired' | 'spaceRequired' | 'space' | 'spaceCompleted' | 'inPost' | 'leavers' | 'certified' | 'bachelor'>;

function openYear(run: Run, y: number): void {
  const { flat, series, years, baseYear, params } = run;
  const { nCommunities: nc, nDistricts: nd, nEntities: n, entities, base } = flat;
  const o = y * n;
  const cut = <T extends Values>(a: T, from: number): T => a.subarray(from, from + n) as T;
  const now: Year = {
    households: cut(series.households, o),
    residents: cut(series.residents, o),
    established: cut(series.established, o),
    staffRequired: cut(series.staffRequired, o),
    spaceRequired: cut(series.spaceRequired, o),
    space: cut(series.space, o),
    spaceCompleted: cut(series.spaceCompleted, o),
    inPost: cut(series.inPost, o),
    leavers: cut(series.leavers, o),
    certified: cut(series.certified, o),
    bachelor: cut(series.bachelor, o),
  };
  const last = y === 0 ? null : o - n;
  const k = years[y] - baseYear;
  const from = run.scratch.householdsFrom;
  if (from < 0 || k < from) growHouseholds(now.households, base, k, nc);
  const byDistrict = quotaLevelIn(params, y) === 'district';
  const { shareSums, ratio } = run.byDistrict;
  const minimum = staffTable(staffRuleIn(params, run.districtParams, y), nd, ratio);
  const spaceRule = spaceTable(spaceRuleIn(params, y));
  const streetPosts = [0, params['staffing.streetPostsClass1']?.[y] ?? null, params['staffing.streetPostsClass2']?.[y] ?? null, params['staffing.streetPostsClass3']?.[y] ?? null];
  openStations(flat, now, spaceRule, streetPosts);
  const occupancy = params['community.establishOccupancy']?.[y] ?? null;
  const wasEstablished = last === null ? null : series.established.subarray(last, last + nc);
  shareSums.fill(0);
  const pool = byDistrict ? openPool(nc, nd) : null;
  const listed = required(flat, now, wasEstablished, occupancy ?? 0, occupancy !== null, { ratio, minimum, shareSums, pool }, spaceRule);
  if (pool !== null) pool.size = listed;
  complete(now.space, last === null ? base.space : series.space.subarray(last, last + n), now.spaceCompleted, run.pending, n);
  const rate = run.scenario.plan.hiring.attritionRate;
  const withCommittee = params['staffing.countCommitteeMembers']?.[y] === 1;
  const qualified = !run.unread.qualifications;
  leave(now, last === null ? baseStaff(now, base, n, qualified) : lastYear(series, last, n), run.carry, rate, run.gap, withCommittee ? entities.committee : null, nc, qualified);
  const quota = run.quotas.subarray(y * nd, (y + 1) * nd);
  for (let d = 0; d < nd; d++) quota[d] = byDistrict ? districtQuota(shareSums[d]) : 0;
  if (pool === null) return;
  placePool(pool, entities.district, now.staffRequired.subarray(0, nc) as Float64Array, quota, now.inPost, withCommittee ? entities.committee : null, run.gap);
}

type Staff = Pick<Year, 'inPost' | 'certified' | 'bachelor'>;

const lastYear = (series: Series, last: number, n: number): Staff => ({
  inPost: series.inPost.subarray(last, last + n),
  certified: series.certified.subarray(last, last + n),
  bachelor: series.bachelor.subarray(last, last + n),
});

function baseStaff(now: Year, base: Flat['base'], n: number, qualified: boolean): Staff {
  now.inPost.set(base.inPost.subarray(0, n));
  if (!qualified) return now;
  now.certified.set(base.certified.subarray(0, n));
  now.bachelor.set(base.bachelor.subarray(0, n));
  return now;
}

function growHouseholds(households: Counts, base: Flat['base'], k: number, nc: number): void {
  const { households: h0, growth, dwellings } = base;
  for (let e = 0; e < nc; e++) households[e] = householdsAfter(h0[e], growth[e], dwellings[e], k);
}

function openStations({ nCommunities: nc, nStreets: ns, nEntities: n, entities }: Flat, now: Year, spaceRule: SpaceTable, streetPosts: (number | null)[]): void {
  const { established, households, residents, staffRequired, spaceRequired } = now;
  for (let e = nc; e < n; e++) {
    const isStreet = e < nc + ns;
    established[e] = 1;
    households[e] = 0;
    residents[e] = 0;
    staffRequired[e] = isStreet ? (streetPosts[entities.streetClass[e]] ?? 0) : 0;
    spaceRequired[e] = isStreet ? spaceRule.street : spaceRule.district;
  }
}

interface StaffTerms {
  ratio: Float64Array;
  minimum: Float64Array;
    shareSums: Float64Array;
    pool: Pool | null;
}

function required(
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
  let size = 0;
  let sorted = true;
  for (let e = 0, lastDistrict = 0; e < nc; e++) {
    const h = households[e];
    const r = h0[e] > 0 ? round((r0[e] * h) / h0[e]) : r0[e];
    residents[e] = r;
    const s = street[e];
    const d = district[e];
    households[s] += h;
    households[firstDistrict + d] += h;
    residents[s] += r;
    residents[firstDistrict + d] += r;
    const kd = kind[e];
    const dw = dwellings[e];
    const waits = +(kd === URBAN_NEW) & occ & +(Math.abs(dw) < Infinity);
    const stands = (waits ^ 1) | (wasEstablished !== null ? wasEstablished[e] : 0) | +(h >= occupancy * dw);
    established[e] = stands;
    if (stands === 0) {
      staffRequired[e] = 0;
      spaceRequired[e] = 0;
      continue;
    }
    const rural = kd === RURAL ? 1 : 0;
    const perWorker = ratio[rural * nd + d];
    if (byDistrict) {
      const share = atLeast(perWorker <= 0 ? 0 : h / perWorker, minimum[rural]);
      staffRequired[e] = share;
      shareSums[d] += share;
      if (share > 0) {
        if (d < lastDistrict) sorted = false;
        lastDistrict = d;
        members![size++] = e;
        start![d + 1]++;
      }
    } else staffRequired[e] = atLeast(Math.ceil(positivePart(perWorker <= 0 ? 0 : h / perWorker) - 1e-9), minimum[rural]);
    spaceRequired[e] = atLeast((perHundred[kd] * h) / 100, spaceMinimum[kd]) + supermarket;
  }
  return sorted ? size : -1;
}

function complete(space: Float64Array, before: Float64Array, completed: Float64Array, pending: Float64Array, n: number): void {
  for (let e = 0; e < n; e++) {
    const done = completed[e];
    pending[e] -= done;
    space[e] = before[e] + done;
  }
}

function leave(
  now: Year,
  before: Staff,
  carry: Run['carry'],
  rate: number,
  gap: Float64Array,
  committee: Float64Array | null,
  nc: number,
  qualified: boolean,
): void {
  const { leavers, inPost, certified, bachelor, established, staffRequired } = now;
  const { leave: carryLeave, certLeave, bachLeave } = carry;
  const prevInPost = before.inPost;
  const prevCertified = before.certified;
  const prevBachelor = before.bachelor;
  for (let e = 0; e < inPost.length; e++) {
    const prev = prevInPost[e];
    const left = Math.min(prev, takeWhole(carryLeave, e, prev * rate));
    leavers[e] = left;
    const staying = prev - left;
    inPost[e] = staying;
    if (qualified) {
      const prevCert = prevCertified[e];
      certified[e] = Math.min(staying, prevCert - Math.min(prevCert, takeWhole(certLeave, e, prevCert * rate)));
      const prevBach = prevBachelor[e];
      bachelor[e] = Math.min(staying, prevBach - Math.min(prevBach, takeWhole(bachLeave, e, prevBach * rate)));
    }
    const counted = staying + (committee !== null && e < nc ? committee[e] : 0);
    gap[e] = established[e] === 1 ? positivePart(staffRequired[e] - counted) : 0;
  }
}

// ---- the two engines ----

const { project } = await import('../project');
vi.resetModules();
vi.doMock('./openYear', () => ({ openYear }));
const { project: referenceProject } = await import('../project');
afterAll(() => {
  vi.doUnmock('./openYear');
});

function compare(s: Scenario, qualificationsUnread: boolean): void {
  const run = (p: typeof project) => p(s, {}, { flat: flatten(s.city), prep: prepareCoverage(s), unread: { qualifications: qualificationsUnread, costLines: [] } });
  expect(projectionDifferences(run(project), run(referenceProject))).toEqual([]);
}

/** arbMoneyBinding with the opening's own levers drawn: the quota's level, an occupancy threshold, committee members counted, qualified base staff. */
const arbOpening = fc
  .record({
    s: arbMoneyBinding,
    quota: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
    occupancy: fc.option(fc.constantFrom(0, 0.3, 0.5, 1), { nil: undefined }),
    committee: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
    members: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
    qualified: fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 })), { minLength: 12, maxLength: 12 }),
    unread: fc.boolean(),
  })
  .map(({ s, quota, occupancy, committee, members, qualified, unread }) => {
    const overrides = {
      ...s.ruleSet.overrides,
      ...(quota !== undefined && { 'staffing.quotaByDistrict': quota }),
      ...(occupancy !== undefined && { 'community.establishOccupancy': occupancy }),
      ...(committee !== undefined && { 'staffing.countCommitteeMembers': committee }),
    };
    let k = 0;
    const districts = s.city.districts.map((d) => ({
      ...d,
      streets: d.streets.map((st) => ({
        ...st,
        communities: st.communities.map((c) => {
          const [certified, bachelor] = qualified[k];
          const staff = { ...c.staff, certified: Math.min(certified, c.staff.inPost), bachelor: Math.min(bachelor, c.staff.inPost) };
          return { ...c, staff, committeeMembers: members[k++] };
        }),
      })),
    }));
    const scenario: Scenario = { ...s, city: { ...s.city, districts }, ruleSet: { ...s.ruleSet, overrides } };
    return { scenario, unread };
  });

describe("the year's opening", () => {
  it('gives every figure of the reference opening on random scenarios', () => {
    const seen = { quota: 0, committee: 0, unread: 0 };
    fc.assert(
      fc.property(arbOpening, ({ scenario, unread }) => {
        compare(scenario, unread);
        const { overrides } = scenario.ruleSet;
        if (overrides?.['staffing.quotaByDistrict'] === 1 || (overrides?.['staffing.quotaByDistrict'] === undefined && scenario.ruleSet.id === 'GOV2020')) seen.quota++;
        if (overrides?.['staffing.countCommitteeMembers'] === 1) seen.committee++;
        if (unread) seen.unread++;
      }),
      { numRuns: 600 },
    );
    // The scenarios reached what they are meant to: district quotas, committee members counted, qualifications unread.
    expect(seen.quota).toBeGreaterThan(150);
    expect(seen.committee).toBeGreaterThan(100);
    expect(seen.unread).toBeGreaterThan(150);
  });

  it('gives every figure of the reference opening on the demo, by district and by community, qualifications read and unread', () => {
    for (const quota of [undefined, 0, 1]) {
      const demo = demoScenario();
      const s: Scenario = quota === undefined ? demo : { ...demo, ruleSet: { ...demo.ruleSet, overrides: { ...demo.ruleSet.overrides, 'staffing.quotaByDistrict': quota } } };
      compare(s, false);
      compare(s, true);
    }
  });
});
