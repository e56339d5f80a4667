/**
 * The printable report: the demo's report tab prints to an A4 PDF of several pages that carries the
 * scenario's name, the 打印 button asks the browser to print, the charts stay inside the paper, and the
 * page passes an axe scan — in Debian's Chromium, offline.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { foreignRequests, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as { name: string };
const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));
const squash = (text: string) => text.replace(/\s+/g, '');

/** Page objects in the PDF ("/Type /Page", not the "/Type /Pages" tree node). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).error === undefined;
}

describe('printable report', () => {
  let s: Session;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    s = await openSession(baseUrl);
    // A first visit opens a copy of the demo on its results.
    await s.page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    await s.page.getByTestId('tab-report').click();
    await s.page.locator('[data-testid="report"][data-ready="true"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('prints to an A4 PDF of two or more pages that names the scenario', async () => {
    const pdf = await s.page.pdf({ format: 'A4' });
    writeFileSync(`${artifacts}report.pdf`, pdf);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);

    if (hasPdftotext()) {
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', `${artifacts}report.pdf`, '-'], { encoding: 'utf8' }).stdout;
      expect(squash(text)).toContain(squash(demo.name));
    } else {
      // Without poppler, the printed text is read from the page as print media lays it out.
      await s.page.emulateMedia({ media: 'print' });
      expect(squash(await s.page.getByTestId('report').innerText())).toContain(squash(demo.name));
      await s.page.emulateMedia({ media: 'screen' });
    }
  });

  it('keeps the app chrome off paper and shows every section', async () => {
    await s.page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['.app-bar', '.workbench .tabs', '[data-testid="report-print"]', '[data-testid="scenario-title"]']) {
        expect(await s.page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      for (const part of ['report-title', 'report-verdicts', 'report-funding', 'report-rules', 'report-clauses']) {
        expect(await s.page.getByTestId(part).isVisible(), part).toBe(true);
      }
      expect(await s.page.getByTestId('report-title').innerText()).toBe(demo.name);
    } finally {
      await s.page.emulateMedia({ media: 'screen' });
    }
  });

  it('keeps the charts within the paper', async () => {
    const overflow = await s.page.evaluate(() => {
      const paper = document.querySelector('[data-testid="report"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="report"] svg')]
        .map((svg) => svg.getBoundingClientRect())
        .filter((r) => r.width > 100 && (r.left < paper.left || r.right > paper.right)).length;
    });
    expect(overflow).toBe(0);
    expect(await s.page.locator('[data-testid="report-chart"]').count()).toBe(3);
  });

  it('opens the browser’s print dialogue from 打印', async () => {
    await s.page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await s.page.getByTestId('report-print').click();
    expect(await s.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('has no serious or critical accessibility violation, and asked nothing of any other origin', async () => {
    expect(await seriousViolations(s.page)).toEqual([]);
    expect(foreignRequests(s, baseUrl)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
