import { beforeAll, describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { hashOf } from '../../engine/uncertainty/hashSummary';
import { runDraws } from '../../engine/uncertainty/runDraws';
import { drawsApi } from '../../../workers/drawsApi';
import { CancelledError } from '../workers/bridge';
import { fakeSpawner } from '../workers/fakeWorker';
import { createDrawPool } from './drawPool';
import { loadValidator } from '../../../workers/validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

/** Engine workers that run the worker's own draws call in this thread, answering through messages as the real ones do. */
const fakeWorkers = () => fakeSpawner(() => drawsApi);

const demo = demoScenario();
const N = 12;
const single = hashOf(runDraws(demo, 0, N));

describe('drawPool', () => {
  it.each([1, 2, 3])('gives the same merged draws with %i workers, and progress adds up to all of them', async (size) => {
    const { spawn, spawned } = fakeWorkers();
    const pool = createDrawPool(size, spawn);
    const seen: number[] = [];
    const out = await pool.run(demo, N, (done, total) => {
      expect(total).toBe(N);
      seen.push(done);
    });
    expect(out.ok).toBe(true);
    if (out.ok) expect(hashOf(out.chunk)).toBe(single);
    expect(spawned).toHaveLength(size);
    expect(seen[seen.length - 1]).toBe(N);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    // Workers stay up for the next run.
    await pool.run(demo, 4);
    expect(spawned).toHaveLength(size);
  });

  it('ends every worker on cancel, and the run rejects with CancelledError', async () => {
    const { spawn, spawned } = fakeWorkers();
    const pool = createDrawPool(2, spawn);
    const running = pool.run(demo, N);
    pool.cancel();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(spawned.filter((w) => w.terminated)).toHaveLength(2);
  });

  it('lets the latest run win', async () => {
    const { spawn } = fakeWorkers();
    const pool = createDrawPool(2, spawn);
    const first = pool.run(demo, N);
    const second = pool.run({ ...demo, seed: 1 }, 4);
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    const out = await second;
    expect(out.ok && out.chunk.to).toBe(4);
  });

  it('reports a scenario that does not validate', async () => {
    const { spawn } = fakeWorkers();
    const out = await createDrawPool(2, spawn).run({ ...demo, seed: -1 }, 4);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[0].path).toBe('seed');
  });

  it('sends the scenario only to workers that do not hold it, and again to all after a cancel', async () => {
    const sent: unknown[] = [];
    const { spawn } = fakeSpawner(() => ({ ...drawsApi, runDraws: (input: unknown, ...rest: Parameters<typeof drawsApi.runDraws> extends [unknown, ...infer R] ? R : never) => (sent.push(input), drawsApi.runDraws(input, ...rest)) }));
    const pool = createDrawPool(2, spawn);
    // One draw: only the first worker gets a range, so only it holds the scenario afterwards.
    await pool.run(demo, 1);
    const again = await pool.run(demo, N);
    expect(again.ok && hashOf(again.chunk)).toBe(single);
    expect(sent.map((s) => s !== null)).toEqual([true, false, true]);
    pool.cancel();
    await pool.run(demo, N);
    expect(sent.slice(3).map((s) => s !== null)).toEqual([true, true]);
  });
});
