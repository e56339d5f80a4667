/**
 * A province's uncertainty in the browser: the demo over 30,000 communities with coverage, imported
 * through the library and run on the Analysis tab's Monte Carlo (1,000 draws, one engine worker per
 * core). Prints the time from the click to the results, draws per second, the progress seen on the
 * way, the CPU time of the tab's process, and the tab's memory high-water mark (its renderer process,
 * which holds the page and its workers); then checks that cancel stops a run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { provinceDemo } from './draws';
import { heapByThread, heapLines } from './heapByTarget';

const GOAL = { draws: 1_000, seconds: 15, megabytes: 500 };
const MB = 1024 * 1024;
/** the pause between the two runs: long enough for the workers' idle release to have come */
const READING_MS = 2_000;

interface Renderer {
  pid: number;
  cpuSeconds: number;
}

/** The renderer processes and their CPU time so far, through the browser's DevTools protocol. */
async function renderers(browser: Browser): Promise<Renderer[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
    return processInfo.filter((p) => p.type === 'renderer').map((p) => ({ pid: p.id, cpuSeconds: p.cpuTime }));
  } finally {
    await cdp.detach();
  }
}

/** A /proc/<pid>/status field in bytes (kB there). */
function statusBytes(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/**
 * `work`, and the most the process `pid` held resident meanwhile: its high-water mark (VmHWM), reset
 * first as Chromium resets it (5 written to /proc/<pid>/clear_refs), and VmRSS sampled every 25 ms.
 * Chromium resets VmHWM each time it takes a memory dump of its own, every few minutes, so over a
 * 1,000-draw run VmHWM read at the end showed only the peak since the last dump; the samples keep what
 * came before it, VmHWM what falls between two samples.
 */
async function peakDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  let sampled = statusBytes(pid, 'VmRSS');
  const timer = setInterval(() => (sampled = Math.max(sampled, statusBytes(pid, 'VmRSS'))), 25);
  try {
    const result = await work();
    return { result, peak: Math.max(sampled, statusBytes(pid, 'VmHWM')) };
  } finally {
    clearInterval(timer);
  }
}

/** The renderer that holds the page: after it imported and ran a province, the one with most CPU time. */
async function pageRenderer(browser: Browser): Promise<number> {
  const all = await renderers(browser);
  return all.reduce((a, b) => (b.cpuSeconds > a.cpuSeconds ? b : a)).pid;
}

/** `work`, and the CPU time the renderer `pid` spent meanwhile. */
async function withCpu<T>(browser: Browser, pid: number, work: () => Promise<T>): Promise<{ result: T; cpuSeconds: number }> {
  const cpu = async () => (await renderers(browser)).find((r) => r.pid === pid)?.cpuSeconds ?? NaN;
  const before = await cpu();
  const result = await work();
  return { result, cpuSeconds: (await cpu()) - before };
}

const progressOf = (page: Page) => page.getByTestId('mc-progress').evaluate((el) => (el as HTMLProgressElement).value).catch(() => -1);

/** Click run and wait for the results, sampling the progress bar once a second. */
async function runToResults(page: Page): Promise<{ ms: number; progress: number[] }> {
  const progress: number[] = [];
  const t0 = performance.now();
  await page.getByTestId('mc-run').click();
  const ran = page.getByTestId('mc-ran');
  while (!(await ran.isVisible())) {
    progress.push(await progressOf(page));
    await page.waitForTimeout(1000);
  }
  return { ms: performance.now() - t0, progress: progress.filter((p) => p > 0) };
}

