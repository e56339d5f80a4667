/**
 * Offline and installable: once the service worker has installed, the app opens with the network off,
 * runs the demo, exports the Excel workbook and runs a Monte Carlo and a goal seek; a new build waits
 * for the user's word (有新版本可用，刷新以更新) rather than reloading mid-edit; a chunk that cannot
 * load says so in Chinese. Each test has its own browser and profile.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { UPDATE } from '../../src/i18n/update';
import { seriousViolations } from './axe';
import { foreignRequests, openSession, type OwnSession } from './browser';

const baseUrl = inject('baseUrl');
const root = fileURLToPath(new URL('../..', import.meta.url));
const demo = JSON.parse(readFileSync(`${root}scenarios/demo-15th-fyp.json`, 'utf8')) as {
  targets: { id: string }[];
  plan: { hiring: { capacityPerYear: number } };
};
const VERDICT_ROWS = '[data-testid="verdict-table"] tbody tr';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Resolves once a service worker controls the page, i.e. it has installed every precached file. */
function controlled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** The status of a fetch from the page (through its service worker), or 'failed' when there was no response. */
function fetchStatus(page: Page, path: string): Promise<number | 'failed'> {
  return page.evaluate((url) => fetch(url).then((r) => r.status, () => 'failed' as const), path);
}

let s: OwnSession | undefined;
let stopServer: (() => Promise<void>) | undefined;

afterEach(async () => {
  await s?.close();
  await stopServer?.();
  s = undefined;
  stopServer = undefined;
});

