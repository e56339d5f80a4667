/**
 * The 15-minute life circle in the browser: the demo's coverage shows on the map tab, grows as the
 * planned facilities open (moving the year), and grows again when suggested sites are added to the plan.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { foreignRequests, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');

/** "59.2%" → 0.592 */
const share = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, '')) / 100;

describe('life-circle map', () => {
  let s: Session;
  const all5 = () => s.page.getByTestId('map-figure-all5');

  beforeAll(async () => {
    s = await openSession(baseUrl);
    await s.page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    await s.page.getByTestId('tab-map').click();
    await s.page.getByTestId('life-circle-map').waitFor({ timeout: 60_000 });
    await all5().waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('shows the demo as synthetic geometry with its coverage for all five types', async () => {
    await s.page.getByTestId('map-synthetic').waitFor();
    const value = share(await all5().textContent());
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it('covers more residents in 2030 than in 2026, as the planned facilities open (2027–2029)', async () => {
    const year = s.page.getByTestId('map-year');
    await year.fill('2026');
    await expect.poll(async () => share(await all5().textContent())).toBeGreaterThan(0);
    const before = share(await all5().textContent());
    await year.fill('2030');
    await expect.poll(async () => share(await all5().textContent())).toBeGreaterThan(before);
  });

  it('covers more once suggested sites are added to the plan', async () => {
    const before = share(await all5().textContent());
    await s.page.getByTestId('tab-plan').click();
    await s.page.getByTestId('suggest-type').selectOption('all5');
    await s.page.getByTestId('suggest-count').fill('3');
    await s.page.getByTestId('suggest-run').click();
    await s.page.getByTestId('suggest-sites').waitFor({ timeout: 60_000 });
    await s.page.getByTestId('suggest-year').selectOption('2027');
    await s.page.getByTestId('suggest-add').click();
    await s.page.getByTestId('tab-map').click();
    await s.page.getByTestId('map-year').fill('2030');
    await expect.poll(async () => share(await all5().textContent()), { timeout: 30_000 }).toBeGreaterThan(before);
  });

  it('has no serious or critical accessibility violation, and stays offline', async () => {
    expect(await seriousViolations(s.page)).toEqual([]);
    expect(foreignRequests(s, baseUrl)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
