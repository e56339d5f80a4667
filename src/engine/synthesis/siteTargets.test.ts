/**
 * Facility sites for the coverage targets that are more than a share of residents: communities covered
 * (GOV2020-4b, CS2010-4; a community counts at 90% of its residents, coverage/defaults.ts) and
 * CASES-wuhai's service circles, each at its own minutes.
 */
import loadHighs from 'highs';
import { beforeAll, expect, it } from 'vitest';
import { facility, placed } from '../../fixtures/spatialCity';
import { SITE_CANDIDATES, siteCity } from '../../fixtures/siteCity';
import { synthesisCity, target } from '../../fixtures/synthesisCity';
import type { Projection } from '../projection';
import { runScenario } from '../run';
import type { Facility, FacilityType } from '../scenario';
import { highsSolver } from './highsSolver';
import type { Solver } from './model';
import { synthesize } from './synthesize';

let solver: Solver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

const OTHERS: FacilityType[] = ['sports', 'culture', 'service', 'medical'];
/** What the engine says the plan spends on facilities over the horizon, yuan. */
function facilityCost(p: Projection): number {
  const last = p.years[p.years.length - 1];
  return p.facilityCharges.reduce((sum, f) => sum + f.capitalCost + f.runningCost * (last - f.openingYear + 1), 0);
}

const market = (id: string, x: number, capitalCost: number): Facility => facility(id, 'market', x, 0, 2026, { capitalCost, runningCost: 100_000, payer: 'district' });

// Reach 1,000 m (10 min × 100 m, detour 1), 10 m cells. The four types besides the market stand at
// every community, so all five are within reach wherever a market is.
//   A (0, 0) 4,000 residents, one cell · C (2,000, 0) 500, one cell · D (6,000, 0) 500, one cell
//   B a 100 × 10 m block from x 3,000: ten cells, centres (3,005 … 3,095, 5), 100 residents each.
// Candidates (markets): KA (0, 0) reaches A alone; KBC (2,090, 0) reaches C (90 m) and B's cells up to
// 3,085 (√(995² + 5²) = 995 m), not 3,095 (1,005 m): 900 of B's 1,000, exactly 90%, which counts.
// Four communities; 50% asks for two. KA alone: A, one. KBC alone: B and C, two. Greedy by residents
// takes KA first (4,000 against 900 + 500 = 1,400) and then needs KBC too; the least cost is KBC alone,
// though KA costs half as much: 2,000,000 + 100,000 running in 2027, the target's year.
/** The four communities above, the other four types at each, and the two market candidates, KBC at x. */
function communityCity(kbcX: number) {
  const s = synthesisCity(
    [
      placed('A', 0, 0, 4000),
      placed('B', 3050, 5, 1000, { location: undefined, polygon: [[3000, 0], [3100, 0], [3100, 10], [3000, 10]] }),
      placed('C', 2000, 0, 500),
      placed('D', 6000, 0, 500),
    ],
    2027,
    { targets: [target('communities', 'coverageCommunities.all5', 0.5, 2027)] },
  );
  s.city.spatial = { crs: 'local', cellSize: 10, walk: { minutes: 10, speedMetresPerMinute: 100, detourFactor: 1 } };
  s.city.facilities = [[0, 0], [3050, 5], [2000, 0], [6000, 0]].flatMap(([x, y], k) => OTHERS.map((type) => facility(`O${k}-${type}`, type, x, y)));
  s.plan.candidateSites = [market('KA', 0, 1_000_000), market('KBC', kbcX, 2_000_000)];
  return s;
}

it('communities covered: the site that brings two small communities to 90%, not the one covering the big one', () => {
  const s = communityCity(2090);
  // nothing counts before: no market anywhere
  expect(runScenario(s).projection.coverage!.city.all5.coveredCommunities[1]).toBe(0);
  const r = synthesize(s, solver, { freeSites: true });
  expect(r.status).toBe('accepted');
  expect(r.modelled).toEqual(['communities']);
  expect(r.rounds).toBe(1);
  expect(r.plan!.sites.map((f) => [f.id, f.openingYear])).toEqual([['KBC', 2027]]);
  const after = runScenario(r.scenario!);
  expect(after.verdicts.every((v) => v.met)).toBe(true);
  expect(facilityCost(after.projection)).toBe(2_100_000);
  const all5 = after.projection.coverage!.city.all5;
  expect([all5.coveredCommunities[1], all5.communities[1]]).toEqual([2, 4]);
});

