/**
 * The demo's report prints compactly: sections follow one another instead of each opening a page,
 * every page but the last is more than half full, the life-circle section prints its map and
 * district table, and each page's foot carries the date and "第 n 页 / 共 m 页".
 *
 * How full a page is gets measured on the PDF Chromium prints (page.pdf, A4), not on a model of it:
 * Ghostscript renders each page to a grey image and the lowest inked row inside the printed area
 * (15 mm top and 16 mm bottom margins, so the foot in the bottom margin does not count) gives the
 * share of the page's height in use. Charts and the map's canvas count as ink, as they should. Without
 * Ghostscript on the machine the fill check is skipped and says so; the page count still runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { freshSessions, openDemo } from './browser';
import { hasGhostscript, pageCount, pageFills, pdfText } from './pdfPages';

const baseUrl = inject('baseUrl');
const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));

describe('compact printed report', () => {
  const s = freshSessions(baseUrl);
  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  it('prints the demo in few pages, none but the last less than half full, with its life-circle section and page feet', async () => {
    const page = s().page;
    await openDemo(page, baseUrl);
    await page.getByTestId('tab-report').click();
    await page.locator('[data-testid="report"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="report-map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-coverage').locator('tbody tr').count()).toBeGreaterThan(1);

    const pdf = await page.pdf({ format: 'A4' });
    const file = `${artifacts}report-compact.pdf`;
    writeFileSync(file, pdf);
    const pages = pageCount(pdf);
    // Before sections flowed, the demo took six pages, four of them less than half full.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);

    if (!hasGhostscript) {
      console.warn('Ghostscript (gs) is not installed: page fill and page feet not checked');
      return;
    }
    const fills = pageFills(file, `${artifacts}report-pages/`);
    expect(fills).toHaveLength(pages);
    writeFileSync(`${artifacts}report-compact-fill.json`, JSON.stringify(fills));
    for (const [i, fill] of fills.slice(0, -1).entries()) expect(fill, `page ${i + 1} of ${pages}`).toBeGreaterThan(0.5);

    const text = pdfText(file);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`第${n}页/共${pages}页`);
  });
});
