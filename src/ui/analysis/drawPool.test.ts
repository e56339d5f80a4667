import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { hashOf } from '../../engine/uncertainty/hashSummary';
import { runDraws } from '../../engine/uncertainty/runDraws';
import { validateScenario } from '../../io/validateScenario';
import { CancelledError, createDrawPool, type DrawWorker } from './drawPool';

/** Workers that run in this thread, a turn of the event loop later, as the real ones answer through messages. */
function fakeWorkers() {
  const made = { spawned: 0, terminated: 0 };
  const spawn = (): DrawWorker => {
    made.spawned++;
    let alive = true;
    const api = {
      async runDraws(input: unknown, from: number, to: number, onProgress?: (done: number, total: number) => void) {
        await new Promise((r) => setTimeout(r, 0));
        if (!alive) return new Promise<never>(() => {});
        const checked = validateScenario(input);
        if (!checked.ok) return { ok: false as const, errors: checked.errors };
        return { ok: true as const, chunk: runDraws(checked.scenario, from, to, onProgress), elapsedMs: 0 };
      },
    };
    return {
      api: api as unknown as DrawWorker['api'],
      terminate() {
        alive = false;
        made.terminated++;
      },
    };
  };
  return { spawn, made };
}

const demo = demoScenario();
const N = 12;
const single = hashOf(runDraws(demo, 0, N));

describe('drawPool', () => {
  it.each([1, 2, 3])('gives the same merged draws with %i workers, and progress adds up to all of them', async (size) => {
    const { spawn, made } = fakeWorkers();
    const pool = createDrawPool(size, spawn);
    const seen: number[] = [];
    const out = await pool.run(demo, N, (done, total) => {
      expect(total).toBe(N);
      seen.push(done);
    });
    expect(out.ok).toBe(true);
    if (out.ok) expect(hashOf(out.chunk)).toBe(single);
    expect(made.spawned).toBe(size);
    expect(seen[seen.length - 1]).toBe(N);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    // Workers stay up for the next run.
    await pool.run(demo, 4);
    expect(made.spawned).toBe(size);
  });

  it('ends every worker on cancel, and the run rejects with CancelledError', async () => {
    const { spawn, made } = fakeWorkers();
    const pool = createDrawPool(2, spawn);
    const running = pool.run(demo, N);
    pool.cancel();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(made.terminated).toBe(2);
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
});
