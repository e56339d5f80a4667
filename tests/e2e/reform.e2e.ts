/**
 * Your own city's rules: a reform of the pay split from 2028, set on the Rules tab, moves the city's
 * spending from that year only; "New reform" opens a copy beside current policy in compare, with the
 * rule differences listed first, in words, with their clause.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { freshSessions, importScenario } from './browser';

const baseUrl = inject('baseUrl');
const qinghu = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/qinghu-2026-2030.json', import.meta.url)), 'utf8'));
// Current policy in the worked example's city: one worker per 250 households, at least 4, pay shared 5:5 in every year;
// no harmonious-community reward fund (NJ2007-21c), so that only the pay split moves the city's spending.
const current = {
  ...qinghu,
  name: '青湖市 现行政策',
  ruleSet: { id: 'NJ2007', overrides: { 'staffing.householdsPerWorker': 250, 'staffing.minPerCommunity': 4, 'pay.cityShare': 0.5, 'reward.modelFund': 0 } },
};

describe('a reform of the rules', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;
  // The first payer row is the city (PAYERS: city, district, street); each cell's button is named for payer and year.
  const citySpent = (year: number) => page().locator(`button.figure[aria-label*=" ${year} 年支出"]`).first().textContent();

  it('a dated override set on the Rules tab changes the cost from its year', async () => {
    const id = await importScenario(page(), baseUrl, current);
    await page().goto(`${baseUrl}#/s/${id}/results`);
    // 2027 and 2028 alike: 72 workers × 100,000 × 0.5 + 10 communities × 25,000 (NJ2007-21a) = 3,850,000 = 385万
    await expect.poll(() => citySpent(2028), { timeout: 60_000 }).toBe('385');
    expect(await citySpent(2027)).toBe('385');

    await page().getByTestId('tab-rules').click();
    const card = page().locator('[data-testid="rule-card"][data-key="pay.cityShare"]');
    await card.locator('[data-testid="dated-override"] summary').click();
    await card.getByTestId('override-from-year').selectOption('2028');
    await card.getByTestId('override-from-value').fill('60');
    await card.getByTestId('override-from-apply').click();
    await expect.poll(() => card.locator('[data-testid="rule-timeline"] li[data-year="2028"]').getAttribute('data-source')).toBe('override');
    // the all-years 50% now holds until 2027, the reform's 60% from 2028
    expect(await card.locator('[data-testid="rule-timeline"] li[data-year="2027"] .value').textContent()).toBe('50%');
    expect(await card.locator('[data-testid="rule-timeline"] li[data-year="2028"] .value').textContent()).toBe('60%');
    // the year-by-year table reads the same values back
    expect(await card.getByTestId('override-year-2027').inputValue()).toBe('50');
    expect(await card.getByTestId('override-year-2028').inputValue()).toBe('60');

    await page().getByTestId('tab-results').click();
    // 2028: 72 × 100,000 × 0.6 + 250,000 = 4,570,000 = 457万; 2027 unchanged
    await expect.poll(() => citySpent(2028), { timeout: 30_000 }).toBe('457');
    expect(await citySpent(2027)).toBe('385');
  });

  it('New reform opens the copy beside current policy, rule differences first, with their clause', async () => {
    const id = await importScenario(page(), baseUrl, current);
    await page().goto(`${baseUrl}#/s/${id}/rules`);
    const reform = page().getByTestId('new-reform');
    await reform.locator('summary').click();
    await reform.getByTestId('reform-param').selectOption('staffing.householdsPerWorker');
    await reform.getByTestId('reform-from').selectOption('2028');
    await reform.getByTestId('reform-value').fill('200');
    await reform.getByTestId('reform-make').click();

    await page().waitForURL(/#\/compare\//, { timeout: 30_000 });
    const results = page().getByTestId('compare-results');
    await results.waitFor({ timeout: 60_000 });
    expect(await results.locator('> *').first().getAttribute('data-testid')).toBe('compare-rules');
    const rows = page().getByTestId('compare-rule-row');
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.getAttribute('data-key')).toBe('staffing.householdsPerWorker');
    expect(await row.locator('.change').textContent()).toMatch(/自 2028 年起由 250 户 改为 200 户$/);
    expect(await row.getByTestId('compare-rule-clause').first().textContent()).toMatch(/^NJ2007-15：/);
  });
});
