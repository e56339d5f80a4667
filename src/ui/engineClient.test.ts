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

  it('runs the scenario the worker has just checked without sending it, and sends one that differs', async () => {
    const sent: unknown[] = [];
    const { spawn } = fakeSpawner(() => ({ ...runApi, run: (input: unknown, ...rest: [never, never]) => (sent.push(input), runApi.run(input, ...rest)) }));
    const client = createEngineClient(spawn);
    const whole = await client.run(smallScenario());
    expect(sent).toHaveLength(1);
    // Checked, then opened as a copy read back from storage: the same value, another object.
    expect(await client.validate(smallScenario())).toEqual([]);
    const kept = await client.run(structuredClone(smallScenario()));
    expect(sent).toHaveLength(1);
    expect(kept.ok && whole.ok && kept.view.verdicts).toEqual(whole.ok && whole.view.verdicts);
    // Checked, then changed before the run: sent, and run as changed.
    await client.validate(smallScenario());
    const changed = { ...smallScenario(), name: '另一个名字' };
    const ran = await client.run(changed);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(changed);
    expect(ran.ok).toBe(true);
  });

  it('stops the home of the draws without starting a worker when its worker has been ended', async () => {
    const { spawn, spawned } = fakeSpawner(() => runApi);
    const client = createEngineClient(spawn);
    expect((await client.run(smallScenario())).ok).toBe(true);
    const home = client.drawHome(smallScenario());
    client.cancel();
    home.stop();
    expect(spawned).toHaveLength(1);
  });
});
