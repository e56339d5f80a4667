/**
 * The first visit's code stays small: the entry the built index.html loads, with every chunk it
 * imports statically, is under 150 KB gzipped (issue 14). The views a first visit does not open
 * (src/ui/lazy/views.ts), the engine worker and the Excel code are fetched later and do not count.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialChunks } from '../bench/firstVisit';

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

  it('carries no validator, chart of a lazy view, or worker code', () => {
    const files = initialChunks(dist).map((c) => c.file);
    for (const lazy of ['scenarioSchema', 'DataPanel', 'MapView', 'AnalysisView', 'ReportView', 'engine.worker', 'exceljs']) {
      expect(files.some((f) => f.includes(lazy)), lazy).toBe(false);
    }
  });
});
