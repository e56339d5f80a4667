/**
 * Plan synthesis (最优方案) in the browser: on a two-community city, the solver finds the building
 * starts that meet the space target, the engine verifies them, the levers table shows them, and the
 * plan applied to a copy opens in compare beside the scenario; a long synthesis is cancelled and the
 * next one runs. HiGHS's WebAssembly is the app's own
 * file: the service worker precaches it, and a synthesis runs with the network off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { siteCity } from '../../src/fixtures/siteCity';
import { community, synthesisCity, target } from '../../src/fixtures/synthesisCity';
import { GOV2020_PINNED } from '../../src/fixtures/tinyCity';
import { seriousViolations } from './axe';
import { freshSessions, importScenario, openDemo, openSession, type OwnSession } from './browser';

const baseUrl = inject('baseUrl');
// The build's folder, named as a folder: the service worker exists only once the app is built.
const sw = readFileSync(join(fileURLToPath(new URL('../../dist/', import.meta.url)), 'sw.js'), 'utf8');

// GOV2020-4: max(300, 30 m² per 100 households), lead time one year, 4,000 yuan a m².
//   A: 2,000 households → 600 m² required, has 450 → 150 m²
//   B: 1,200 households → 360 m² required, has 200 → 160 m²
// Every community by 2027 needs both, started in 2026 (the only start that completes by 2027): 310 m².
const city = synthesisCity(
  [
    community({ id: 'A', households: 2000, space: 450, staff: { inPost: 6, certified: 0, bachelor: 0 } }),
    community({ id: 'B', households: 1200, space: 200, staff: { inPost: 5, certified: 0, bachelor: 0 } }),
  ],
  2027,
  { targets: [target('all-space', 'spaceShareMet', 1, 2027)] },
);
// The per-community funds back at GOV2020's values: a file must stay within the rule set's ranges; they cost the same whatever is built.
const scenario = { ...city, name: '两社区用房', ruleSet: { ...city.ruleSet, overrides: GOV2020_PINNED } };

/** The synthesis tool of a scenario's analysis tab, run to its answer. */
async function synthesize(page: Page, id: string): Promise<void> {
  await page.goto(`${baseUrl}#/s/${encodeURIComponent(id)}/analysis`);
  await page.getByTestId('analysis-tool-synthesis').click();
  await page.getByTestId('synthesis-run').click();
  await page.getByTestId('synthesis-answer').waitFor({ timeout: 90_000 });
}

describe('plan synthesis', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;

  it('names the target and the limit that conflict when no plan fits: 310 m² to start in 2026, at most 100 a year', async () => {
    const id = await importScenario(page(), baseUrl, scenario);
    await page().goto(`${baseUrl}#/s/${encodeURIComponent(id)}/analysis`);
    await page().getByTestId('analysis-tool-synthesis').click();
    await page().getByTestId('synthesis-building-max').fill('100');
    await page().getByTestId('synthesis-run').click();
    const answer = page().getByTestId('synthesis-answer');
    await answer.waitFor({ timeout: 90_000 });
    expect(await answer.getAttribute('data-status')).toBe('infeasible');
    const conflict = await page().getByTestId('synthesis-conflict').textContent();
    expect(conflict).toContain('每年新开工不超过 100 平方米');
    expect(conflict).toContain('不能同时满足');
    expect(await page().getByTestId('synthesis-apply').count()).toBe(0);
  });

  it('finds the building starts the target needs, verified by the engine, and applies them to a copy beside the plan in compare', async () => {
    const id = await importScenario(page(), baseUrl, scenario);
    await synthesize(page(), id);
    expect(await page().getByTestId('synthesis-answer').getAttribute('data-status')).toBe('accepted');
    const verdicts = await page().locator('[data-testid="synthesis-verdicts"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-met')));
    expect(verdicts).toEqual(['true']);
    const levers = await page().locator('[data-testid="synthesis-levers"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent!.trim())));
    // 2026: no hires asked, two starts, 150 + 160 m²
    expect(levers[0]).toEqual(['2026', '0', '2', '310']);
    await expect.poll(() => page().getByTestId('synthesis-size').textContent()).toMatch(/\d+ 行，\d+ 列/);
    // The lead time is valued once the plan is shown: a year longer (2) completes nothing by 2027, so no plan.
    const leadRows = page().locator('[data-testid="synthesis-lead-time"]');
    await expect.poll(() => page().locator('[data-testid="synthesis-lead-time"][data-pending]').count(), { timeout: 60_000 }).toBe(0);
    expect(await leadRows.count()).toBe(2);
    expect(await leadRows.nth(1).textContent()).toContain('无方案满足目标');
    expect(await seriousViolations(page())).toEqual([]);

    await page().getByTestId('synthesis-apply').click();
    await expect.poll(() => page().url(), { timeout: 30_000 }).toMatch(new RegExp(`#/compare/${encodeURIComponent(id)},[^,]+$`));
    await page().locator('[data-testid="compare-title"]').first().waitFor({ timeout: 60_000 });
  });
});