describe('offline and installable', () => {
  it('opens, runs, exports Excel, runs Monte Carlo and goal seek with the network off', async () => {
    s = await openSession(baseUrl);
    const { page, context } = s;
    await page.locator(VERDICT_ROWS).first().waitFor({ timeout: 60_000 });
    await controlled(page);
    // Nanjing's division file, fetched once while online, as the city picker does on first use.
    expect(await fetchStatus(page, 'divisions/3201.json')).toBe(200);

    await context.setOffline(true);
    // Anything that still tried the network (the page, its workers, the service worker) is refused and counted.
    const reachedNetwork: string[] = [];
    await context.route('**/*', (route) => {
      reachedNetwork.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.reload();
    await expect.poll(() => page.locator(VERDICT_ROWS).count(), { timeout: 60_000 }).toBe(demo.targets.length);
    expect(await page.getByTestId('scenario-title').textContent()).toContain('示范市');

    // The division index is precached and a city opened before is cached; a city never opened is not.
    expect(await fetchStatus(page, 'divisions/index.json')).toBe(200);
    expect(await fetchStatus(page, 'divisions/3201.json')).toBe(200);
    expect(await fetchStatus(page, 'divisions/1101.json')).toBe('failed');

    await page.getByTestId('tab-results').click();
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByTestId('data-export').click()]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
    // An .xlsx file is a zip archive: it starts with the local file header "PK\x03\x04".
    expect(readFileSync((await workbook.path())!).subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');

    await page.getByTestId('tab-analysis').click();
    const draws = page.getByTestId('uncertainty-draws');
    await draws.fill('20');
    await draws.press('Enter');
    await page.getByTestId('mc-run').click();
    const probabilities = page.locator('[data-testid="odds-table"] [data-testid="odds-probability"]');
    await probabilities.first().waitFor({ timeout: 60_000 });
    expect(await probabilities.count()).toBe(demo.targets.length);

    await page.getByTestId('analysis-tool-goalSeek').click();
    await page.getByTestId('seek-target').selectOption('staff-2027');
    await page.getByTestId('seek-lever').selectOption('hiringCapacity');
    await page.getByTestId('seek-mode-certain').check();
    await page.getByTestId('seek-run').click();
    const answer = page.getByTestId('seek-answer');
    await answer.waitFor({ timeout: 90_000 });
    // The demo plans 575 hires a year and misses the 2027 staffing target, so the answer is above it.
    expect(Number(await answer.getAttribute('data-value'))).toBeGreaterThan(demo.plan.hiring.capacityPerYear);

    // Only the city never opened tried the network (and the browser's own check for a newer sw.js may).
    expect(reachedNetwork.filter((url) => !url.endsWith('/sw.js')).map((url) => new URL(url).pathname)).toEqual(['/divisions/1101.json']);
    expect(foreignRequests(s, baseUrl)).toEqual([]);
    // The one thing that went wrong is that city's refused fetch.
    expect(s.problems).toEqual(['console error: Failed to load resource: net::ERR_FAILED']);
  });

  it('offers a new build when it is waiting, and reloads into it only on the user’s word', async () => {
    // dist/ served again, with a switch that turns its sw.js into a new build's: one whose page changed.
    let newBuild = false;
    const builtSw = readFileSync(`${root}dist/sw.js`, 'utf8');
    const server = await preview({
      root,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
      plugins: [
        {
          name: 'new-build',
          configurePreviewServer: (app) =>
            void app.middlewares.use((req, res, next) => {
              if (!newBuild || req.url !== '/sw.js') return next();
              res.setHeader('Content-Type', 'text/javascript');
              res.end(builtSw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1ffffffffffffffffffffffffffffffff"'));
            }),
        },
      ],
    });
    stopServer = () => server.close();
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;

    s = await openSession(url);
    const { page } = s;
    await page.locator(VERDICT_ROWS).first().waitFor({ timeout: 60_000 });
    await controlled(page);
    expect(await page.getByTestId('update-offer').count()).toBe(0);

    newBuild = true;
    await page.reload();
    const offer = page.getByTestId('update-offer');
    await offer.waitFor({ timeout: 60_000 });
    expect(await offer.textContent()).toContain(UPDATE.available['zh-CN']);
    expect(await seriousViolations(page)).toEqual([]);

    // The page goes on as it was: an edit is made and saved while the offer stands.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.getByTestId('tab-plan').click();
    const capacity = page.locator('[data-testid="lever-plan-hiring-capacityPerYear"]');
    await capacity.fill('600');
    await capacity.press('Enter');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('saved');
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByTestId('update-reload').click()]);
    await page.locator('[data-testid="lever-plan-hiring-capacityPerYear"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="lever-plan-hiring-capacityPerYear"]').inputValue()).toBe('600');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await page.getByTestId('update-offer').count()).toBe(0);
    expect(foreignRequests(s, url)).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('keeps the strict Content-Security-Policy: no violation while the Excel code loads, writes and reads a workbook', async () => {
    s = await openSession('about:blank');
    await s.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => void seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const { page } = s;
    await page.goto(baseUrl);
    await page.locator(VERDICT_ROWS).first().waitFor({ timeout: 60_000 });
    await page.getByTestId('tab-city').click();
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('data-template').click()]);
    const buffer = readFileSync((await template.path())!);
    await page.getByTestId('data-import').setInputFiles({ name: template.suggestedFilename(), mimeType: XLSX, buffer });
    await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('says in Chinese when a chunk cannot load, and offers a reload', async () => {
    s = await openSession('about:blank');
    // Refused from the start: the service worker cannot precache it either, so it never takes charge.
    await s.context.route(/\/assets\/excel-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await s.page.goto(baseUrl);
    await s.page.locator(VERDICT_ROWS).first().waitFor({ timeout: 60_000 });
    await s.page.getByTestId('tab-results').click();
    await s.page.getByTestId('data-export').click();
    const alert = s.page.getByTestId('chunk-failed');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain(UPDATE.chunkFailed['zh-CN']);
    expect(await alert.getByTestId('update-reload').textContent()).toBe(UPDATE.reload['zh-CN']);
    expect(s.problems).toEqual(['console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    expect(foreignRequests(s, baseUrl)).toEqual([]);
  });

  it('says in Chinese, in place of the tab, when a tab that loads on first use cannot load', async () => {
    s = await openSession('about:blank');
    await s.context.route(/\/assets\/MapView-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await s.page.goto(baseUrl);
    await s.page.locator(VERDICT_ROWS).first().waitFor({ timeout: 60_000 });
    await s.page.getByTestId('tab-map').click();
    const failed = s.page.getByTestId('view-failed');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.textContent()).toContain(UPDATE.chunkFailed['zh-CN']);
    await s.page.getByTestId('chunk-failed').waitFor({ timeout: 30_000 });
    // The other tabs still open.
    await s.page.getByTestId('tab-plan').click();
    await s.page.locator('[data-testid="lever-plan-hiring-capacityPerYear"]').waitFor({ timeout: 30_000 });
    // Only the refused chunk, however many times it was asked for.
    expect(new Set(s.problems)).toEqual(new Set(['console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED']));
  });
});
