/**
 * The first-visit tour on the demo, in a profile that has never seen it: every step points at an
 * element that is there and visible, finishing or skipping it is remembered across a reload, and
 * #/tour starts it again. Also at a narrow window, where the bubble docks at the bottom.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TOUR_STEPS } from '../../src/ui/tour/steps';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const SLOW = { timeout: 60_000 };
const BUBBLE = '[data-testid="tour"]';

async function stepShown(page: Page, index: number): Promise<void> {
  const step = TOUR_STEPS[index];
  await page.locator(`${BUBBLE}[data-step="${step.id}"] h2:focus`).waitFor(SLOW);
  const target = page.locator(step.target).first();
  expect(await target.isVisible(), `${step.id}: ${step.target}`).toBe(true);
  // The ring is drawn around the target itself (4 px out), not where an element of another tab was. Both
  // boxes are read at once, and again until they agree: content that arrives below (the results' charts,
  // loaded after the verdicts) can move the target between two reads, and the ring follows it a frame later.
  const off = () => ringOffset(page, step.target);
  await expect.poll(off, { timeout: 5_000, message: `${step.id}: ring left, top and width off by (px)` }).toEqual({ left: 0, top: 0, width: 0 });
  expect(page.url()).toMatch(new RegExp(`/${step.tab}$`));
}

/** How far the ring lies from 4 px around the target, each side to the whole px, under 2 px counted as none. */
function ringOffset(page: Page, target: string): Promise<{ left: number; top: number; width: number }> {
  return page.evaluate((selector) => {
    const ring = document.querySelector('[data-testid="tour-ring"]')!.getBoundingClientRect();
    const box = document.querySelector(selector)!.getBoundingClientRect();
    const off = (d: number) => (Math.abs(d) < 2 ? 0 : Math.round(d));
    return { left: off(ring.x + 4 - box.x), top: off(ring.y + 4 - box.y), width: off(ring.width - 8 - box.width) };
  }, target);
}

/** The bubble lies inside the window. */
async function bubbleInside(page: Page): Promise<void> {
  const box = (await page.locator(BUBBLE).boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height + 0.5);
}

async function walkThrough(page: Page): Promise<void> {
  for (let i = 0; i < TOUR_STEPS.length; i++) {
    await stepShown(page, i);
    await bubbleInside(page);
    await page.getByTestId('tour-next').click();
  }
  await page.locator(BUBBLE).waitFor({ state: 'detached' });
}

async function reloadWithoutTour(page: Page): Promise<void> {
  await page.reload();
  await page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor(SLOW);
  // Time for the tour's code to arrive, were it to come back.
  await page.waitForTimeout(1500);
  expect(await page.locator(BUBBLE).count()).toBe(0);
}

describe('the first-visit tour', () => {
  const s = freshSessions(baseUrl, { tour: 'fresh' });

  it('walks through every step, going back once, and stays finished after a reload', async () => {
    const { page } = s();
    await openDemo(page, baseUrl);
    await stepShown(page, 0);
    expect(await page.getByTestId('tour-back').isDisabled()).toBe(true);
    await page.getByTestId('tour-next').click();
    await stepShown(page, 1);
    await page.getByTestId('tour-back').click();
    await walkThrough(page);
    await reloadWithoutTour(page);
  }, 180_000);

  it('is skipped with its button or with Esc (not Esc typed into a field), and stays skipped', async () => {
    const { page } = s();
    await openDemo(page, baseUrl);
    await stepShown(page, 0);
    await page.getByTestId('tour-skip').click();
    await page.locator(BUBBLE).waitFor({ state: 'detached' });
    await reloadWithoutTour(page);

    await page.goto(`${baseUrl}#/tour`);
    await stepShown(page, 0);
    await page.getByTestId('tour-next').click();
    await stepShown(page, 1);
    await page.getByTestId('tour-next').click();
    await stepShown(page, 2);
    // Esc typed into a field belongs to the field: the tour stays.
    await page.getByTestId('lever-plan-hiring-capacityPerYear').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator(BUBBLE).isVisible()).toBe(true);
    await page.locator(`${BUBBLE} h2`).focus();
    await page.keyboard.press('Escape');
    await page.locator(BUBBLE).waitFor({ state: 'detached' });
    await reloadWithoutTour(page);
  }, 180_000);

  it('starts again from #/tour, on the demo already in the library, in English too', async () => {
    const { page } = s();
    const id = await openDemo(page, baseUrl);
    await page.getByTestId('tour-skip').click();
    await page.getByTestId('language-toggle').click();
    await page.goto(`${baseUrl}#/tour`);
    await stepShown(page, 0);
    expect(page.url()).toContain(`/s/${encodeURIComponent(id)}/results`);
    expect(await page.locator(`${BUBBLE} h2`).textContent()).toBe('Target verdicts');
    await walkThrough(page);
    await reloadWithoutTour(page);
  }, 180_000);
});

describe('the tour in a narrow window', () => {
  const s = freshSessions(baseUrl, { tour: 'fresh', viewport: { width: 390, height: 760 } });

  it('docks across the bottom and reaches every step', async () => {
    const { page } = s();
    await openDemo(page, baseUrl);
    await stepShown(page, 0);
    const box = (await page.locator(BUBBLE).boundingBox())!;
    expect(box.width).toBeCloseTo(390, 0);
    await walkThrough(page);
  }, 180_000);
});
