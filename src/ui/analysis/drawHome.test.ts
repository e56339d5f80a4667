import { beforeAll, describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { hashOf } from '../../engine/uncertainty/hashSummary';
import { runDraws } from '../../engine/uncertainty/runDraws';
import type { DrawKit } from '../../engine/uncertainty/drawKit';
import { drawsApi } from '../../../workers/drawsApi';
import { homeDrawsApi } from '../../../workers/homeDrawsApi';
import { runApi } from '../../../workers/runApi';
import { loadValidator } from '../../../workers/validator';
import { CancelledError, WorkerFailedError } from '../workers/bridge';
import { fakeSpawner } from '../workers/fakeWorker';
import { createDrawPool, type DrawHome } from './drawPool';

beforeAll(loadValidator);

const demo = demoScenario();
const N = 12;
const single = hashOf(runDraws(demo, 0, N));
const CITY = 31;

/**
 * The engine worker that ran the demo (city kept under CITY), as the home of its draws, counting what
 * it is asked; its answers are copies, as a worker's messages are.
 */
function home(prepares = true) {
  const asked = { prepare: [] as number[], draws: [] as [number, number][], stops: 0 };
  const { city: _city, ...rest } = demo;
  const h: DrawHome = {
    prepare: async (revision, ports) => (asked.prepare.push(ports.length), prepares && homeDrawsApi.prepareDraws(rest, CITY, revision, ports)),
    draws: (revision, from, to, onProgress) => (asked.draws.push([from, to]), homeDrawsApi.drawsHere(revision, from, to, onProgress)),
    stop: () => (asked.stops++, homeDrawsApi.stopDraws()),
  };
  return { h, asked };
}

/** The kit that comes on a port, passed on to the worker on a port of its own. */
function overhear(port: MessagePort, heard: (kit: DrawKit) => void): MessagePort {
  const { port1, port2 } = new MessageChannel();
  port.onmessage = (event: MessageEvent<DrawKit>) => {
    port.close();
    heard(event.data);
    port1.postMessage(event.data);
  };
  return port2;
}

/**
 * Draw workers that record, for each call, the kit it was sent (undefined until it comes on its port),
 * null for none; the page never holds it.
 */
function workers() {
  const given: (DrawKit | undefined | null)[] = [];
  const kits: Promise<DrawKit>[] = [];
  const { spawn, spawned } = fakeSpawner(() => ({
    ...drawsApi,
    runDraws: (...args: Parameters<typeof drawsApi.runDraws>) => {
      const port = args[5];
      const call = given.push(port ? undefined : null) - 1;
      if (port) kits.push(new Promise((resolve) => (args[5] = overhear(port, (kit) => resolve((given[call] = kit))))));
      return drawsApi.runDraws(...args);
    },
  }));
  return { spawn, spawned, given, kits };
}

describe('drawPool with the engine worker that ran the scenario as home', () => {
  beforeAll(() => {
    expect(runApi.run(demo, undefined, CITY).ok).toBe(true);
  });

  it.each([1, 2, 3])('draws ranges at home and the rest on %i − 1 workers, with the same merged draws and progress up to all', async (size) => {
    const { spawn, spawned } = workers();
    const { h, asked } = home();
    const seen: number[] = [];
    const out = await createDrawPool(size, spawn).run(demo, N, (done) => seen.push(done), h);
    expect(out.ok && hashOf(out.chunk)).toBe(single);
    expect(spawned).toHaveLength(size - 1);
    expect(asked.draws.length).toBeGreaterThan(0);
    // Alone, the home draws all 12, each range half of what is left: 6, 3, 1.5 → 2, then the last 1.
    if (size === 1) expect(asked.draws).toEqual([[0, 6], [6, 9], [9, 11], [11, 12]]);
    expect(seen[seen.length - 1]).toBe(N);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it.each([1, 2, 3])('warms the %i − 1 workers a run beside the home draws on, sending them nothing before it, and the run starts no other', async (size) => {
    const { spawn, spawned, given } = workers();
    const pool = createDrawPool(size, spawn);
    pool.warm();
    pool.warm();
    expect(spawned).toHaveLength(size - 1);
    expect(given).toEqual([]);
    const out = await pool.run(demo, N, undefined, home().h);
    expect(out.ok && hashOf(out.chunk)).toBe(single);
    expect(spawned).toHaveLength(size - 1);
  });

  it('prepares at home once while the workers hold the scenario, sending the kit only when a worker needs it', async () => {
    const { spawn, given, kits } = workers();
    const { h, asked } = home();
    const pool = createDrawPool(3, spawn);
    await pool.run(demo, N, undefined, h);
    // Each worker may be asked for several ranges: the calls of the first run, then the second's.
    const cut = given.length;
    const again = await pool.run(demo, N, undefined, h);
    expect(again.ok && hashOf(again.chunk)).toBe(single);
    // One port for each of the two workers, which both held nothing yet.
    expect(asked.prepare).toEqual([2]);
    // Both workers were sent the kit the first time (with their first range), and nothing the second.
    expect(given.slice(0, cut).filter((k) => k !== null)).toHaveLength(2);
    expect(given.length).toBeGreaterThan(cut);
    expect(given.slice(cut).every((k) => k === null)).toBe(true);
    const whole = demo.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities)).length;
    expect((await kits[0]).flat.nCommunities).toBe(whole);
    // A new scenario object: prepared at home again, with the kit for the workers, which do not hold it.
    await pool.run({ ...demo }, N, undefined, h);
    expect(asked.prepare).toEqual([2, 2]);
  });

  it('leaves every range to the workers when the home cannot prepare the draws', async () => {
    const { spawn, spawned } = workers();
    const { h, asked } = home(false);
    const out = await createDrawPool(2, spawn).run(demo, N, undefined, h);
    expect(out.ok && hashOf(out.chunk)).toBe(single);
    expect(spawned).toHaveLength(2);
    expect(asked.draws).toEqual([]);
  });

  it('stops the home between two draws on cancel, and the run rejects at once with CancelledError', async () => {
    const { spawn, spawned } = workers();
    const { h, asked } = home();
    const pool = createDrawPool(2, spawn);
    let stopped: Promise<unknown> = Promise.resolve();
    const draws = h.draws;
    h.draws = (...args) => (stopped = draws(...args));
    const running = pool.run(demo, 400, () => pool.cancel(), h);
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(asked.stops).toBe(1);
    expect(spawned.every((w) => w.terminated)).toBe(true);
    // The home's call gives up between two draws, with nothing drawn to give.
    expect(await stopped).toBeNull();
    // A range given up by a cancel is not drawn elsewhere.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(spawned).toHaveLength(1);
  });

  it("cancels the previous run's worker when a newer run is drawn at home alone (one worker)", async () => {
    let reached = false;
    // The first run's worker never answers, as one still drawing a province.
    const { spawn, spawned } = fakeSpawner(() => ({ ...drawsApi, runDraws: () => ((reached = true), new Promise(() => undefined)) }));
    const pool = createDrawPool(1, spawn);
    const older = pool.run(demo, N, undefined, home(false).h);
    older.catch(() => undefined);
    while (!reached) await new Promise((resolve) => setTimeout(resolve, 0));
    const newer = await pool.run(demo, N, undefined, home().h);
    expect(newer.ok && hashOf(newer.chunk)).toBe(single);
    expect(spawned).toHaveLength(1);
    expect(spawned[0].terminated).toBe(true);
    await expect(older).rejects.toBeInstanceOf(CancelledError);
  });
});

/**
 * A home whose engine worker is ended after its first draw, as the page's Runner ends it for a lever
 * edit made while its run takes long (runner.svelte.ts): the engine client's call rejects with
 * CancelledError (bridge.cancel()), or WorkerFailedError when the worker crashed, or answers null when
 * the worker was restarted before the call reached it.
 */
function endedHome(end: 'cancelled' | 'failed' | 'restarted') {
  const { h, asked } = home();
  h.draws = (revision, from, to, onProgress) => {
    asked.draws.push([from, to]);
    if (end === 'restarted') return Promise.resolve(null);
    return new Promise((_, reject) => {
      void homeDrawsApi.drawsHere(revision, from, to, (done, total) => {
        onProgress?.(done, total);
        // The worker is gone: it draws no more, and the call is answered by the page.
        homeDrawsApi.stopDraws();
        reject(end === 'cancelled' ? new CancelledError() : new WorkerFailedError('ended'));
      });
    });
  };
  return { h, asked };
}

describe('drawPool when the home gives up its range', () => {
  beforeAll(() => {
    expect(runApi.run(demo, undefined, CITY).ok).toBe(true);
  });

  it.each([
    ['cancelled', 1],
    ['cancelled', 3],
    ['failed', 2],
    ['restarted', 2],
  ] as const)('draws the range on one more worker when the home is %s (%i workers), with the same merged draws', async (end, size) => {
    const { spawn, spawned } = workers();
    const { h, asked } = endedHome(end);
    const seen: number[] = [];
    const out = await createDrawPool(size, spawn).run(demo, N, (done) => seen.push(done), h);
    expect(out.ok && hashOf(out.chunk)).toBe(single);
    // The home gave up its first range and was asked for no more; the spare drew it.
    expect(asked.draws).toHaveLength(1);
    // size − 1 workers for the other ranges, and one in the home's place
    expect(spawned).toHaveLength(size);
    expect(seen[seen.length - 1]).toBe(N);
  });

  it("stops the worker drawing the home's range on cancel, with CancelledError", async () => {
    const { spawn, spawned } = workers();
    const { h } = endedHome('restarted');
    const pool = createDrawPool(1, spawn);
    const running = pool.run(demo, N, (done) => done > 0 && pool.cancel(), h);
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(spawned).toHaveLength(1);
    expect(spawned[0].terminated).toBe(true);
  });
});

describe('homeDrawsApi', () => {
  beforeAll(() => {
    expect(runApi.run(demo, undefined, CITY).ok).toBe(true);
  });
  const { city: _city, ...rest } = demo;

  it('prepares the draws on the city its last run kept, sending the kit on each port, and none for a city it does not hold', async () => {
    const { port1, port2 } = new MessageChannel();
    const sent = new Promise<DrawKit>((resolve) => overhear(port2, resolve));
    expect(homeDrawsApi.prepareDraws(rest, CITY, 1, [port1])).toBe(true);
    const kit = await sent;
    // the demo's delays: 0 or 1 year
    expect(kit.seed?.delays).toEqual([0, 1]);
    expect(kit.scenario.city.districts.every((d) => d.streets.length === 0)).toBe(true);
    expect(homeDrawsApi.prepareDraws(rest, CITY, 2, [])).toBe(true);
    expect(homeDrawsApi.prepareDraws(rest, CITY + 1, 3, [])).toBe(false);
  });

  it('draws a range as runDraws does, and answers null for draws it has not prepared', async () => {
    homeDrawsApi.prepareDraws(rest, CITY, 4, []);
    const out = await homeDrawsApi.drawsHere(4, 3, 9);
    expect(out?.ok && hashOf(out.chunk)).toBe(hashOf(runDraws(demo, 3, 9)));
    expect(await homeDrawsApi.drawsHere(5, 0, 1)).toBeNull();
  });

  it('lets calls in between draws, and stops when one of them says so or a newer run starts', async () => {
    homeDrawsApi.prepareDraws(rest, CITY, 6, []);
    let done = 0;
    const first = homeDrawsApi.drawsHere(6, 0, 2000, (d) => (done = d));
    // A timer is a task like a message to the worker: it fires between two draws, not after all of them.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = homeDrawsApi.drawsHere(6, 0, 2000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    homeDrawsApi.stopDraws();
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(done).toBeLessThan(2000);
  });
});
