/**
 * A new cadre's session: open training mode, plan the first exercise (NJ2007-15: one worker per 300
 * households, at least 6), see the verdict turn as the hiring lever reaches the reference value, submit,
 * find every objective met in the debrief and answer a quiz question set on the plan's own figures; the
 * list then shows the exercise passed, and the facilitator's view turns its pages with the arrow keys.
 * Offline, quiet, and with no serious accessibility problem on any of these pages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { foreignRequests, openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const EXERCISE = 'staffing-by-households';
const exercise = JSON.parse(readFileSync(fileURLToPath(new URL(`../../scenarios/training/${EXERCISE}.json`, import.meta.url)), 'utf8')) as {
  reference: { values: Record<string, number> };
};
const LEVER = '[data-testid="lever-plan-hiring-capacityPerYear-input"]';

describe('training', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openSession(baseUrl);
    // The first visit opens a copy of the demo; training mode is one link away.
    await s.page.locator('[data-testid="verdict-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    await s.page.goto(`${baseUrl}#/training/`);
    await s.page.getByTestId('exercise-list').waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  const verdict = (objective: string) => s.page.locator(`[data-testid="objectives"] tr[data-objective="${objective}"] [data-testid="objective-verdict"]`);

  it('lists the exercises, none passed yet, with no serious accessibility violation', async () => {
    const rows = s.page.locator('[data-testid="exercise-list"] tr[data-exercise]');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    expect(await s.page.locator(`tr[data-exercise="${EXERCISE}"]`).getAttribute('data-progress')).toBe('new');
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('starts from a plan that misses the objective, and meets it once the lever reaches the reference value', async () => {
    await s.page.getByTestId(`start-${EXERCISE}`).click();
    await s.page.getByTestId('exercise').waitFor();
    // Hiring 2 a year fills 4 of the 6 missing workers by 2008.
    await expect.poll(() => verdict('staffed').getAttribute('data-met'), { timeout: 30_000 }).toBe('false');
    const input = s.page.locator(LEVER);
    expect(await input.inputValue()).toBe('2');
    await input.fill(String(exercise.reference.values['plan.hiring.capacityPerYear']));
    await input.press('Enter');
    await expect.poll(() => verdict('staffed').getAttribute('data-met'), { timeout: 30_000 }).toBe('true');
    await s.page.getByTestId('show-hint').click();
    expect(await s.page.getByTestId('hints').textContent()).toContain('NJ2007-15');
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('submits the plan and finds every objective met in the debrief, beside the reference plan', async () => {
    await s.page.getByTestId('submit-plan').click();
    const debrief = s.page.locator('[data-testid="debrief"][data-status="done"]');
    await debrief.waitFor({ timeout: 60_000 });
    expect(await s.page.getByTestId('debrief-verdict').getAttribute('data-met')).toBe('true');
    expect(await s.page.locator('[data-testid="lever-compare"] tr[data-lever="plan.hiring.capacityPerYear"]').textContent()).toContain('相同');
    expect(await verdict('staffed').getAttribute('data-met')).toBe('true');
  });

  it('answers a quiz question whose answer comes from the run: Xingfu’s 2,701 households need 10 workers', async () => {
    const question = s.page.locator('[data-testid="quiz-question"][data-question="xf-required"]');
    // ⌈2,701 ÷ 300⌉ = 10 (NJ2007-15): the right choice reads 10, and choosing it is marked right.
    const right = question.locator('input[data-correct="true"]');
    expect(await right.evaluate((el) => el.parentElement?.textContent ?? '')).toContain('10');
    await right.check();
    await expect.poll(() => question.getAttribute('data-answered')).toBe('true');
    expect(await s.page.getByTestId('quiz-score').textContent()).toContain('答对 1 题');
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('shows the exercise as passed in the list, and keeps it after a reload', async () => {
    await s.page.goto(`${baseUrl}#/training/`);
    const row = s.page.locator(`tr[data-exercise="${EXERCISE}"]`);
    await expect.poll(() => row.getAttribute('data-progress'), { timeout: 30_000 }).toBe('passed');
    await s.page.reload();
    await expect.poll(() => s.page.locator(`tr[data-exercise="${EXERCISE}"]`).getAttribute('data-progress'), { timeout: 30_000 }).toBe('passed');
  });

  it('turns the facilitator’s pages with the arrow keys, up to the reference plan', async () => {
    await s.page.setViewportSize({ width: 1920, height: 1080 });
    await s.page.goto(`${baseUrl}#/training/facilitator/${EXERCISE}`);
    const view = s.page.getByTestId('facilitator');
    await view.waitFor();
    expect(await view.getAttribute('data-step')).toBe('brief');
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    expect(await view.getAttribute('data-step')).toBe('reference');
    await expect.poll(() => verdict('staffed').getAttribute('data-met'), { timeout: 30_000 }).toBe('true');
    await s.page.keyboard.press('ArrowLeft');
    expect(await view.getAttribute('data-step')).toBe('hints');
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('draws the life-circle exercise and the authoring page without a serious accessibility violation', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.goto(`${baseUrl}#/training/life-circle`);
    await s.page.getByTestId('site-sketch').waitFor();
    await s.page.getByTestId('candidate-K-market').check();
    await expect.poll(() => verdict('circle').getAttribute('data-met'), { timeout: 30_000 }).toBe('false');
    expect(await seriousViolations(s.page)).toEqual([]);
    await s.page.goto(`${baseUrl}#/training/author`);
    await s.page.getByTestId('author-scenario').selectOption({ index: 1 });
    await s.page.getByTestId('export-exercise').waitFor();
    expect(await seriousViolations(s.page)).toEqual([]);
  });

  it('stayed offline and quiet', () => {
    expect(foreignRequests(s, baseUrl)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