// KBC 10 m west, at (2,080, 0): B's cells up to 3,075 (995 m), eight of ten, 80% — B does not count,
// though 800 of its residents are covered. KBC alone: C, one community. Two need KA as well (A and C):
// 1,000,000 + 2,000,000 + 2 × 100,000 = 3,200,000.
it('communities covered: 80% of a community does not count, so both sites open', () => {
  const r = synthesize(communityCity(2080), solver, { freeSites: true });
  expect(r.status).toBe('accepted');
  expect(r.rounds).toBe(1);
  expect(r.plan!.sites.map((f) => [f.id, f.openingYear])).toEqual([['KA', 2027], ['KBC', 2027]]);
  const after = runScenario(r.scenario!);
  expect(after.verdicts.every((v) => v.met)).toBe(true);
  expect(facilityCost(after.projection)).toBe(3_200_000);
  expect(after.projection.coverage!.communityShare.all5[1 * 4 + 1]).toBeCloseTo(0.8, 12);
});

// siteCity's row (A 1,000 · B 2,000 · C 2,000 · D 1,000 at x 0, 1,500, 3,000, 4,500) with a five-minute
// market circle: 5 × 100 = 500 m. K1 (750) reaches A and B at the life circle's 1,000 m (3,000 = 50%
// for 2,000,000) but nothing at 500 m, nor do K2 and K3. Markets at the communities themselves reach
// their own: MA (0) A 1,000 for 1,000,000; MB (1,500) B 2,000 for 3,000,000; MC (3,000) C 2,000 for
// 2,500,000; MD (4,500) D 1,000 for 1,100,000. Half of 6,000 = 3,000 within five minutes; no one site
// reaches it (MB, MC 2,000). Pairs: MA + MD 2,000, short; MA + MC 3,000 for 3,500,000; MC + MD
// 3,600,000; MA + MB 4,000,000; MB + MD 4,100,000; MB + MC 5,500,000; any three cost more. MA + MC,
// both opening in 2027: 3,500,000 + 2 × 100,000 running = 3,700,000.
it('service circles: each circle’s own minutes decide which sites reach whom', () => {
  const s = siteCity(2027, 0.5);
  s.targets = [target('circles', 'coverage.serviceCircles', 0.5, 2027)];
  s.city.spatial!.serviceCircles = [{ id: 'M5', minutes: 5, types: ['market'] }];
  s.plan.candidateSites = [...SITE_CANDIDATES, market('MA', 0, 1_000_000), market('MB', 1500, 3_000_000), market('MC', 3000, 2_500_000), market('MD', 4500, 1_100_000)];
  const r = synthesize(s, solver, { freeSites: true });
  expect(r.status).toBe('accepted');
  expect(r.modelled).toEqual(['circles']);
  expect(r.plan!.sites.map((f) => [f.id, f.openingYear])).toEqual([['MA', 2027], ['MC', 2027]]);
  const after = runScenario(r.scenario!);
  expect(after.verdicts.every((v) => v.met)).toBe(true);
  expect(facilityCost(after.projection)).toBe(3_700_000);
  expect(after.projection.coverage!.circles[0].city.residentShare[1]).toBe(0.5);
});

// No candidate list: greedy suggests places for the circle, at its own 500 m (5 × 100, detour 1). The
// four communities are 1,500 m apart, so a place at a community's cell reaches it alone. Half of 6,000
// asks for two places, one of them B's or C's (2,000) — B 2,000 + A or D 1,000 = 3,000 — so greedy
// needs N = 2 and 3N = 6 asks for all four places. Every market costs the plan tab's estimate, so any
// two reaching 3,000 are the least: two markets, opening in 2027.
it('service circles with suggested sites: two markets within five minutes of half the residents', () => {
  const s = siteCity(2027, 0.5);
  s.targets = [target('circles', 'coverage.serviceCircles', 0.5, 2027)];
  s.city.spatial!.serviceCircles = [{ id: 'M5', minutes: 5, types: ['market'] }];
  s.plan.candidateSites = [];
  const r = synthesize(s, solver, { freeSites: true });
  expect(r.status).toBe('accepted');
  expect(r.plan!.sites.map((f) => [f.type, f.openingYear])).toEqual([['market', 2027], ['market', 2027]]);
  const after = runScenario(r.scenario!);
  expect(after.verdicts.every((v) => v.met)).toBe(true);
  expect(after.projection.coverage!.circles[0].city.residentShare[1]).toBeGreaterThanOrEqual(0.5);
});
