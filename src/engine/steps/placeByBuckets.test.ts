/**
 * The district quota's workers placed by counting places in buckets (placeByBuckets.ts) go where one
 * at a time they would, and where the counts cannot decide they leave it to the water level and the
 * heap (pooledHires.ts): figures of whole runs are those of runs that never count, to the last bit.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { generateCity } from '../../fixtures/demo/generateCity';
import { oneAtATime } from '../../fixtures/oneAtATime';
import { exactJson, projectionDifferences } from '../../fixtures/projectionDifferences';
import { createRandom } from '../random';
import { runScenario } from '../run';
import { RULE_SET_IDS } from '../policyLibrary';
import type { Scenario } from '../scenario';
import { placeDistrictGaps } from './pooledHires';

/** off: the counts never decide (every district as before them); decided: districts they placed. */
const force = vi.hoisted(() => ({ off: false, decided: 0 }));
vi.mock('./placeByBuckets', async (original) => {
  const real = await original<typeof import('./placeByBuckets')>();
  return {
    ...real,
    // With none missing the counts place nothing, and are cleared as every call clears them.
    placeByBuckets: (...args: Parameters<typeof real.placeByBuckets>) => {
      if (force.off) args[4] = 0;
      const placed = real.placeByBuckets(...args);
      force.decided += +placed;
      return placed;
    },
  };
});

/** One district of members 0 … n − 1, each with the share and workers given; the gaps placed. */
function place(share: number[], inPost: number[], quota: number): number[] {
  const n = share.length;
  const gap = new Float64Array(n);
  placeDistrictGaps(1, new Int32Array(n), Float64Array.from(share), new Uint8Array(n).fill(1), Float64Array.of(quota), Float64Array.from(inPost), null, gap);
  return [...gap];
}

/** Runs of s with the counts on and off: where their figures differ. */
function differences(s: Scenario): string[] {
  force.off = true;
  let before;
  try {
    before = runScenario(s);
  } finally {
    force.off = false;
  }
  const now = runScenario(s);
  const out = projectionDifferences(now.projection, before.projection, 5);
  if (exactJson(now.verdicts) !== exactJson(before.verdicts)) out.push('verdicts differ');
  return out;
}

const withRules = (s: Scenario, id: string, overrides: Record<string, number>): Scenario => ({ ...s, ruleSet: { ...s.ruleSet, id, overrides: { ...s.ruleSet.overrides, ...overrides } } });

describe('placing a district quota by counting places', () => {
  it('compares places a whole unit apart, from members at different depths, within the level', () => {
    // Buckets are 1/64 wide. Deficits 1.51, 2.505, 1.5 (none in post): 2.505 is alone above 2, then
    // 1.51, 2.505 − 1 = 1.505 and 1.5 all lie in [1.5, 1.515625). Three missing: 2.505, 1.51, 1.505.
    force.decided = 0;
    expect(place([1.51, 2.505, 1.5], [0, 0, 0], 3)).toEqual([1, 2, 0]);
    // Equal places at the level: 2.5, then 1.5 three times (members 0, 1 once more, 2), the lower first.
    expect(place([1.5, 2.5, 1.5], [0, 0, 0], 3)).toEqual([1, 2, 0]);
    expect(force.decided).toBe(2);
  });

  it('leaves a level at −0.5 to the water level, where a place one worker lower rounds onto it', () => {
    // Deficits 0.5 − 2⁻⁵⁴ and 0.5 − 1 = −0.5; counted 1, quota 3: two missing. The first takes member 0's
    // place; its next, −0.5 − 2⁻⁵⁴ exactly, lies halfway between −0.5 and −0.5 − 2⁻⁵³ and rounds to
    // even, −0.5: a tie with member 1, which the lower position wins. Counted exactly it would lose.
    force.decided = 0;
    expect(place([0.5 - 2 ** -54, 0.5], [0, 1], 3)).toEqual([2, 0]);
    expect(force.decided).toBe(0);
  });

  it('agrees value for value with one-at-a-time placement, and decides most districts where workers are missing', () => {
    // Deficits on a 1/64 grid (each bucket's edge), a quarter grid, whole, real, and a few a step off a
    // grid point; levels from below −0.5 to several units down from the top, with committee members.
    force.decided = 0;
    let missing = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const r = createRandom(500 + seed);
      const n = 1 + Math.floor(r.next() * (seed % 4 === 0 ? 600 : 60));
      const nd = 1 + Math.floor(r.next() * 3);
      const district = Int32Array.from({ length: n }, (_, e) => Math.floor((e * nd) / n));
      const grid = [64, 4, 1, 0][seed % 4];
      const off = seed % 5 === 0 ? 2 ** -52 : 0;
      const share = Float64Array.from({ length: n }, () => (grid ? Math.ceil(r.next() * 7 * grid) / grid : 0.1 + r.next() * 7) + (r.next() < 0.2 ? off : 0));
      const established = Uint8Array.from({ length: n }, () => (r.next() < 0.05 ? 0 : 1));
      const inPost = Float64Array.from({ length: n }, () => Math.floor(r.next() * 8));
      const committee = seed % 3 === 0 ? Float64Array.from({ length: n }, () => Math.floor(r.next() * 2)) : null;
      const counted = committee ? inPost.map((w, e) => w + committee[e]) : inPost;
      const held = new Float64Array(nd);
      counted.forEach((c, e) => (held[district[e]] += c));
      const quota = Float64Array.from(held, (h) => Math.max(0, Math.round(h + (r.next() - 0.4) * 2 * n)));
      const gap = new Float64Array(n);
      placeDistrictGaps(nd, district, share, established, quota, inPost, committee, gap);
      const want = oneAtATime(district, share, established, quota, counted);
      for (let e = 0; e < n; e++) expect(Object.is(gap[e], want[e]), `seed ${seed}, community ${e}: ${gap[e]} for ${want[e]}`).toBe(true);
      missing += quota.filter((q, d) => q > held[d]).length;
    }
    expect(force.decided).toBeGreaterThan(missing / 2);
  });

  it('gives every figure of runs that never count, on random scenarios with and without a quota, committee members counted or not', () => {
    force.decided = 0;
    fc.assert(
      fc.property(fc.oneof(arbScenario, arbMoneyBinding), fc.constantFrom(0, 1), fc.constantFrom(0, 1), (s, quota, committee) => {
        expect(differences(withRules(s, s.ruleSet.id, { 'staffing.quotaByDistrict': quota, 'staffing.countCommitteeMembers': committee }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(force.decided).toBeGreaterThan(100);
  });

  it('gives every figure of runs that never count on generated cities under every rule set', () => {
    const demo = demoScenario();
    force.decided = 0;
    RULE_SET_IDS.forEach((id, k) => {
      const city = generateCity({ seed: 40 + k, districts: 1 + k, streetsPerDistrict: 4, communitiesPerStreet: 5 + 20 * k, baseYear: demo.horizon.baseYear });
      const s: Scenario = { ...demo, city, plan: { ...demo.plan, facilities: undefined, building: { ...demo.plan.building, projects: [] } }, targets: demo.targets.filter((t) => t.scope?.district === undefined && !t.metric.startsWith('coverage')) };
      for (const committee of [0, 1]) expect(differences(withRules(s, id, { 'staffing.quotaByDistrict': 1, 'staffing.countCommitteeMembers': committee })), `${id} ${committee}`).toEqual([]);
    });
    expect(force.decided).toBeGreaterThan(50);
  });
});