// fixtures/siteCity.ts: 80% of residents within the walk of a market by 2027 → candidate sites K1 and K3,
// both opening in 2027 (src/engine/synthesis/sites.test.ts works it by hand).
describe('plan synthesis with facility sites', () => {
  const s = freshSessions(baseUrl);
  it('chooses the two cheap candidate sites and counts them in the levers table', async () => {
    const id = await importScenario(s().page, baseUrl, { ...siteCity(2027, 0.8), name: '四社区选址', ruleSet: { id: 'GOV2020', overrides: GOV2020_PINNED } });
    await synthesize(s().page, id);
    expect(await s().page.getByTestId('synthesis-answer').getAttribute('data-status')).toBe('accepted');
    const levers = await s().page.locator('[data-testid="synthesis-levers"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent!.trim())));
    // 2027: no hires, no starts, two facilities opened
    expect(levers.find((r) => r[0] === '2027')).toEqual(['2027', '0', '0', '0', '2']);
  });
});

describe('plan synthesis cancelled', () => {
  const s = freshSessions(baseUrl);

  // The demo (800 communities, every target, every lever free) takes seconds in one WebAssembly
  // thread: long enough to cancel while its first round runs.
  it('stops the worker as soon as 取消 is pressed, says so, and the next synthesis still runs', async () => {
    const page = s().page;
    const id = await openDemo(page, baseUrl);
    await page.goto(`${baseUrl}#/s/${encodeURIComponent(id)}/analysis`);
    await page.getByTestId('analysis-tool-synthesis').click();
    await page.getByTestId('synthesis-run').click();
    const progress = page.locator('.synth-form [role="status"]');
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/第 1 轮求解与核验（至多 \d+ 轮）/);
    const pressed = Date.now();
    await page.getByTestId('synthesis-cancel').click();
    await page.getByText('已取消，未得到结果。').waitFor({ timeout: 5_000 });
    expect(Date.now() - pressed).toBeLessThan(2_000);
    expect(await page.getByTestId('synthesis-progress').count()).toBe(0);
    expect(await page.getByTestId('synthesis-answer').count()).toBe(0);

    await page.getByTestId('synthesis-run').click();
    await page.getByTestId('synthesis-answer').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('synthesis-rounds').textContent()).toMatch(/求解与核验 \d+ 轮/);
  });
});

describe('plan synthesis offline', () => {
  let own: OwnSession | undefined;
  afterEach(async () => {
    await own?.close();
    own = undefined;
  });

  it('precaches highs.wasm and solves with the network off', async () => {
    const wasm = /assets\/highs-[\w-]+\.wasm/.exec(sw)?.[0];
    expect(wasm, 'the precache manifest lists the solver').toBeDefined();
    own = await openSession(baseUrl);
    const { page, context } = own;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const cached = await page.evaluate(async (name) => {
      for (const key of await caches.keys()) {
        const hit = (await (await caches.open(key)).keys()).find((r) => r.url.includes(name));
        if (hit) return true;
      }
      return false;
    }, wasm!);
    expect(cached).toBe(true);

    await page.goto(`${baseUrl}#/`);
    const rows = page.locator('[data-testid="library-row"]');
    await rows.first().waitFor({ timeout: 60_000 });
    const before = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    await page.getByTestId('import-input').setInputFiles({ name: 'city.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await expect.poll(() => rows.count()).toBe(before.length + 1);
    const id = (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!))).find((x) => !before.includes(x))!;

    await context.setOffline(true);
    await synthesize(page, id);
    expect(await page.getByTestId('synthesis-answer').getAttribute('data-status')).toBe('accepted');
  });
});
