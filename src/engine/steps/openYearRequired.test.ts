/**
 * The year's opening works out establishment and requirements without branches
 * (communityRequirements.ts required, atLeast.ts). Every community's figures must be those the
 * reference rules give, to the bit: the establishment rule of GOV2020-2b as written, and workerShare,
 * workersRequired and spaceRequiredFor (requirements.ts) on the terms the explanations read
 * (requirementTerms.ts). The cities mix kinds, sizes from 0 to 6,000 households, estates with and
 * without dwellings, and minimums of 0, −0 and fractions, so each Math.max meets both signs of a zero
 * and both outcomes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { KIND_CODE } from '../flatten';
import { project } from '../project';
import type { Projection } from '../projection';
import type { Scenario } from '../scenario';
import { quotaLevelIn } from '../staffQuota';
import { spaceRequiredFor, workerShare, workersRequired } from './requirements';
import { minimumFor, perHundredFor, ratioFor, spaceMinimumKind, spaceRuleIn, staffRuleIn } from './requirementTerms';

const arbCommunity = (i: number) =>
  fc
    .record({
      households: fc.oneof(fc.integer({ min: 0, max: 6000 }), fc.constantFrom(0, -0, 1000, 1750)),
      growth: fc.double({ min: -0.5, max: 1, noNaN: true }),
      kind: fc.constantFrom('urbanExisting' as const, 'urbanNew' as const, 'rural' as const),
      dwellings: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: undefined }),
    })
    .map((c) => community({ id: `C${i}`, ...c }));

const minimum = () => fc.option(fc.constantFrom(0, -0, 2.5, 5, 300, 600), { nil: undefined });
const arbOverrides = fc.record(
  {
    'staffing.householdsPerWorker': fc.constantFrom(0, 350, 333.3),
    'staffing.minPerCommunity': minimum(),
    'staffing.minPerRuralCommunity': minimum(),
    'staffing.quotaByDistrict': fc.constantFrom(0, 1),
    'staffing.ratioUrbanOnly': fc.constantFrom(0, 1),
    'community.establishOccupancy': fc.constantFrom(0, 0.5, 1),
    'space.minUrbanExisting': minimum(),
    'space.minUrbanNew': minimum(),
    'space.minRural': minimum(),
    'space.perHundredHouseholds': fc.constantFrom(0, -0, 30, 30.7),
    'space.serviceSupermarket': fc.constantFrom(0, -0, 100),
  },
  { requiredKeys: [] },
);

const arbCity = fc
  .record({
    ruleSet: fc.constantFrom('GOV2020', 'NJ2007', 'NT2011', 'YX2008'),
    overrides: arbOverrides,
    communities: fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbCommunity(i)))),
    districts: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ ruleSet, overrides, communities, districts }): Scenario => {
    const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
    const s = tinyCity([], { ruleSet, overrides: given, horizon: ruleSet === 'NJ2007' ? { baseYear: 2006, firstYear: 2007, lastYear: 2011 } : undefined });
    const d0 = s.city.districts[0];
    s.city.districts = Array.from({ length: districts }, (_, d) => ({
      ...d0,
      id: `D${d}`,
      name: `D${d}`,
      streets: [{ ...d0.streets[0], id: `S${d}`, name: `S${d}`, communities: communities.filter((_, i) => i % districts === d) }],
    }));
    return s;
  });

/** Each community-year whose establishment or requirement differs from the reference rules. */
function departures(p: Projection): string[] {
  const out: string[] = [];
  const { nCommunities: nc, nEntities: n, entities, base, series } = p;
  p.years.forEach((year, y) => {
    const staff = staffRuleIn(p.params, p.districtParams, y);
    const space = spaceRuleIn(p.params, y);
    const occupancy = p.params['community.establishOccupancy']?.[y] ?? null;
    const quota = quotaLevelIn(p.params, y) === 'district';
    for (let e = 0; e < nc; e++) {
      const i = y * n + e;
      const h = series.households[i];
      const kind = entities.kind[e];
      const waits = kind === KIND_CODE.urbanNew && occupancy !== null && Number.isFinite(base.dwellings[e]);
      const stood = y > 0 && series.established[i - n] === 1;
      const stands = !waits || stood || h >= occupancy * base.dwellings[e];
      const rural = kind === KIND_CODE.rural;
      const perWorker = ratioFor(staff, rural, entities.district[e]);
      const least = minimumFor(staff, rural);
      const workers = !stands ? 0 : quota ? workerShare(h, perWorker, least) : workersRequired(h, perWorker, least);
      const floor = !stands ? 0 : spaceRequiredFor(h, space.minByKind[spaceMinimumKind(space, kind)], perHundredFor(space, kind)) + space.supermarket;
      const got = [series.established[i], series.staffRequired[i], series.spaceRequired[i]];
      [stands ? 1 : 0, workers, floor].forEach((want, k) => {
        if (!Object.is(got[k], want)) out.push(`${year} C${e} ${['established', 'staffRequired', 'spaceRequired'][k]}: ${Object.is(got[k], -0) ? '-0' : got[k]}, not ${Object.is(want, -0) ? '-0' : want}`);
      });
    }
  });
  return out;
}

describe("the year's opening against the reference rules", () => {
  it('establishes and requires what GOV2020-2b, workerShare, workersRequired and spaceRequiredFor give, to the bit', () => {
    fc.assert(
      fc.property(arbCity, (s) => {
        expect(departures(project(s))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a −0 minimum against a community without households, as Math.max does', () => {
    // GOV2020 with a village minimum of −0 and no ratio for villages: max(−0, 0) = +0 workers; no
    // households and a −0 village space minimum: max(−0, 30 × 0 / 100 = +0) = +0 m².
    const s = tinyCity([community({ id: 'V', kind: 'rural', households: 0, residents: 0 })], {
      overrides: { 'staffing.minPerRuralCommunity': -0, 'staffing.ratioUrbanOnly': 1, 'space.minRural': -0, 'space.perHundredHouseholdsRural': 30 },
    });
    const p = project(s);
    expect(departures(p)).toEqual([]);
    expect(Object.is(p.series.staffRequired[0], 0) && Object.is(p.series.spaceRequired[0], 0)).toBe(true);
  });
});
