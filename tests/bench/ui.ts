/**
 * Interaction benchmark: in Debian's Chromium, on cities of 1,000 and 30,000 communities, the time from
 * a lever change (the hiring capacity on the Plan tab) to the live charts of the new result being drawn
 * (the app's 'shapan:results-drawn' mark). Prints p50 and p95 over 50 changes; asserts nothing.
 * First, the cold first visit (tests/bench/firstVisit.ts): initial JS and time to the demo's verdicts;
 * last, a province's Monte Carlo (tests/bench/provinceUi.ts). Stages named on the command line run
 * alone, each in the order named: `npm run bench:ui -- first`, `npm run bench:ui -- levers province`.
 * The built files are served gzipped once, as a static host serves them; GZIP_PER_REQUEST=1 serves them
 * as Vite's preview does, compressing each response on the machine's cores (the benchmark's earlier way).
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildApp, serveDist } from '../e2e/server';
import { scenarioOfSize, type CitySize } from './cities';
import { benchFirstVisit } from './firstVisit';
import { precompressedAssets } from './precompressed';
import { benchProvinceUi } from './provinceUi';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/**
 * Chromium 156 opens each fresh context in a window of its own and loads that window's omnibox popup,
 * a page of Chromium's own (about 1.3 s of CPU in a renderer of its own), while the visit being timed
 * loads on the same cores. A visitor types the address into a window already open: without the popup
 * and its preloading, a context's visit no longer pays for it.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup'];
const CHANGES = 50;
const WARM_UP = 5;
const LEVER = '[data-testid="lever-plan-hiring-capacityPerYear"]';
/** Issue 14's goals: a city (1,000 communities) and a province (30,000, about Guangdong's count). */
const SIZES: { size: CitySize; n: number; goal: number }[] = [
  { size: { label: 'city', districts: 10, streetsPerDistrict: 10, communitiesPerStreet: 10 }, n: 1_000, goal: 50 },
  { size: { label: 'province', districts: 30, streetsPerDistrict: 50, communitiesPerStreet: 20 }, n: 30_000, goal: 150 },
];

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

/** A city of `size` imported through the library and opened on the Plan tab; then CHANGES lever edits timed to the redraw. */
async function leverTimes(browser: Browser, url: string, size: CitySize, n: number): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(url);
    // The first visit opens the demo; then import the city through the library.
    await page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    await page.goto(`${url}#/`);
    const scenario = scenarioOfSize(size);
    scenario.name = `交互测试 ${n.toLocaleString('en')} 个社区`;
    await page.getByTestId('import-input').setInputFiles({ name: 'ui.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await page.locator('[data-testid="library-row"]', { hasText: scenario.name }).getByRole('link').first().click({ timeout: 120_000 });
    await page.getByTestId('tab-plan').click();
    await page.locator(LEVER).waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="plan-verdicts"] [data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 120_000 });
    const base = scenario.plan.hiring.capacityPerYear;
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + CHANGES; i++) {
      const value = String(Math.round(base * (0.5 + ((i * 37) % 100) / 100)));
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
    return times.sort((a, b) => a - b);
  } finally {
    await page.close();
  }
}

/** The lever changes at a city's and a province's size. */
async function benchLevers(browser: Browser, url: string): Promise<void> {
  for (const { size, n, goal } of SIZES) {
    const times = await leverTimes(browser, url, size, n);
    const p95 = quantile(times, 0.95);
    console.log(`lever change → charts drawn, ${n.toLocaleString('en')} communities, ${CHANGES} changes after ${WARM_UP} warm-up:`);
    console.log(`  p50 ${quantile(times, 0.5).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   min ${times[0].toFixed(1)} ms   max ${times[times.length - 1].toFixed(1)} ms`);
    console.log(`  goal p95 < ${goal} ms: ${p95 < goal ? '✓' : '✗'}`);
  }
}

const STAGES: Record<string, (browser: Browser, url: string) => Promise<void>> = { first: benchFirstVisit, levers: benchLevers, province: benchProvinceUi };

/** The stages named after `--` (all, in the order above, when none is), refused before the build if one is unknown. */
function stagesAsked(args: string[]): string[] {
  const unknown = args.filter((a) => !(a in STAGES));
  if (unknown.length > 0) {
    throw new Error(`unknown stage ${unknown.join(', ')}: usage npm run bench:ui [-- stage ...], stages ${Object.keys(STAGES).join(', ')}, each run in the order named (all when none is)`);
  }
  return args.length > 0 ? args : Object.keys(STAGES);
}

async function main(): Promise<void> {
  const stages = stagesAsked(process.argv.slice(2));
  await buildApp();
  // GZIP_PER_REQUEST=1: as the benchmark served before, to compare with figures taken that way.
  const perRequest = Boolean(process.env.GZIP_PER_REQUEST);
  const server = await serveDist(perRequest ? [] : [precompressedAssets(DIST)]);
  console.log(perRequest ? 'served by vite preview, gzipped per request on these cores' : 'dist/assets served gzipped ahead of the visits, as a static host serves them (tests/bench/precompressed.ts)');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    for (const stage of stages) await STAGES[stage](browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
