/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with a record of every
 * request and every page error, so each test can also say the app stayed offline and quiet.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** every URL the page and its workers asked for */
  requested: string[];
  /** page errors and console errors */
  problems: string[];
  close(): Promise<void>;
}

export async function openSession(url: string, options: { viewport?: { width: number; height: number }; serviceWorkers?: 'block' } = {}): Promise<Session> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true, serviceWorkers: options.serviceWorkers });
  const requested: string[] = [];
  const problems: string[] = [];
  // On the context, so the worker's requests are counted as well as the page's.
  context.on('request', (request) => void requested.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => void problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  return { browser, context, page, requested, problems, close: () => browser.close() };
}

/** Requests that left the app's own origin (http(s) elsewhere, or anything but blob:/data:). */
export function foreignRequests(session: Session, baseUrl: string): string[] {
  const own = new URL(baseUrl).origin;
  return session.requested.filter((url) => {
    if (/^(blob|data):/.test(url)) return false;
    return !/^https?:/.test(url) || new URL(url).origin !== own;
  });
}
