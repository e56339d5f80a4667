/**
 * An analyst's tools on the demo: a small Monte Carlo gives every target a probability, goal seek finds
 * the hiring capacity the 2027 staffing target needs (and makes a copy with it), and the comparison page
 * sets the demo beside a copy with more hiring — all offline, with no serious accessibility problem.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as {
  targets: { id: string }[];
  plan: { hiring: { capacityPerYear: number } };
};
const STAFF_TARGET = 'staff-2027';
const CAPACITY = '[data-testid="lever-plan-hiring-capacityPerYear"]';

describe('analysis and comparison', () => {
  const s = freshSessions(baseUrl);
  const page = () => s().page;
  const savedState = () => page().getByTestId('save-state').getAttribute('data-state');

  /** The demo's Monte Carlo with 40 draws, run to its results. */
  async function runMonteCarlo(): Promise<void> {
    await openDemo(page(), baseUrl);
    await page().getByTestId('tab-analysis').click();
    const draws = page().getByTestId('uncertainty-draws');
    await draws.fill('40');
    await draws.press('Enter');
    await page().getByTestId('mc-run').click();
    await page().locator('[data-testid="odds-table"] [data-testid="odds-probability"]').first().waitFor({ timeout: 60_000 });
  }

  /** Goal seek on the demo: the least hiring capacity that meets the 2027 staffing target, without uncertainty. */
  async function seekCapacity(): Promise<{ demoId: string; value: number }> {
    const demoId = await openDemo(page(), baseUrl);
    await page().getByTestId('tab-analysis').click();
    await page().getByTestId('analysis-tool-goalSeek').click();
    await page().getByTestId('seek-target').selectOption(STAFF_TARGET);
    await page().getByTestId('seek-lever').selectOption('hiringCapacity');
    await page().getByTestId('seek-mode-certain').check();
    await page().getByTestId('seek-run').click();
    const answer = page().getByTestId('seek-answer');
    await answer.waitFor({ timeout: 90_000 });
    return { demoId, value: Number(await answer.getAttribute('data-value')) };
  }

  /** The comparison page with the demo as baseline beside a copy that hires 700 a year. */
  async function compareWithCopy(): Promise<void> {
    const demoId = await openDemo(page(), baseUrl);
    await page().goto(`${baseUrl}#/`);
    await page().getByTestId('library-table').waitFor();
    const ids = () => page().locator('[data-testid="library-row"]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    const before = await ids();
    await page().locator(`[data-testid="library-row"][data-id="${demoId}"] [data-testid="row-duplicate"]`).click();
    await expect.poll(async () => (await ids()).length).toBe(before.length + 1);
    const copyId = (await ids()).find((id) => !before.includes(id))!;

    await page().goto(`${baseUrl}#/s/${encodeURIComponent(copyId)}/plan`);
    const capacity = page().locator(CAPACITY);
    await capacity.waitFor({ timeout: 60_000 });
    await capacity.fill('700');
    await capacity.press('Enter');
    await expect.poll(savedState, { timeout: 30_000 }).toBe('saved');

    // Chosen on the page, so the address follows the choice: the demo first, as the baseline.
    await page().goto(`${baseUrl}#/compare`);
    await page().locator(`[data-testid="compare-pick-row"][data-id="${demoId}"] [data-testid="compare-pick"]`).check();
    await page().locator(`[data-testid="compare-pick-row"][data-id="${copyId}"] [data-testid="compare-pick"]`).check();
    await expect.poll(() => page().url()).toContain(`#/compare/${demoId},${copyId}`);
    await page().locator('[data-testid="compare-title"]').first().waitFor({ timeout: 60_000 });
  }

  it('runs a small Monte Carlo and gives every target a probability between 0% and 100%', async () => {
    await runMonteCarlo();
    const probabilities = page().locator('[data-testid="odds-table"] [data-testid="odds-probability"]');
    const rows = await page().locator('[data-testid="odds-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target')));
    expect(rows).toEqual(demo.targets.map((t) => t.id));
    const values = (await probabilities.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).map(Number);
    for (const p of values) expect(p >= 0 && p <= 1).toBe(true);
    for (const text of await probabilities.allTextContents()) expect(text).toMatch(/^\d+(\.\d)?%$/);
    expect(await page().getByTestId('mc-ran').textContent()).toMatch(/40 次抽样，\d 个线程并行/);
    expect(await page().locator('[data-testid="fan-chart"]').count()).toBeGreaterThan(0);
    expect(await page().locator('[data-testid="tornado-chart"]').count()).toBe(demo.targets.length);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('downloads a fan chart’s data as CSV with a byte-order mark and Chinese headers', async () => {
    await runMonteCarlo();
    const button = page().locator('[data-testid="fan-chart"] [data-testid="chart-csv"]').first();
    const [download] = await Promise.all([page().waitForEvent('download'), button.click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^年份,P5（/);
  });

  it('finds the least hiring capacity that meets every district quota by 2027, above the 575 the demo plans', async () => {
    const { value } = await seekCapacity();
    expect(value).toBeGreaterThan(demo.plan.hiring.capacityPerYear);
    expect(await page().getByTestId('seek-answer').getAttribute('data-met')).toBe('true');
    expect(await page().getByTestId('seek-headline').textContent()).toContain(`${value.toLocaleString('zh-CN')} 人/年`);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('applies the answer to a new copy and opens it with the lever set', async () => {
    const { demoId, value } = await seekCapacity();
    await page().getByTestId('seek-apply').click();
    await expect.poll(() => page().url(), { timeout: 30_000 }).not.toContain(demoId);
    await page().locator(CAPACITY).waitFor({ timeout: 60_000 });
    expect(await page().locator(CAPACITY).inputValue()).toBe(String(value));
    expect(await page().getByTestId('scenario-title').textContent()).toContain('每年招聘能力');
  });

  it('compares the demo with a copy that hires more: sentence titles and the lever that differs', async () => {
    await compareWithCopy();
    const [baseline, copy] = await page().locator('[data-testid="compare-title"]').allTextContents();
    expect(baseline).toMatch(/达成 8 个目标中的 \d 个/);
    expect(copy).toMatch(/达成 8 个目标中的 \d 个，比基准多 \d 个；2026–2030 年市级财政多支出 [\d,]+ 万元/);
    const row = page().locator('[data-testid="compare-diff-row"][data-path="plan.hiring.capacityPerYear"]');
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/575 人\/年 700 人\/年 （\+125 人\/年）/);
    expect(await page().locator('[data-testid="compare-verdicts"] tbody tr').count()).toBe(demo.targets.length);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('downloads the differences by year as CSV with Chinese headers', async () => {
    await compareWithCopy();
    const [download] = await Promise.all([page().waitForEvent('download'), page().getByTestId('compare-csv').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^指标,年份,单位,.*（基准）/);
  });
});
