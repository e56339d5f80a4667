/**
 * Interaction benchmark: in Debian's Chromium, on a 1,000-community city, the time from a lever
 * change (the hiring capacity on the Plan tab) to the live charts of the new result being drawn
 * (the app's 'shapan:results-drawn' mark). Prints p50 and p95 over 50 changes; asserts nothing.
 * First, the cold first visit (tests/bench/firstVisit.ts): initial JS and time to the demo's verdicts;
 * last, a province's Monte Carlo (tests/bench/provinceUi.ts). `npm run bench:ui -- province` runs only that.
 */
import { chromium } from 'playwright-core';
import { buildApp, serveDist } from '../e2e/server';
import { scenarioOfSize } from './cities';
import { benchFirstVisit } from './firstVisit';
import { benchProvinceUi } from './provinceUi';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CHANGES = 50;
const WARM_UP = 5;
const LEVER = '[data-testid="lever-plan-hiring-capacityPerYear"]';

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

async function main(): Promise<void> {
  await buildApp();
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    if (process.argv.includes('province')) return await benchProvinceUi(browser, server.url);
    await benchFirstVisit(browser, server.url);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
    // The first visit opens the demo; then import the 1,000-community city through the library.
    await page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    await page.goto(`${server.url}#/`);
    const scenario = scenarioOfSize({ label: 'ui', districts: 10, streetsPerDistrict: 10, communitiesPerStreet: 10 });
    scenario.name = '交互测试 1,000 个社区';
    await page.getByTestId('import-input').setInputFiles({ name: 'ui.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await page.locator('[data-testid="library-row"]', { hasText: scenario.name }).getByRole('link').first().click();
    await page.getByTestId('tab-plan').click();
    await page.locator(LEVER).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="plan-verdicts"] [data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });

    const times: number[] = [];
    for (let i = 0; i < WARM_UP + CHANGES; i++) {
      const value = String(400 + ((i * 37) % 800));
      const ms = await page.evaluate(
        ({ selector, value }) =>
          new Promise<number>((resolve, reject) => {
            const input = document.querySelector<HTMLInputElement>(selector);
            if (!input) return reject(new Error(`no ${selector}`));
            const start = performance.now();
            const observer = new PerformanceObserver((list) => {
              const drawn = list.getEntries().find((e) => e.name === 'shapan:results-drawn' && e.startTime > start);
              if (!drawn) return;
              observer.disconnect();
              resolve(drawn.startTime - start);
            });
            observer.observe({ type: 'mark' });
            input.value = value;
            input.dispatchEvent(new Event('change', { bubbles: true }));
            setTimeout(() => reject(new Error('no redraw within 10 s')), 10_000);
          }),
        { selector: LEVER, value },
      );
      if (i >= WARM_UP) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const p50 = quantile(times, 0.5);
    const p95 = quantile(times, 0.95);
    console.log(`lever change → charts drawn, 1,000 communities, ${CHANGES} changes after ${WARM_UP} warm-up:`);
    console.log(`  p50 ${p50.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   min ${times[0].toFixed(1)} ms   max ${times[times.length - 1].toFixed(1)} ms`);
    console.log(`  goal p95 < 100 ms: ${p95 < 100 ? '✓' : '✗'}`);
    await page.close();
    await benchProvinceUi(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
