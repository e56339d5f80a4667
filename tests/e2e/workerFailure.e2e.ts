/**
 * An engine worker that cannot load — as when a tab open across an update asks for a chunk the server
 * no longer has — ends the run with a message and a retry instead of "测算中…" for ever; once the
 * chunk can be had again, the retry starts a fresh worker and the verdicts appear.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SHELL } from '../../src/i18n/shell';
import { openSession, type Session } from './browser';

const baseUrl = inject('baseUrl');
const WORKER_CHUNK = /\/assets\/engine\.worker-[^/]*\.js$/;

describe('a worker that fails to load', () => {
  let s: Session;

  beforeAll(async () => {
    // Without the service worker, which would serve the precached worker chunk past the refusal below.
    s = await openSession(baseUrl, { serviceWorkers: 'block' });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('says so in Chinese and recovers on retry', async () => {
    const rows = s.page.locator('[data-testid="verdict-table"] tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    let refused = 0;
    await s.context.route(WORKER_CHUNK, (route) => {
      refused++;
      return route.fulfill({ status: 404, body: '' });
    });
    await s.page.reload();

    const status = s.page.getByTestId('run-status');
    await s.page.locator('[data-testid="run-status"][data-status="failed"]').waitFor({ timeout: 30_000 });
    expect(refused).toBeGreaterThan(0);
    expect(await s.page.getByTestId('run-problem').textContent()).toBe(SHELL['zh-CN'].workerFailed);
    expect(await rows.count()).toBe(0);

    await s.context.unroute(WORKER_CHUNK);
    await s.page.getByTestId('retry-run').click();
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await status.getAttribute('data-status')).toBe('done');
  });
});
