/**
 * Two explanations of the demo as an official opens them in Chromium: a community's households show
 * the growth rate they were grown by, and the city's spending shows its cost lines in 万元 with
 * separators, and the amount to the yuan. Screenshots of both are saved.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));
/** thousands separated, as 24,535 or 245,346,000 */
const GROUPED = String.raw`\d{1,3}(?:,\d{3})+`;

describe('explanations', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;
  const formula = async () => (await page().getByTestId('explain-formula').textContent())?.trim();

  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  it("writes 阳洲社区's growth rate into its 2030 households: round(2,619 × (1 + 0.29%)^5) = 2,657", async () => {
    await openDemo(page(), baseUrl);
    await page().getByTestId('community-year').selectOption('2030');
    await page().getByTestId('community-filter').fill('阳洲社区');
    // households is the first figure of the row (src/ui/results/communityRows.ts COLUMNS)
    const row = page().locator('[data-testid="community-row"][data-id="D01-S01-C001"]');
    await row.locator('button').first().click();
    await page().getByTestId('side-panel').waitFor();
    // 2,619 households in 2025 growing 0.29% a year: 2,619 × 1.0029^5 = 2,657.2 → 2,657
    await expect.poll(formula, { timeout: 30_000 }).toBe('round(2,619 × (1 + 0.29%)^5) = 2,657');
    const inputs = await page().getByTestId('explain-input').allTextContents();
    expect(inputs.some((t) => t.includes('年增长率') && t.includes('0.29%'))).toBe(true);
    await page().getByTestId('side-panel').screenshot({ path: `${artifacts}explain-households.png` });
  });

  it("shows the city's 2026 spending by cost line in 万元 with separators, and to the yuan", async () => {
    await openDemo(page(), baseUrl);
    await page().getByTestId('funding-city-2026').click();
    await page().getByTestId('side-panel').waitFor();
    await expect.poll(formula, { timeout: 30_000 }).toMatch(new RegExp(`^专职工作者报酬 ${GROUPED}( \\+ \\S+ [\\d,.]+)* = ${GROUPED}$`));
    expect((await page().getByTestId('explain-value').textContent())?.trim()).toMatch(new RegExp(`^${GROUPED} 万元$`));
    expect((await page().getByTestId('explain-exact').textContent())?.trim()).toMatch(new RegExp(`^${GROUPED} 元$`));
    expect(await formula()).not.toMatch(/\d{5}/);
    expect(await page().locator('[data-testid="explain-part"]').count()).toBeGreaterThan(0);
    await page().getByTestId('side-panel').screenshot({ path: `${artifacts}explain-city-2026.png` });
  });
});
