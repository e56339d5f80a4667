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

  it('hands the draws out on demand, so a worker held up draws less and the merged draws stay the same', async () => {
    const drew = [0, 0];
    let spawns = 0;
    let othersDone = () => {};
    const held = new Promise<void>((resolve) => (othersDone = resolve));
    // The first worker sits on its first range until the second has drawn all the rest; with fixed
    // halves each would draw 20, and the test would time out.
    const { spawn } = fakeSpawner(() => {
      const k = spawns++;
      return {
        ...drawsApi,
        runDraws: async (...args: Parameters<typeof drawsApi.runDraws>) => {
          if (k === 0) await held;
          drew[k] += args[2] - args[1];
          if (k === 1 && drew[1] === 30) othersDone();
          return drawsApi.runDraws(...args);
        },
      };
    });
    const out = await createDrawPool(2, spawn).run(demo, 40);
    expect(out.ok && hashOf(out.chunk)).toBe(hashOf(runDraws(demo, 0, 40)));
    // The first range is 40 / (2 × 2) = 10 draws; the second worker drew the other 30.
    expect(drew).toEqual([10, 30]);
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
    const sending = () => sent.splice(0).filter((s) => s !== null).length;
    // One draw: only the first worker gets a range, so only it holds the scenario afterwards.
    await pool.run(demo, 1);
    expect(sending()).toBe(1);
    // Each worker asks for several ranges, but is sent the scenario only on its first, and only the second worker at all.
    const again = await pool.run(demo, N);
    expect(again.ok && hashOf(again.chunk)).toBe(single);
    expect(sent.length).toBeGreaterThan(2);
    expect(sending()).toBe(1);
    pool.cancel();
    await pool.run(demo, N);
    expect(sending()).toBe(2);
  });
});
