/**
 * The first visit's code stays small: the entry the built index.html loads, with every chunk it
 * imports statically, is under 150 KB gzipped (issue 14). The views a first visit does not open
 * (src/ui/lazy/views.ts), the engine worker and the Excel code are fetched later and do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialChunks, staticClosure } from '../bench/firstVisit';

// globalSetup has built the app into dist/.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const KB = 1024;

describe('initial JS', () => {
  it('the entry and its static imports are under 150 KB gzipped', () => {
    const chunks = initialChunks(dist);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks[0].file).toMatch(/^assets\/index-.+\.js$/);
    const total = chunks.reduce((sum, c) => sum + c.gzipped, 0);
    expect(total, chunks.map((c) => `${c.file} ${c.gzipped} B gz`).join('\n')).toBeLessThan(150 * KB);
  });

  it('carries no validator, chart of a lazy view, share dialog or worker code', () => {
    const files = initialChunks(dist).map((c) => c.file);
    for (const lazy of ['scenarioSchema', 'DataPanel', 'MapView', 'AnalysisView', 'ReportView', 'ShareCopy', 'engine.worker', 'exceljs']) {
      expect(files.some((f) => f.includes(lazy)), lazy).toBe(false);
    }
  });

  it("keeps the figures' explanations out of the engine worker's first script", () => {
    // The message explain() throws for a path it cannot read (src/engine/explain/index.ts) survives minifying.
    const holds = (file: string) => readFileSync(join(dist, file), 'utf8').includes('explain("');
    const scripts = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`).filter((f) => f.endsWith('.js'));
    expect(scripts.filter(holds).length).toBeGreaterThan(0);
    const worker = scripts.filter((f) => /^assets\/engine\.worker-.+\.js$/.test(f));
    expect(worker).toHaveLength(1);
    expect(staticClosure(worker, dist).filter((c) => holds(c.file)).map((c) => c.file)).toEqual([]);
  });
});