export async function benchProvinceUi(browser: Browser, url: string): Promise<void> {
  const scenario = provinceDemo();
  scenario.name = '省域不确定性 30,000 个社区';
  // PROVINCE_DRAWS=40 for a quick look at the path and the memory.
  if (process.env.PROVINCE_DRAWS) scenario.uncertainty!.draws = Number(process.env.PROVINCE_DRAWS);
  const draws = scenario.uncertainty!.draws;
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const dir = mkdtempSync(join(tmpdir(), 'province-'));
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    // The high-water mark on the way, to tell which step sets it.
    const way: string[] = [];
    const mark = async (label: string) => way.push(`${label} ${(statusBytes(await pageRenderer(browser), 'VmHWM') / MB).toFixed(0)} MB`);
    await mark('demo open');
    await page.goto(`${url}#/`);
    // From a file on disk, as a user picks it: a buffer would travel through the page's own JavaScript
    // as base64 (Playwright decodes it there), hundreds of megabytes no user's import costs.
    const file = join(dir, 'province.json');
    writeFileSync(file, JSON.stringify(scenario));
    await page.getByTestId('import-input').setInputFiles(file);
    const row = page.locator('[data-testid="library-row"]', { hasText: scenario.name });
    await row.waitFor({ timeout: 300_000 });
    await mark('province imported');
    const importedHeaps = await heapByThread(browser);
    await row.getByRole('link').first().click();
    await page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 300_000 });
    await mark('province run');
    await page.getByTestId('tab-analysis').click();
    const run = page.getByTestId('mc-run');
    await run.waitFor({ timeout: 300_000 });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="mc-run"]')?.disabled, null, { timeout: 300_000 });
    const workers = await page.evaluate(() => Math.min(8, Math.max(1, navigator.hardwareConcurrency)));
    const pid = await pageRenderer(browser);
    const openedHwm = statusBytes(pid, 'VmHWM');
    const openedRss = statusBytes(pid, 'VmRSS');
    const openedHeaps = await heapByThread(browser);

    // First run: the workers start, check and prepare the scenario, then draw; the second reuses them,
    // started as a user would after reading the results, past the second after which the workers let
    // their draws' arrays go (workers/idleRelease.ts).
    const cold = await peakDuring(pid, () => withCpu(browser, pid, () => runToResults(page)));
    await page.waitForTimeout(READING_MS);
    const warm = await peakDuring(pid, () => withCpu(browser, pid, () => runToResults(page)));
    const hwm = Math.max(openedHwm, cold.peak, warm.peak);
    const rss = statusBytes(pid, 'VmRSS');
    const drawnHeaps = await heapByThread(browser);

    // Cancel: a run stopped part-way leaves the panel ready to run again, with no progress bar.
    await run.click();
    await page.waitForFunction(() => ((document.querySelector('[data-testid="mc-progress"]') as HTMLProgressElement | null)?.value ?? 0) > 0, null, { timeout: 120_000 });
    const tCancel = performance.now();
    await page.getByTestId('mc-cancel').click();
    await page.getByTestId('mc-progress').waitFor({ state: 'detached', timeout: 10_000 });
    const cancelMs = performance.now() - tCancel;

    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const line = (label: string, r: { result: { ms: number; progress: number[] }; cpuSeconds: number }) =>
      `  ${label.padEnd(44)} ${s(r.result.ms).padStart(8)}   ${((1000 * draws) / r.result.ms).toFixed(1).padStart(6)} draws/s   ` +
      `tab CPU ${r.cpuSeconds.toFixed(1)} s (${((1000 * r.cpuSeconds) / draws).toFixed(1)} ms a draw)   progress seen ${r.result.progress.length} times`;
    console.log(`\nMonte Carlo in Chromium, province: ${draws.toLocaleString('en-US')} draws, demo over 30,000 communities with coverage, ${workers} engine workers`);
    console.log(line('first run (workers start and prepare)', cold.result));
    console.log(line(`run again ${READING_MS / 1000} s later (workers kept)`, warm.result));
    console.log(
      `  tab's renderer process: memory high-water mark ${(hwm / MB).toFixed(0)} MB (first run ${(cold.peak / MB).toFixed(0)}, run again ${(warm.peak / MB).toFixed(0)}), ` +
        `now ${(rss / MB).toFixed(0)} MB; with the scenario open, before the draws: ${(openedHwm / MB).toFixed(0)} MB (VmHWM), ${(openedRss / MB).toFixed(0)} MB (VmRSS)`,
    );
    console.log(`  high-water mark on the way: ${way.join(', ')}, analysis tab ready ${(openedHwm / MB).toFixed(0)} MB`);
    console.log(heapLines('once imported', importedHeaps));
    console.log(heapLines('with the scenario open, before the draws', openedHeaps));
    console.log(heapLines('after the draws', drawnHeaps));
    console.log(`  cancel part-way: run stopped in ${cancelMs.toFixed(0)} ms`);
    // The time goal is for the goal's count of draws: fewer draws (PROVINCE_DRAWS) are not judged against it.
    const inTime = (ms: number) => (draws !== GOAL.draws ? `not judged, ${draws} draws` : ms < GOAL.seconds * 1000 ? '✓' : '✗');
    console.log(
      `  goals: ${GOAL.draws} draws on ${workers} workers < ${GOAL.seconds} s: ${inTime(cold.result.result.ms)} (first run), ` +
        `${inTime(warm.result.result.ms)} (again); tab memory < ${GOAL.megabytes} MB: ${hwm < GOAL.megabytes * MB ? '✓' : '✗'}`,
    );
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
