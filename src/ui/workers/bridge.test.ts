import { describe, expect, it } from 'vitest';
import { CancelledError, WorkerBridge, WorkerFailedError, type Progress } from './bridge';
import { fakeSpawner, type FakeWorker } from './fakeWorker';

const api = () => ({
  /** x², reporting three steps and waiting for each report to arrive */
  async square(x: number, onProgress?: Progress) {
    for (let i = 1; i <= 3; i++) await onProgress?.(i, 3);
    return x * x;
  },
  hang: (): Promise<never> => new Promise(() => {}),
  /** answers at once and reports progress afterwards, as a message that overtakes nothing */
  late(onProgress?: Progress) {
    setTimeout(() => void onProgress?.(1, 1), 10);
    return 'answered';
  },
  async refuse(): Promise<never> {
    throw new Error('bad input');
  },
});
type Api = ReturnType<typeof api>;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** 'pending' when p has not settled within a few turns of the event loop */
const stateOf = (p: Promise<unknown>) => Promise.race([p.then(() => 'resolved', () => 'rejected'), wait(30).then(() => 'pending')]);

function setUp() {
  const { spawn, spawned } = fakeSpawner(api);
  return { bridge: new WorkerBridge<Api>(spawn), spawned };
}

describe('WorkerBridge', () => {
  it('starts its worker on the first call and keeps it for the next', async () => {
    const { bridge, spawned } = setUp();
    expect(spawned).toHaveLength(0);
    expect(await bridge.call((a) => a.square(3))).toBe(9);
    expect(await bridge.call((a) => a.square(4))).toBe(16);
    expect(spawned).toHaveLength(1);
  });

  it('passes progress through a proxy, in order', async () => {
    const { bridge } = setUp();
    const seen: [number, number][] = [];
    expect(await bridge.call((a, p) => a.square(5, p), (d, t) => seen.push([d, t]))).toBe(25);
    expect(seen).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('drops progress that arrives after the answer', async () => {
    const { bridge } = setUp();
    const seen: number[] = [];
    expect(await bridge.call((a, p) => a.late(p), (d) => seen.push(d))).toBe('answered');
    await wait(40);
    expect(seen).toEqual([]);
  });

  it.each([
    { how: 'cancel()', end: (bridge: WorkerBridge<Api>) => bridge.cancel(), error: CancelledError, says: { message: 'cancelled' } },
    { how: 'a crash', end: (_: WorkerBridge<Api>, worker: FakeWorker) => worker.fail('out of memory'), error: WorkerFailedError, says: { detail: 'out of memory' } },
  ])('on $how rejects every call in flight, ends the worker, and starts a fresh one for the next call', async ({ end, error, says }) => {
    const { bridge, spawned } = setUp();
    const calls = [bridge.call((a) => a.hang()), bridge.call((a) => a.hang())];
    expect(bridge.busy).toBe(true);
    end(bridge, spawned[0]);
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(error);
    await expect(calls[0]).rejects.toMatchObject(says);
    expect(bridge.busy).toBe(false);
    expect(spawned[0].terminated).toBe(true);
    expect(await bridge.call((a) => a.square(2))).toBe(4);
    expect(spawned).toHaveLength(2);
  });

  it('lets the latest request win, ending the worker of the one it replaces', async () => {
    const { bridge, spawned } = setUp();
    const first = bridge.latest((a) => a.hang());
    const second = bridge.latest((a) => a.square(6));
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(await second).toBe(36);
    expect(spawned.map((w) => w.terminated)).toEqual([true, false]);
    // Nothing in flight: the next request keeps the worker.
    expect(await bridge.latest((a) => a.square(7))).toBe(49);
    expect(spawned).toHaveLength(2);
  });

  it('recovers from a worker that failed to load (a bare error event) even when nothing was waiting', async () => {
    const { bridge, spawned } = setUp();
    const first = bridge.call((x) => x.hang());
    spawned[0].fail();
    await expect(first).rejects.toMatchObject({ detail: '' });
    await bridge.call((x) => x.square(1));
    spawned[1].fail();
    expect(await bridge.call((x) => x.square(9))).toBe(81);
    expect(spawned).toHaveLength(3);
  });

  it('rejects, rather than throws, when the worker cannot be constructed, and tries again on the next call', async () => {
    const { spawn, spawned } = fakeSpawner(api);
    let refuse = true;
    const bridge = new WorkerBridge<Api>(() => {
      if (refuse) throw new Error('SecurityError');
      return spawn();
    });
    const first = bridge.call((a) => a.square(2));
    refuse = false;
    await expect(first).rejects.toThrow('SecurityError');
    expect(await bridge.call((a) => a.square(3))).toBe(9);
    expect(spawned).toHaveLength(1);
  });

  it('ignores a late error from a worker it has already replaced', async () => {
    const { bridge, spawned } = setUp();
    const old = bridge.call((x) => x.hang());
    bridge.cancel();
    await expect(old).rejects.toBeInstanceOf(CancelledError);
    const current = bridge.call((x) => x.hang());
    spawned[0].fail('late');
    expect(await stateOf(current)).toBe('pending');
    bridge.cancel();
    await expect(current).rejects.toBeInstanceOf(CancelledError);
  });

  it('passes on an error the API throws, keeping the worker', async () => {
    const { bridge, spawned } = setUp();
    await expect(bridge.call((x) => x.refuse())).rejects.toThrow('bad input');
    expect(await bridge.call((x) => x.square(3))).toBe(9);
    expect(spawned).toHaveLength(1);
  });
});
