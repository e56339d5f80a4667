import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildRunView, explain, runScenario } from '../src/engine';
import { demoScenario } from '../src/fixtures/demo/demoScenario';
import { smallScenario } from '../src/fixtures/smallScenario';
import { runApi } from './runApi';
import { loadValidator } from './validator';

// The engine worker loads its validator on first need (workers/validator.ts); these tests call its API directly.
beforeAll(loadValidator);

describe('runApi.run', () => {
  it('sends coverage without the uncovered cells, with the same figures as a full run, and the map still gets its layers, built on each request', async () => {
    const demo = demoScenario();
    const out = runApi.run(demo);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const full = runScenario(demo);
    // The full run lists cells the map never read; the live run keeps none of them.
    expect(full.projection.coverage!.uncovered.count).toBeGreaterThan(0);
    const cov = out.view.coverage!;
    expect(cov).not.toHaveProperty('uncovered');
    const { uncovered: _, ...fresh } = buildRunView(full, demo).coverage as NonNullable<typeof out.view.coverage> & { uncovered?: unknown };
    expect(cov).toEqual(fresh);
    expect(out.view.verdicts).toEqual(buildRunView(full, demo).verdicts);
    const layers = await runApi.coverageLayers();
    expect(layers.ok && layers.layers && layers.layers.count).toBe(full.projection.coverage!.cells);
    // Handed over rather than kept: asked again for the same run, the worker builds the same layers afresh.
    const again = await runApi.coverageLayers();
    if (!again.ok || !again.layers || !layers.ok || !layers.layers) throw new Error('no layers');
    expect(again.layers.x).not.toBe(layers.layers.x);
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    for (const k of ['x', 'y', 'residents', 'community', 'first', 'communityResidents'] as const) expect(bytes(again.layers[k]).equals(bytes(layers.layers[k]))).toBe(true);
  });

  it('reports no years of a run that answers within a quarter of a second, and every year of one that takes longer', () => {
    const years: number[] = [];
    let t = 0;
    // 249 ms in all: the page would only repaint a progress bar for a result about to arrive.
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => Math.min((t += 1), 249));
    expect(runApi.run(smallScenario(), (done) => years.push(done)).ok).toBe(true);
    expect(years).toEqual([]);
    clock.mockImplementation(() => (t += 250));
    expect(runApi.run(smallScenario(), (done) => years.push(done)).ok).toBe(true);
    // smallScenario runs 2026–2030.
    expect(years).toEqual([1, 2, 3, 4, 5]);
    clock.mockRestore();
  });
});

describe('runApi.explain', () => {
  it('explains the last run once its code has loaded: a run made while it loads, not the one before', async () => {
    const s = smallScenario();
    const path = `entity/${s.city.districts[0].streets[0].communities[0].id}/${s.horizon.lastYear}/inPost`;
    const unhired = { ...s, plan: { ...s.plan, hiring: { ...s.plan.hiring, capacityPerYear: 0 } } };
    const wanted = explain(runScenario(s).projection, path);
    expect(explain(runScenario(unhired).projection, path)).not.toEqual(wanted);
    expect(runApi.run(unhired, undefined, 7).ok).toBe(true);
    const asked = runApi.explain(path);
    // The same city revision: this run refills the arrays the run before it left.
    expect(runApi.run(s, undefined, 7).ok).toBe(true);
    expect(await asked).toEqual({ ok: true, explanation: wanted });
  });
});
