import { beforeAll, describe, expect, it, vi } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { runApi } from '../../workers/runApi';
import { createEngineClient, WorkerFailedError } from './engineClient';
import { fakeSpawner } from './workers/fakeWorker';
import { loadValidator } from '../../workers/validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

describe('createEngineClient', () => {
  it('runs a scenario in the worker with progress by year, and after a crash starts a fresh worker for the next run', async () => {
    const { spawn, spawned } = fakeSpawner(() => runApi);
    const client = createEngineClient(spawn);
    const years: number[] = [];
    // A clock on which the run takes long: its years are reported only after a quarter of a second (workers/runApi.ts).
    let t = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 1000));
    const first = await client.run(smallScenario(), (done, total) => {
      // smallScenario runs 2026–2030: five years.
      expect(total).toBe(5);
      years.push(done);
    });
    clock.mockRestore();
    expect(first.ok).toBe(true);
    // Reports travel apart from the answer, so the last may come after it and be dropped; those heard are years in order.
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([1, 2, 3, 4, 5].slice(0, years.length));

    const lost = client.explain('staff/city/2030/gap');
    spawned[0].fail('Uncaught RangeError: out of memory');
    await expect(lost).rejects.toBeInstanceOf(WorkerFailedError);

    const again = await client.run(smallScenario());
    expect(again.ok).toBe(true);
    expect(spawned).toHaveLength(2);
  });
});
