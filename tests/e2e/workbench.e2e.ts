/**
 * A planning official's first session: the demo's verdicts appear, a lever changes a verdict, the
 * change survives a reload, English and back, a chart's data downloads as CSV, a funding total
 * explains itself — all in Debian's Chromium, offline, with no serious accessibility problem.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as {
  targets: { id: string }[];
  plan: { hiring: { capacityPerYear: number } };
};
const artifacts = fileURLToPath(new URL('../../test-results/', import.meta.url));
const STAFF_TARGET = 'staff-2027';
const CAPACITY = '[data-testid="lever-plan-hiring-capacityPerYear"]';

describe('workbench', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;
  const verdictOf = (target: string) => page().locator(`[data-testid="verdict-table"] tr[data-target="${target}"] [data-testid="verdict"]`);

  beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  it('opens a copy of the demo on a first visit and shows a verdict per target, asking only its own origin', async () => {
    await openDemo(page(), baseUrl);
    const rows = page().locator('[data-testid="verdict-table"] tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target')))).toEqual(demo.targets.map((t) => t.id));
    // The demo misses its 2027 staffing target: hiring capacity binds (src/fixtures/demo/demoScenario.ts).
    expect(await verdictOf(STAFF_TARGET).getAttribute('data-met')).toBe('false');
    await page().locator('[data-testid="results-charts"]').waitFor();
    // GOV2020-3a sets one quota per district: a row for each of the demo's 8 districts, and the
    // per-community table labelled as the secondary view.
    expect(await page().locator('[data-testid="district-quota-row"]').count()).toBe(8);
    await page().getByTestId('community-secondary').waitFor();
    await page().screenshot({ path: `${artifacts}results.png`, fullPage: true });
    // The page, its scripts, the worker and the demo file at least; none elsewhere (checked after each test).
    expect(s().requested.length).toBeGreaterThanOrEqual(4);
  });

  it('meets the staffing target once the hiring capacity is raised, and keeps the edit after a reload', async () => {
    await openDemo(page(), baseUrl);
    await page().getByTestId('tab-plan').click();
    const input = page().locator(CAPACITY);
    expect(await input.inputValue()).toBe(String(demo.plan.hiring.capacityPerYear));
    // 2,000 a year is more than the whole gap plus leavers in the first year, so every district meets its quota by 2027.
    await input.fill('2000');
    await input.press('Enter');
    await expect.poll(() => verdictOf(STAFF_TARGET).getAttribute('data-met'), { timeout: 30_000 }).toBe('true');
    await expect.poll(() => page().getByTestId('save-state').getAttribute('data-state'), { timeout: 30_000 }).toBe('saved');

    await page().reload();
    await page().locator(CAPACITY).waitFor({ timeout: 60_000 });
    expect(await page().locator(CAPACITY).inputValue()).toBe('2000');
    await expect.poll(() => verdictOf(STAFF_TARGET).getAttribute('data-met'), { timeout: 30_000 }).toBe('true');
  });

  it('shows on the rule cards how each clause is treated, which numbers are kept only to cite, and budgets as 不限', async () => {
    await openDemo(page(), baseUrl);
    await page().getByTestId('tab-rules').click();
    // GOV2020-3a sets the households per worker: modelled (scenarios/policy/ruleStatus.json)
    const status = page().locator('[data-testid="rule-card"][data-key="staffing.householdsPerWorker"] [data-testid="rule-status"]').first();
    expect(await status.getAttribute('data-status')).toBe('modelled');
    expect((await status.textContent())?.trim()).toBe('已模拟');
    // GOV2020-2a's 3,000 households moves no result, so the card says it is there to cite
    await page().locator('[data-testid="rule-card"][data-key="community.maxHouseholds"] [data-testid="citation-only"]').waitFor();
    // a clause with no number is listed too, with why: GOV2020-0's "basically in place"
    expect(await page().locator('[data-testid="clause-status-list"] tr[data-rule="GOV2020-0"] [data-status]').getAttribute('data-status')).toBe('qualitative');
    await page().getByTestId('tab-plan').click();
    // the demo gives the street finance no budget row: no limit, and the table says so
    expect(await page().getByTestId('budget-street-2026').getAttribute('placeholder')).toBe('不限');
  });

  it('switches to English and back', async () => {
    await openDemo(page(), baseUrl);
    const firstHeader = page().locator('[data-testid="verdict-table"] thead th').first();
    expect((await firstHeader.textContent())?.trim()).toBe('目标');
    await page().getByTestId('language-toggle').click();
    await expect.poll(() => firstHeader.textContent()).toBe('Target');
    expect(await page().getAttribute('html', 'lang')).toBe('en');
    await page().getByTestId('language-toggle').click();
    await expect.poll(() => firstHeader.textContent()).toBe('目标');
  });

  it("downloads a chart's data as CSV with a byte-order mark and Chinese headers", async () => {
    await openDemo(page(), baseUrl);
    const button = page().locator('[data-testid="chart-csv"]').first();
    await button.waitFor();
    const [download] = await Promise.all([page().waitForEvent('download'), button.click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const header = text.slice(1).split('\r\n')[0];
    expect(header).toMatch(/年份/);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('explains a funding total with its formula and parts', async () => {
    await openDemo(page(), baseUrl);
    const bar = page().locator('[data-testid="funding-bar"]').first();
    await bar.click();
    const panel = page().getByTestId('side-panel');
    await panel.waitFor();
    expect((await page().getByTestId('explain-formula').textContent())?.trim()).toMatch(/=/);
    expect(await page().locator('[data-testid="explain-part"]').count()).toBeGreaterThan(0);
    // Switching tabs keeps the open scenario (and its panel): it is not reopened on every route change.
    await page().getByTestId('tab-plan').click();
    await page().locator(CAPACITY).waitFor();
    expect(await panel.isVisible()).toBe(true);
    await page().getByTestId('panel-close').click();
    await panel.waitFor({ state: 'detached' });
  });

  it.each(['results', 'plan', 'city', 'rules', 'targets'])('has no serious or critical accessibility violation on the %s tab', async (tab) => {
    await openDemo(page(), baseUrl);
    await page().getByTestId(`tab-${tab}`).click();
    await page().waitForTimeout(300);
    expect(await seriousViolations(page())).toEqual([]);
  });
});
