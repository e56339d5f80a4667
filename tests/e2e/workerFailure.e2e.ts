/**
 * An engine worker that cannot load — as when a tab open across an update asks for a chunk the server
 * no longer has — ends the run with a message and a retry instead of "测算中…" for ever; once the
 * chunk can be had again, the retry starts a fresh worker and the verdicts appear.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHELL } from '../../src/i18n/shell';
import { freshSessions, openDemo } from './browser';

const baseUrl = inject('baseUrl');
const WORKER_CHUNK = /\/assets\/engine\.worker-[^/]*\.js$/;

describe('a worker that fails to load', () => {
  const s = freshSessions(baseUrl);

  it('says so in Chinese and recovers on retry', async () => {
    const { page, context } = s();
    await openDemo(page, baseUrl);
    const rows = page.locator('[data-testid="verdict-table"] tbody tr');
    let refused = 0;
    await context.route(WORKER_CHUNK, (route) => {
      refused++;
      return route.fulfill({ status: 404, body: '' });
    });
    await page.reload();

    const status = page.getByTestId('run-status');
    await page.locator('[data-testid="run-status"][data-status="failed"]').waitFor({ timeout: 30_000 });
    expect(refused).toBeGreaterThan(0);
    expect(await page.getByTestId('run-problem').textContent()).toBe(SHELL['zh-CN'].workerFailed);
    expect(await rows.count()).toBe(0);
    // The refused chunk's 404 and the worker's failure are logged because this test provoked them;
    // anything logged from here on is a fault.
    s().problems.splice(0);

    await context.unroute(WORKER_CHUNK);
    await page.getByTestId('retry-run').click();
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await status.getAttribute('data-status')).toBe('done');
  });
});
