/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). One browser per file and a
 * fresh context per test — its own IndexedDB and local storage — so every test sets up what it needs
 * and runs alone (`-t`) exactly as it runs in the suite. Each context records every request and every
 * page error, and after each test the page must have asked nothing of another origin and logged no error.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { TOUR_KEY } from '../../src/ui/tour/tourFlag';

// STACK.md: headless, with every background service that could phone home switched off.
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

export interface Session {
  context: BrowserContext;
  page: Page;
  /** every URL the page and its workers asked for */
  requested: string[];
  /** page errors and console errors */
  problems: string[];
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** 'block' keeps the service worker from serving precached files past a route set up by the test */
  serviceWorkers?: 'block';
  /** 'fresh': a first visit that has never seen the tour; otherwise the tour counts as skipped, so it covers nothing a test clicks */
  tour?: 'fresh';
}

/** Marks the first-visit tour as skipped before any page of the context loads, as a returning user has it. */
export async function preDismissTour(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    // about:blank and other origins refuse storage; only the app's pages need the mark.
    try {
      localStorage.setItem(key, 'done');
    } catch {
      /* not the app's origin */
    }
  }, TOUR_KEY);
}

/** For tests that manage their own contexts (several pages of one scenario). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A browser of its own, opened at url: for tests that need a service worker's whole life (install, offline, update). */
export interface OwnSession extends Session {
  close(): Promise<void>;
}

export async function openSession(url: string, options: SessionOptions = {}): Promise<OwnSession> {
  const browser = await launchChromium();
  const session = await openContext(browser, options);
  await session.page.goto(url);
  return { ...session, close: () => browser.close() };
}

async function openContext(browser: Browser, options: SessionOptions): Promise<Session> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true, serviceWorkers: options.serviceWorkers });
  if (options.tour !== 'fresh') await preDismissTour(context);
  const requested: string[] = [];
  const problems: string[] = [];
  // On the context, so the worker's requests are counted as well as the page's.
  context.on('request', (request) => void requested.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => void problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, requested, problems };
}

/** Registers the hooks; the returned function gives the current test's session, its page still blank. */
export function freshSessions(baseUrl: string, options: SessionOptions = {}): () => Session {
  let browser: Browser | undefined;
  let current: Session | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  beforeEach(async () => {
    current = await openContext(browser!, options);
  });
  afterEach(async () => {
    const s = current!;
    current = undefined;
    await s.context.close();
    expect(foreignRequests(s, baseUrl), 'requests beyond the app’s own origin').toEqual([]);
    expect(s.problems, 'page and console errors').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => current!;
}

/** Requests that left the app's own origin (http(s) elsewhere, or anything but blob:/data:). */
export function foreignRequests(session: Session, baseUrl: string): string[] {
  const own = new URL(baseUrl).origin;
  return session.requested.filter((url) => {
    if (/^(blob|data):/.test(url)) return false;
    return !/^https?:/.test(url) || new URL(url).origin !== own;
  });
}

/** A first visit: the empty library opens a copy of the demo on its results. Returns the copy's id. */
export async function openDemo(page: Page, baseUrl: string): Promise<string> {
  await page.goto(baseUrl);
  await page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
  return decodeURIComponent(/#\/s\/([^/]+)\//.exec(page.url())![1]);
}

/**
 * Imports a scenario file into an empty library and returns its id. The visit starts away from the
 * library, so the first-visit demo is not opened beside it.
 */
export async function importScenario(page: Page, baseUrl: string, scenario: unknown): Promise<string> {
  await page.goto(`${baseUrl}#/compare`);
  // The app has started (and passed its first-visit check) once its shell is drawn.
  await page.getByTestId('language-toggle').waitFor({ timeout: 60_000 });
  await page.goto(`${baseUrl}#/`);
  await page.getByTestId('import-input').setInputFiles({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  const row = page.locator('[data-testid="library-row"]');
  await row.first().waitFor({ timeout: 60_000 });
  expect(await row.count()).toBe(1);
  return (await row.first().getAttribute('data-id'))!;
}
