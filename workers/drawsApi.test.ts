import { describe, expect, it } from 'vitest';
import { demoScenario } from '../src/fixtures/demo/demoScenario';
import { drawsApi } from './drawsApi';

describe('drawsApi.runDraws', () => {
  it('reports progress at most ten times a second, always with the last draw', () => {
    const seen: [number, number][] = [];
    const t0 = performance.now();
    const out = drawsApi.runDraws(demoScenario(), 0, 12, (done, total) => seen.push([done, total]));
    const ms = performance.now() - t0;
    expect(out.ok).toBe(true);
    // the first draw reports, then one report per 100 ms at most, and the twelfth
    expect(seen.length).toBeLessThanOrEqual(2 + Math.floor(ms / 100));
    expect(seen[0]).toEqual([1, 12]);
    expect(seen[seen.length - 1]).toEqual([12, 12]);
  });
});
