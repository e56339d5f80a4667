/**
 * The printable report: the demo's report tab prints to an A4 PDF of several pages that carries the
 * scenario's name, the 打印 button asks the browser to print, the charts stay inside the paper, and the
 * page passes an axe scan — in Debian's Chromium, offline.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { freshSessions, openDemo } from './browser';

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
  const s = freshSessions(baseUrl);
  const page = () => s().page;

  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  /** A first visit opens a copy of the demo; its report tab, drawn and ready to print. */
  async function openReport(): Promise<Page> {
    await openDemo(page(), baseUrl);
    await page().getByTestId('tab-report').click();
    await page().locator('[data-testid="report"][data-ready="true"]').waitFor({ timeout: 60_000 });
    return page();
  }

  it('prints to an A4 PDF of two or more pages that names the scenario', async () => {
    await openReport();
    const pdf = await page().pdf({ format: 'A4' });
    writeFileSync(`${artifacts}report.pdf`, pdf);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);

    if (hasPdftotext()) {
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', `${artifacts}report.pdf`, '-'], { encoding: 'utf8' }).stdout;
      expect(squash(text)).toContain(squash(demo.name));
    } else {
      // Without poppler, the printed text is read from the page as print media lays it out.
      await page().emulateMedia({ media: 'print' });
      expect(squash(await page().getByTestId('report').innerText())).toContain(squash(demo.name));
      await page().emulateMedia({ media: 'screen' });
    }
  });

  it('keeps the app chrome off paper and shows every section', async () => {
    await openReport();
    await page().emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['.app-bar', '.workbench .tabs', '[data-testid="report-print"]', '[data-testid="scenario-title"]']) {
        expect(await page().locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      for (const part of ['report-title', 'report-verdicts', 'report-funding', 'report-rules', 'report-clauses']) {
        expect(await page().getByTestId(part).isVisible(), part).toBe(true);
      }
      expect(await page().getByTestId('report-title').innerText()).toBe(demo.name);
    } finally {
      await page().emulateMedia({ media: 'screen' });
    }
  });

  it('keeps the charts within the paper', async () => {
    await openReport();
    const overflow = await page().evaluate(() => {
      const paper = document.querySelector('[data-testid="report"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="report"] svg')]
        .map((svg) => svg.getBoundingClientRect())
        .filter((r) => r.width > 100 && (r.left < paper.left || r.right > paper.right)).length;
    });
    expect(overflow).toBe(0);
    expect(await page().locator('[data-testid="report-chart"]').count()).toBe(3);
  });

  it('opens the browser’s print dialogue from 打印', async () => {
    await openReport();
    await page().evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page().getByTestId('report-print').click();
    expect(await page().evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousViolations(await openReport())).toEqual([]);
  });
});
