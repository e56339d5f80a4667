import { beforeAll, describe, expect, it, vi } from 'vitest';
import { demoScenario } from '../src/fixtures/demo/demoScenario';
import { Arena } from '../src/engine/arena';
import { hashOf } from '../src/engine/uncertainty/hashSummary';
import * as io from '../src/io/validateScenario';
import { drawsApi } from './drawsApi';
import { homeDrawsApi } from './homeDrawsApi';
import { IDLE_MS } from './idleRelease';
import { runApi } from './runApi';
import { loadValidator } from './validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

vi.mock('../src/io/validateScenario', async (original) => {
  const m = await original<typeof import('../src/io/validateScenario')>();
  return { ...m, validateScenario: vi.fn(m.validateScenario) };
});

describe('drawsApi.runDraws', () => {
  it('reports progress at most ten times a second, always with the last draw', async () => {
    const seen: [number, number][] = [];
    const t0 = performance.now();
    const out = await drawsApi.runDraws(demoScenario(), 0, 12, (done, total) => seen.push([done, total]));
    const ms = performance.now() - t0;
    expect(out.ok).toBe(true);
    // the first draw reports, then one report per 100 ms at most, and the twelfth
    expect(seen.length).toBeLessThanOrEqual(2 + Math.floor(ms / 100));
    expect(seen[0]).toEqual([1, 12]);
    expect(seen[seen.length - 1]).toEqual([12, 12]);
  });

  it('checks a scenario once while the page sends the same number for it, and afresh for a new number or none', async () => {
    const check = vi.mocked(io.validateScenario);
    const demo = demoScenario();
    check.mockClear();
    const fresh = await drawsApi.runDraws(demo, 3, 6, undefined, 101);
    const kept = await drawsApi.runDraws(demo, 3, 6, undefined, 101);
    expect(check).toHaveBeenCalledTimes(1);
    // The same draws whether the worker checked the scenario for this call or kept it from the last.
    expect(fresh.ok && kept.ok).toBe(true);
    if (fresh.ok && kept.ok) expect(hashOf(kept.chunk)).toBe(hashOf(fresh.chunk));
    await drawsApi.runDraws(demo, 0, 1, undefined, 102);
    await drawsApi.runDraws(demo, 0, 1);
    await drawsApi.runDraws(demo, 0, 1);
    expect(check).toHaveBeenCalledTimes(4);
  });

  it('draws from the kit the worker that ran the scenario made, the same as one sent the scenario, and checks nothing', async () => {
    const demo = demoScenario();
    expect(runApi.run(demo, undefined, 7).ok).toBe(true);
    const { city: _city, ...withoutCity } = demo;
    const { port1, port2 } = new MessageChannel();
    expect(homeDrawsApi.prepareDraws(withoutCity, 7, 1, [port1])).toBe(true);
    const check = vi.mocked(io.validateScenario);
    check.mockClear();
    const fromKit = await drawsApi.runDraws(null, 0, 6, undefined, 103, port2);
    expect(check).not.toHaveBeenCalled();
    const own = await drawsApi.runDraws(demo, 0, 6, undefined, 104);
    expect(fromKit.ok && own.ok && hashOf(fromKit.chunk)).toBe(own.ok && hashOf(own.chunk));
  });

  it('runs the scenario it holds when none is sent, and refuses when it holds none under that number', async () => {
    const demo = demoScenario();
    const sent = await drawsApi.runDraws(demo, 0, 3, undefined, 105);
    const held = await drawsApi.runDraws(null, 0, 3, undefined, 105);
    expect(sent.ok && held.ok && hashOf(held.chunk)).toBe(sent.ok && hashOf(sent.chunk));
    await expect(drawsApi.runDraws(null, 0, 3, undefined, 106)).rejects.toThrow(/holds none numbered 106/);
  });

  it('keeps the draws\' arrays for the next range, lets them go a second after the last, and draws the same either way', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const demo = demoScenario();
    const clear = vi.spyOn(Arena.prototype, 'clear');
    const first = await drawsApi.runDraws(demo, 0, 4, undefined, 107);
    // the first range may let go the arrays an earlier test's context left idle here, and no others
    const before = clear.mock.calls.length;
    expect(before).toBeLessThanOrEqual(1);
    const again = await drawsApi.runDraws(null, 0, 4, undefined, 107);
    expect(clear).toHaveBeenCalledTimes(before);
    vi.advanceTimersByTime(IDLE_MS);
    expect(clear).toHaveBeenCalledTimes(before + 1);
    const afresh = await drawsApi.runDraws(null, 0, 4, undefined, 107);
    expect(first.ok && again.ok && afresh.ok && [hashOf(again.chunk), hashOf(afresh.chunk)]).toEqual(first.ok && [hashOf(first.chunk), hashOf(first.chunk)]);
    clear.mockRestore();
    vi.useRealTimers();
  });
});
