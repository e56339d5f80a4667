import { describe, expect, it } from 'vitest';
import { buildRunView, runScenario } from '../src/engine';
import { demoScenario } from '../src/fixtures/demo/demoScenario';
import { runApi } from './runApi';

describe('runApi.run', () => {
  it('sends coverage without the uncovered cells, with the same figures as a full run, and the map still gets its layers', () => {
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
    const layers = runApi.coverageLayers();
    expect(layers.ok && layers.layers && layers.layers.count).toBe(full.projection.coverage!.cells);
  });
});
