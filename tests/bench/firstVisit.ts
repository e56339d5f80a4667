/**
 * The first visit, as a newcomer on a fresh browser profile meets it: the code the page loads before
 * anything is drawn, and the time from navigation to the demo's verdicts on screen (issue 14's goal),
 * then its charts, with the app's marks between (src/ui/timing/marks.ts) to say where the time went.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { BarePage } from './barePage';
import { median } from './measure';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const KB = 1024;

export interface Chunk {
  file: string;
  bytes: number;
  gzipped: number;
}

/** Statically imported chunks in built code: `import"./x.js"`, `from"./x.js"` (never `import("./x.js")`). */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g;

/** The chunks `roots` (paths under dist/) import statically, the roots first, followed through the files. */
export function staticClosure(roots: string[], dist = DIST): Chunk[] {
  const queue = [...roots];
  const seen = new Set<string>();
  const chunks: Chunk[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const body = readFileSync(join(dist, file));
    chunks.push({ file, bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length });
    for (const m of body.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(join(dirname(file), m[1]));
  }
  return chunks;
}

/**
 * The scripts a page must load before the app runs: dist/index.html's entry and module preloads, and
 * every chunk they import statically (followed through the files, so a missing preload still counts).
 * Sizes as built and gzip -9.
 */
export function initialChunks(dist = DIST): Chunk[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return staticClosure([...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]), dist);
}

interface Visit {
  /** navigation start → the app's 'shapan:verdicts-drawn' mark (the verdicts painted) */
  ms: number;
  /** navigation start → 'shapan:results-drawn' (the charts painted too) */
  chartsMs: number;
  /** the app's marks (src/ui/timing/marks.ts), first of each, ms from navigation start */
  moments: Record<string, number>;
  /** the first run's time in the engine worker, ms */
  workerMs: number;
  /** JavaScript the page fetched up to that moment, as sent (the server gzips) and unpacked */
  scripts: { name: string; encoded: number; decoded: number }[];
}

/**
 * Resolves once the page has marked its charts drawn, within 60 s: an expression of a few lines, where
 * Playwright's waitForFunction would first load its own script into the page (some 30 ms of the page's
 * main thread, mid-visit), which no visitor's page runs.
 */
const DRAWN = `new Promise((resolve, reject) => {
  const done = () => performance.getEntriesByName('shapan:results-drawn').length > 0;
  if (done()) return resolve(true);
  const observer = new PerformanceObserver(() => done() && (observer.disconnect(), resolve(true)));
  observer.observe({ type: 'mark' });
  setTimeout(() => reject(new Error('no results drawn within 60 s')), 60000);
})`;

/** The Visit, read from the page's timeline once its charts are drawn. */
const READ = `(() => {
  const [drawn] = performance.getEntriesByName('shapan:results-drawn');
  const scripts = performance.getEntriesByType('resource')
    .filter((r) => r.name.endsWith('.js') && r.responseEnd <= drawn.startTime)
    .map((r) => ({ name: new URL(r.name).pathname.slice(1), encoded: r.encodedBodySize, decoded: r.decodedBodySize }));
  const moments = {};
  let workerMs = NaN;
  for (const m of performance.getEntriesByType('mark')) {
    if (!m.name.startsWith('shapan:') || m.name.slice(7) in moments) continue;
    moments[m.name.slice(7)] = m.startTime;
    if (m.name === 'shapan:run-answered') workerMs = m.detail;
  }
  return { ms: moments['verdicts-drawn'] ?? drawn.startTime, chartsMs: drawn.startTime, moments, workerMs, scripts };
})()`;

/** A fresh context (empty cache, storage and service worker, as on a first visit), its page outside Playwright's watch (barePage.ts). */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const page = await BarePage.open(browser, 1366, 768);
  try {
    await page.goto(url);
    await page.evaluate(DRAWN);
    return await page.evaluate<Visit>(READ);
  } finally {
    await page.close();
  }
}

const kb = (n: number) => `${(n / KB).toFixed(1).padStart(7)} KB`;

/** Prints the initial chunks, then the median of `runs` cold visits to the demo's verdicts. */
export async function benchFirstVisit(browser: Browser, url: string, runs = 7, dist = DIST): Promise<void> {
  const chunks = initialChunks(dist);
  console.log('initial JS (dist/index.html: entry and module preloads), gzip -9:');
  for (const c of chunks) console.log(`  ${c.file.padEnd(44)} ${kb(c.bytes)} ${kb(c.gzipped)} gz`);
  const total = chunks.reduce((sum, c) => sum + c.gzipped, 0);
  console.log(`  total ${kb(total)} gz   goal < 150 KB: ${total < 150 * KB ? '✓' : '✗'}`);

  // One visit first, unmeasured, so the server's and the browser's own start-up costs are not counted.
  await visit(browser, url);
  const visits: Visit[] = [];
  for (let i = 0; i < runs; i++) visits.push(await visit(browser, url));
  const ms = median(visits.map((v) => v.ms));
  const last = visits[visits.length - 1];
  console.log(`cold first visit → demo's verdicts drawn, median of ${runs} fresh contexts: ${ms.toFixed(0)} ms (min ${Math.min(...visits.map((v) => v.ms)).toFixed(0)}, max ${Math.max(...visits.map((v) => v.ms)).toFixed(0)})   goal < 600 ms: ${ms < 600 ? '✓' : '✗'}`);
  console.log(`  … and its charts drawn: median ${median(visits.map((v) => v.chartsMs)).toFixed(0)} ms`);
  console.log('  by phase (median ms from navigation; + the step from the phase before):');
  let before = 0;
  for (const moment of Object.keys(visits[0].moments).sort((a, b) => visits[0].moments[a] - visits[0].moments[b])) {
    const at = median(visits.map((v) => v.moments[moment] ?? NaN).filter(Number.isFinite));
    console.log(`    ${moment.padEnd(16)} ${at.toFixed(0).padStart(5)} ms  (+${(at - before).toFixed(0)})`);
    before = at;
  }
  console.log(`    the first run's time in the engine worker: ${median(visits.map((v) => v.workerMs)).toFixed(0)} ms`);
  console.log('  page JS fetched up to then (over the network, gzip as the server sends it):');
  for (const s of last.scripts) console.log(`    ${s.name.padEnd(42)} ${kb(s.decoded)} ${kb(s.encoded)} gz`);
  console.log(`    total ${kb(last.scripts.reduce((sum, s) => sum + s.encoded, 0))} gz (the engine worker's script included)`);
}
