import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Arena } from '../src/engine/arena';
import { hashOf } from '../src/engine/uncertainty/hashSummary';
import { demoScenario } from '../src/fixtures/demo/demoScenario';
import { drawsApi } from './drawsApi';
import { homeDrawsApi } from './homeDrawsApi';
import { runApi } from './runApi';
import { loadValidator } from './validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

describe('the last run and the draws made beside it', () => {
  it('draws in the arrays of the runs on the city, the same draws as a draw worker, and explains and maps the run as before the draws', async () => {
    const reset = vi.spyOn(Arena.prototype, 'reset');
    const arenas = () => new Set(reset.mock.instances);
    const demo = demoScenario();
    expect(runApi.run(demo, undefined, 31).ok).toBe(true);
    const ran = arenas();
    expect(ran.size).toBe(1);
    const path = `entity/${demo.city.districts[0].streets[0].communities[0].id}/${demo.horizon.lastYear}/inPost`;
    const explained = await runApi.explain(path);
    const layers = await runApi.coverageLayers();

    const { city: _city, ...withoutCity } = demo;
    reset.mockClear();
    expect(homeDrawsApi.prepareDraws(withoutCity, 31, 41, [])).toBe(true);
    const here = await homeDrawsApi.drawsHere(41, 0, 6);
    // One reset a draw, each of the run's arrays: no second set beside them.
    expect(reset).toHaveBeenCalledTimes(6);
    expect(arenas()).toEqual(ran);
    reset.mockRestore();
    const elsewhere = await drawsApi.runDraws(demo, 0, 6, undefined, 42);
    expect(here?.ok && elsewhere.ok && hashOf(here.chunk)).toBe(elsewhere.ok && hashOf(elsewhere.chunk));

    // The draws overwrote the run's figures: the run is projected again, to the same figures.
    expect(await runApi.explain(path)).toEqual(explained);
    const again = await runApi.coverageLayers();
    if (!again.ok || !again.layers || !layers.ok || !layers.layers) throw new Error('no layers');
    expect(again.layers).toEqual(layers.layers);
  });
});
