/**
 * The 15-minute life circle in the browser, on a city whose coverage is worked out by hand
 * (src/fixtures/lifeCircleCity.ts): 80% of residents within reach of all five types, 100% once the
 * planned facilities open or a suggested site is added; a five-minute service circle beside it (CASES-wuhai).
 * The demo’s map is labelled synthetic.
 */
import { describe, expect, inject, it } from 'vitest';
import { lifeCircleCity } from '../../src/fixtures/lifeCircleCity';
import { seriousViolations } from './axe';
import { freshSessions, importScenario, openDemo } from './browser';

const baseUrl = inject('baseUrl');

/** "80%" → 0.8 */
const share = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, '')) / 100;

describe('life-circle map', () => {
  const s = freshSessions(baseUrl);
  const all5 = () => s().page.getByTestId('map-figure-all5');
  const shown = async () => share(await all5().textContent());

  async function openMap(scenario: unknown): Promise<string> {
    const id = await importScenario(s().page, baseUrl, scenario);
    await s().page.goto(`${baseUrl}#/s/${encodeURIComponent(id)}/map`);
    await all5().waitFor({ timeout: 60_000 });
    return id;
  }

  it('shows 80% covered by all five types: 4,000 of 5,000 residents within 1,000 m of them', async () => {
    await openMap(lifeCircleCity());
    await expect.poll(shown).toBe(0.8);
    expect(await s().page.getByTestId('map-synthetic').count()).toBe(0);
    expect(await seriousViolations(s().page)).toEqual([]);
  });

  it('shows a five-minute service circle beside the life circle: 1,000 of 5,000 residents within 500 m (CASES-wuhai)', async () => {
    // 5 minutes × 100 m per minute, detour 1: 500 m. A (0 m) is in; B (600 m) is out, though within the life circle's 1,000 m.
    const scenario = lifeCircleCity();
    scenario.city.spatial!.serviceCircles = [{ id: 'WH5', minutes: 5, types: ['culture', 'service'] }];
    await openMap(scenario);
    await expect.poll(shown).toBe(0.8);
    await expect.poll(async () => share(await s().page.getByTestId('map-circle-WH5').textContent())).toBe(0.2);
    expect(await s().page.getByTestId('map-circle-figures').textContent()).toContain('5分钟服务圈（WH5）');
  });

  it('covers 80% in 2026 and 100% in 2030, as the facilities planned at C open in 2028', async () => {
    await openMap(lifeCircleCity({ planned: true }));
    const year = s().page.getByTestId('map-year');
    await year.fill('2026');
    await expect.poll(shown).toBe(0.8);
    await year.fill('2030');
    await expect.poll(shown).toBe(1);
  });

  it('covers 100% once a suggested site, which can only be near C, is added to open in 2027', async () => {
    const id = await openMap(lifeCircleCity());
    await expect.poll(shown).toBe(0.8);
    await s().page.goto(`${baseUrl}#/s/${encodeURIComponent(id)}/plan`);
    await s().page.getByTestId('suggest-type').selectOption('all5');
    await s().page.getByTestId('suggest-count').fill('1');
    await s().page.getByTestId('suggest-run').click();
    await s().page.getByTestId('suggest-sites').waitFor({ timeout: 60_000 });
    await s().page.getByTestId('suggest-year').selectOption('2027');
    await s().page.getByTestId('suggest-add').click();
    await s().page.getByTestId('tab-map').click();
    await s().page.getByTestId('map-year').fill('2030');
    await expect.poll(shown, { timeout: 30_000 }).toBe(1);
  });

  it('labels the demo’s places as synthetic, with no serious accessibility violation', async () => {
    await openDemo(s().page, baseUrl);
    await s().page.getByTestId('tab-map').click();
    await s().page.getByTestId('map-synthetic').waitFor({ timeout: 60_000 });
    await all5().waitFor({ timeout: 60_000 });
    expect(await seriousViolations(s().page)).toEqual([]);
  });
});
