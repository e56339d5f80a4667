/**
 * The guide's screenshots, taken from the running app on the demo so they show the app as it is:
 * each view at 1000 × 640, written to public/help/<view>.webp for the next build (and the service
 * worker's precache) to carry. Chromium encodes the WebP itself (canvas.toDataURL), so no image tool
 * is needed; each must stay small (under 120 kB) so the precache stays light.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const out = fileURLToPath(new URL('../../public/help/', import.meta.url));
const MAX_BYTES = 120 * 1024;

/** The tab's route and what shows it is drawn. */
const TABS: [view: string, tab: string, ready: string][] = [
  ['city', 'city', '[data-testid="city-table"]'],
  ['rules', 'rules', '[data-testid="help-link"][data-view="rules"]'],
  ['plan', 'plan', '[data-testid="plan-verdicts"]'],
  ['targets', 'targets', '[data-testid="targets-table"]'],
  ['map', 'map', '[data-testid="map-figure-all5"]'],
  ['report', 'report', '[data-testid="report"][data-ready="true"]'],
];

/** A PNG re-encoded as WebP by the page's own canvas. */
async function toWebp(page: Page, png: Buffer): Promise<Buffer> {
  const url = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    return canvas.toDataURL('image/webp', 0.8);
  }, png.toString('base64'));
  expect(url.startsWith('data:image/webp;base64,'), 'Chromium encodes WebP').toBe(true);
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

async function shoot(page: Page, view: string): Promise<void> {
  // Let charts and the map finish their transitions before the picture is taken.
  await page.waitForTimeout(600);
  const file = `${out}${view}.webp`;
  writeFileSync(file, await toWebp(page, await page.screenshot({ type: 'png' })));
  expect(statSync(file).size, `${view}.webp`).toBeLessThan(MAX_BYTES);
}

describe("the guide's screenshots", () => {
  const s = freshSessions(baseUrl, { viewport: { width: 1000, height: 640 } });

  it('photographs every view of the demo', async () => {
    mkdirSync(out, { recursive: true });
    const page = s().page;
    const id = await openDemo(page, baseUrl);
    await shoot(page, 'results');
    for (const [view, tab, ready] of TABS) {
      await page.goto(`${baseUrl}#/s/${encodeURIComponent(id)}/${tab}`);
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, view);
    }
    await page.goto(`${baseUrl}#/s/${encodeURIComponent(id)}/analysis`);
    for (const tool of ['monteCarlo', 'goalSeek', 'synthesis']) {
      await page.getByTestId(`analysis-tool-${tool}`).click();
      await page.locator(`[data-testid="help-link"][data-view="${tool}"]`).waitFor({ timeout: 60_000 });
      await shoot(page, tool);
    }
    await page.goto(`${baseUrl}#/`);
    await page.getByTestId('library-table').waitFor({ timeout: 60_000 });
    await shoot(page, 'library');
    await page.goto(`${baseUrl}#/compare`);
    await page.getByTestId('compare-picker').waitFor({ timeout: 60_000 });
    await shoot(page, 'compare');
    await page.goto(`${baseUrl}#/training/`);
    await page.getByTestId('exercise-list').waitFor({ timeout: 60_000 });
    await shoot(page, 'training');
  }, 300_000);
});
