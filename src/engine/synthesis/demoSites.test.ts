/**
 * The demo (800 communities, 十五五 2026–2030) with every target chosen and every lever free —
 * recruitment capacity, building starts, the city's and district's budgets and facility sites
 * (suggested, as the demo lists no candidate sites) — gives a plan the engine verifies, the life
 * circle's 90% in 2030 (GOV2020-4b) among its targets. 5–15 s on this two-core machine (the WebAssembly runtime warms up in the first solve).
 */
import loadHighs from 'highs';
import { expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { runScenario } from '../run';
import { highsSolver } from './highsSolver';
import { RELATIVE_GAP } from './options';
import { synthesize } from './synthesize';

it('the demo with every target and every lever free, sites included, is verified by the engine', async () => {
  const s = demoScenario();
  const r = synthesize(s, highsSolver(await loadHighs()), { freeHiring: true, freeSites: true });
  expect(r.status).toBe('accepted');
  expect(r.unmodelled).toEqual([]);
  expect(r.plan!.sites.length).toBeGreaterThan(0);
  // the sites are rounded from the LP relaxation: the plan is proved within RELATIVE_GAP of the best the programme allows
  expect(r.gap).toBeGreaterThanOrEqual(0);
  expect(r.gap!).toBeLessThanOrEqual(RELATIVE_GAP * r.cost!);
  const again = runScenario(r.scenario!);
  expect(again.verdicts.map((v) => [v.targetId, v.met])).toEqual(s.targets.map((t) => [t.id, true]));
}, 300_000);

// 377 of the demo's 800 communities count in 2030; 90% asks for 720, so 343 more, from 423 that could.
// No wall-clock limit decides the answer: the sites are the LP's rounded up and searched (siteSearch.ts),
// so the same scenario always gets the same plan, and the LP's bound gives the gap stated.
it('the demo with 90% of communities covered in 2030 and sites free answers in seconds, verified, with its gap', async () => {
  const s = demoScenario();
  const life = s.targets.find((t) => t.metric === 'coverage.all5')!;
  s.targets = [{ ...life, id: 'communities-2030', metric: 'coverageCommunities.all5' }];
  const solver = highsSolver(await loadHighs());
  const r = synthesize(s, solver, { freeHiring: true, freeSites: true });
  expect(r.status).toBe('accepted');
  expect(r.gap).toBeGreaterThan(0);
  expect(r.gap!).toBeLessThan(r.cost!);
  const again = runScenario(r.scenario!);
  const communities = again.projection.coverage!.city.all5;
  expect(communities.coveredCommunities.at(-1)! / communities.communities.at(-1)!).toBeGreaterThanOrEqual(0.9);
  expect(again.verdicts.map((v) => v.met)).toEqual([true]);
  const twice = synthesize(s, solver, { freeHiring: true, freeSites: true });
  expect([twice.cost, twice.gap, twice.plan!.sites.length]).toEqual([r.cost, r.gap, r.plan!.sites.length]);
}, 300_000);
