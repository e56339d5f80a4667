/**
 * The first page in a real browser: the built app runs the demo scenario in its worker and shows a
 * verdict per target, in Chinese and then in English, without a single request leaving the app's
 * own origin.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages';

// STACK.md: Debian's Chromium, headless, with every background service that could phone home off.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const baseUrl = inject('baseUrl');
const demo = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8'),
) as { targets: { id: string }[] };
const screenshot = fileURLToPath(new URL('../../test-results/first-page.png', import.meta.url));

describe('first page', () => {
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    // On the context, so that the worker's requests are counted as well as the page's.
    context.on('request', (request) => void requested.push(request.url()));
    page = await context.newPage();
    page.on('pageerror', (error) => void problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows one verdict row per demo target, each met or not met', async () => {
    const rows = page.locator('[data-testid="verdict-table"] tbody tr');
    await rows.first().waitFor({ timeout: 90_000 });
    expect(await rows.count()).toBe(demo.targets.length);

    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target')));
    expect(ids).toEqual(demo.targets.map((t) => t.id));

    const verdicts = await page.locator('[data-testid="verdict"]').allTextContents();
    expect(verdicts).toHaveLength(demo.targets.length);
    for (const text of verdicts) expect([MESSAGES['zh-CN'].met, MESSAGES['zh-CN'].notMet]).toContain(text.trim());

    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  });

  it('speaks Chinese first', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const headers = await page.locator('[data-testid="verdict-table"] thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(Object.values(MESSAGES['zh-CN'].verdictColumns));
  });

  it('switches to English', async () => {
    await page.getByTestId('language-toggle').click();
    const headers = page.locator('[data-testid="verdict-table"] thead th');
    await expect.poll(() => headers.first().textContent()).toBe('Target');
    expect((await headers.allTextContents()).map((h) => h.trim())).toEqual(Object.values(MESSAGES.en.verdictColumns));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const verdicts = await page.locator('[data-testid="verdict"]').allTextContents();
    for (const text of verdicts) expect(['met', 'not met']).toContain(text.trim());
  });

  it('asks nothing of any origin but its own', () => {
    const own = new URL(baseUrl).origin;
    const http = requested.filter((url) => url.startsWith('http:') || url.startsWith('https:'));
    // the document, the entry script, the worker and the demo scenario at least
    expect(http.length).toBeGreaterThanOrEqual(4);
    expect(http.filter((url) => new URL(url).origin !== own)).toEqual([]);
    expect(requested.filter((url) => !http.includes(url) && !/^(blob|data):/.test(url))).toEqual([]);
  });

  it('logs no errors (a blocked resource or a CSP violation would show here)', () => {
    expect(problems).toEqual([]);
  });
});
