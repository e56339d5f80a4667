/**
 * The demo's first screen no longer calls the district's funds sufficient beside a verdict that binds
 * on the district's 2026 budget: the deferred building shows in the funding table and fails the no-gap
 * target of the same payer and year.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));

describe('verdicts agree on the first screen', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;
  const row = (target: string) => page().locator(`[data-testid="verdict-table"] tr[data-target="${target}"]`);

  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  it('fails the district no-gap target in 2026, where the space target binds and the funding table shows deferred spending', async () => {
    await openDemo(page(), baseUrl);
    await expect.poll(() => row('district-funds-2026').locator('[data-testid="verdict"]').getAttribute('data-met'), { timeout: 60_000 }).toBe('false');
    // the space target binds on the district's 2026 budget, and the funding verdict names the same payer and year
    expect(await row('space-90-2027').textContent()).toContain('2026');
    expect(await row('district-funds-2026').textContent()).toContain('2026');
    const deferred = page().getByTestId('deferred-district-2026');
    await deferred.waitFor({ timeout: 60_000 });
    expect(Number((await deferred.textContent())!.replace(/[^\d.]/g, ''))).toBeGreaterThan(0);
    // the deferred figure opens its explanation: the hires and building starts that waited, district by district
    await deferred.click();
    const panel = page().getByTestId('side-panel');
    await panel.waitFor();
    await expect.poll(async () => (await panel.locator('h3').first().textContent())?.trim(), { timeout: 30_000 }).toBe('区（县）级财政 2026 年因预算不足延后的支出');
    expect(await panel.getByTestId('explain-formula').textContent()).toMatch(/^[\d,.]+ \+ [\d,.]+ = [\d,.]+$/);
    const inputs = await panel.locator('[data-testid="explain-input"]').allTextContents();
    expect(inputs).toHaveLength(2);
    expect(inputs[0].trim()).toMatch(/^延后的招聘（按其应付经费计）/);
    expect(inputs[1].trim()).toMatch(/^延后的开工建设（按其应付造价计）/);
    expect(await panel.locator('[data-testid="explain-part"]').count()).toBeGreaterThan(0);
    await page().screenshot({ path: `${artifacts}issue12-verdicts-agree.png`, fullPage: true });
  });
});
