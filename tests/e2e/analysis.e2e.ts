/**
 * An analyst's tools on the demo: a small Monte Carlo gives every target a probability, goal seek finds
 * the hiring capacity the 2030 staffing target needs (and makes a copy with it), and the comparison page
 * sets the demo beside a copy with more hiring — all offline, with no serious accessibility problem.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { foreignRequests, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as {
  targets: { id: string }[];
  plan: { hiring: { capacityPerYear: number } };
};
const STAFF_TARGET = 'staff-2030';
const CAPACITY = '[data-testid="lever-plan-hiring-capacityPerYear"]';

describe('analysis and comparison', () => {
  let s: Session;
  let demoId = '';

  beforeAll(async () => {
    s = await openSession(baseUrl);
    await s.page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    demoId = decodeURIComponent(/#\/s\/([^/]+)\//.exec(s.page.url())![1]);
  });

  afterAll(async () => {
    await s?.close();
  });

  const savedState = () => s.page.getByTestId('save-state').getAttribute('data-state');

  it('runs a small Monte Carlo and gives every target a probability between 0% and 100%', async () => {
    await s.page.getByTestId('tab-analysis').click();
    const draws = s.page.getByTestId('uncertainty-draws');
    await draws.fill('40');
    await draws.press('Enter');
    await s.page.getByTestId('mc-run').click();
    const probabilities = s.page.locator('[data-testid="odds-table"] [data-testid="odds-probability"]');
    await probabilities.first().waitFor({ timeout: 60_000 });
    const rows = await s.page.locator('[data-testid="odds-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-target')));
    expect(rows).toEqual(demo.targets.map((t) => t.id));
    const values = (await probabilities.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).map(Number);
    for (const p of values) expect(p >= 0 && p <= 1).toBe(true);
    for (const text of await probabilities.allTextContents()) expect(text).toMatch(/^\d+(\.\d)?%$/);
    expect(await s.page.getByTestId('mc-ran').textContent()).toMatch(/40 次抽样，\d 个线程并行/);
    expect(await s.page.locator('[data-testid="fan-chart"]').count()).toBeGreaterThan(0);
    expect(await s.page.locator('[data-testid="tornado-chart"]').count()).toBe(demo.targets.length);
  });

  it('downloads a fan chart’s data as CSV with a byte-order mark and Chinese headers', async () => {
    const button = s.page.locator('[data-testid="fan-chart"] [data-testid="chart-csv"]').first();
    const [download] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^年份,P5（/);
  });

  it('has no serious or critical accessibility violation with Monte Carlo results shown', async () => {
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('finds the least hiring capacity that staffs every community by 2030, above the 575 the demo plans', async () => {
    await s.page.getByTestId('analysis-tool-goalSeek').click();
    await s.page.getByTestId('seek-target').selectOption(STAFF_TARGET);
    await s.page.getByTestId('seek-lever').selectOption('hiringCapacity');
    await s.page.getByTestId('seek-mode-certain').check();
    await s.page.getByTestId('seek-run').click();
    const answer = s.page.getByTestId('seek-answer');
    await answer.waitFor({ timeout: 90_000 });
    const value = Number(await answer.getAttribute('data-value'));
    expect(value).toBeGreaterThan(demo.plan.hiring.capacityPerYear);
    expect(await answer.getAttribute('data-met')).toBe('true');
    expect(await s.page.getByTestId('seek-headline').textContent()).toContain(`${value.toLocaleString('zh-CN')} 人/年`);
  });

  it('has no serious or critical accessibility violation on the goal seek tool', async () => {
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('applies the answer to a new copy and opens it with the lever set', async () => {
    const value = await s.page.getByTestId('seek-answer').getAttribute('data-value');
    await s.page.getByTestId('seek-apply').click();
    await expect.poll(() => s.page.url(), { timeout: 30_000 }).not.toContain(demoId);
    await s.page.locator(CAPACITY).waitFor({ timeout: 60_000 });
    expect(await s.page.locator(CAPACITY).inputValue()).toBe(value);
    expect(await s.page.getByTestId('scenario-title').textContent()).toContain('年度招聘能力');
  });

  it('compares the demo with a copy that hires more: sentence titles and the lever that differs', async () => {
    await s.page.goto(`${baseUrl}#/`);
    await s.page.getByTestId('library-table').waitFor();
    const ids = () => s.page.locator('[data-testid="library-row"]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    const before = await ids();
    await s.page.locator(`[data-testid="library-row"][data-id="${demoId}"] [data-testid="row-duplicate"]`).click();
    await expect.poll(async () => (await ids()).length).toBe(before.length + 1);
    const copyId = (await ids()).find((id) => !before.includes(id))!;

    await s.page.goto(`${baseUrl}#/s/${encodeURIComponent(copyId)}/plan`);
    const capacity = s.page.locator(CAPACITY);
    await capacity.waitFor({ timeout: 60_000 });
    await capacity.fill('700');
    await capacity.press('Enter');
    await expect.poll(savedState, { timeout: 30_000 }).toBe('saved');

    // Chosen on the page, so the address follows the choice: the demo first, as the baseline.
    await s.page.goto(`${baseUrl}#/compare`);
    await s.page.locator(`[data-testid="compare-pick-row"][data-id="${demoId}"] [data-testid="compare-pick"]`).check();
    await s.page.locator(`[data-testid="compare-pick-row"][data-id="${copyId}"] [data-testid="compare-pick"]`).check();
    await expect.poll(() => s.page.url()).toContain(`#/compare/${demoId},${copyId}`);

    const titles = s.page.locator('[data-testid="compare-title"]');
    await titles.first().waitFor({ timeout: 60_000 });
    const [baseline, copy] = await titles.allTextContents();
    expect(baseline).toMatch(/达成 8 个目标中的 \d 个/);
    expect(copy).toMatch(/达成 8 个目标中的 \d 个，比基准多 \d 个；2026–2030 年市级财政多支出 [\d,]+ 万元/);
    const row = s.page.locator('[data-testid="compare-diff-row"][data-path="plan.hiring.capacityPerYear"]');
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/575 人\/年 700 人\/年 （\+125 人\/年）/);
    expect(await s.page.locator('[data-testid="compare-verdicts"] tbody tr').count()).toBe(demo.targets.length);
  });

  it('downloads the differences by year as CSV with Chinese headers', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('compare-csv').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^指标,年份,单位,.*（基准）/);
  });

  it('has no serious or critical accessibility violation on the comparison page', async () => {
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('made no request beyond its own origin and logged no error', () => {
    expect(foreignRequests(s, baseUrl)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
