import { describe, expect, it } from 'vitest';
import { CancelledError, WorkerFailedError, type Progress } from './bridge';
import { fakeSpawner } from './fakeWorker';
import { WorkerPool } from './pool';

const api = () => ({
  /** part × 10, after reporting `part + 1` steps */
  async part(k: number, onProgress?: Progress) {
    for (let i = 1; i <= k + 1; i++) await onProgress?.(i, k + 1);
    return k * 10;
  },
  hang: (): Promise<never> => new Promise(() => {}),
});
type Api = ReturnType<typeof api>;

function setUp(size: number) {
  const { spawn, spawned } = fakeSpawner(api);
  return { pool: new WorkerPool<Api>(size, spawn), spawned };
}

describe('WorkerPool', () => {
  it('runs part k on worker k, answers in part order, and starts only the workers it needs', async () => {
    const { pool, spawned } = setUp(3);
    const last = new Map<number, number>();
    const out = await pool.latest(2, (a, k, p) => a.part(k, p), (k, done) => last.set(k, done));
    expect(out).toEqual([0, 10]);
    // Part 0 reports 1 step, part 1 reports 2.
    expect([...last.entries()].sort()).toEqual([[0, 1], [1, 2]]);
    expect(spawned).toHaveLength(2);
    await pool.latest(3, (a, k) => a.part(k));
    expect(spawned).toHaveLength(3);
  });

  it('lets the latest run win, and the superseded run does not end its successor', async () => {
    const { pool, spawned } = setUp(2);
    const first = pool.latest(2, (a) => a.hang());
    const second = pool.latest(2, (a, k) => a.part(k));
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(await second).toEqual([0, 10]);
    expect(spawned.map((w) => w.terminated)).toEqual([true, true, false, false]);
  });

  it('rejects with the crash of one worker, ends the others, and the next run starts fresh ones', async () => {
    const { pool, spawned } = setUp(2);
    const run = pool.latest(2, (a) => a.hang());
    spawned[1].fail('crashed');
    await expect(run).rejects.toBeInstanceOf(WorkerFailedError);
    expect(spawned.map((w) => w.terminated)).toEqual([true, true]);
    expect(await pool.latest(2, (a, k) => a.part(k))).toEqual([0, 10]);
    expect(spawned).toHaveLength(4);
  });

  it('cancels every worker', async () => {
    const { pool, spawned } = setUp(2);
    const run = pool.latest(2, (a) => a.hang());
    pool.cancel();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(spawned.every((w) => w.terminated)).toBe(true);
  });
});
