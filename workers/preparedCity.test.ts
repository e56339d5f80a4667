import { describe, expect, it, vi } from 'vitest';
import { lifeCircleCity } from '../src/fixtures/lifeCircleCity';
import * as cov from '../src/engine/coverage/coverage';
import { project } from '../src/engine';
import { preparedCity } from './preparedCity';

vi.mock('../src/engine/coverage/coverage', async (original) => {
  const m = await original<typeof import('../src/engine/coverage/coverage')>();
  return { ...m, coverage: vi.fn(m.coverage) };
});

/** Coverage's figures; the live run leaves out the list of uncovered cells, which the page never reads. */
const figures = (c: ReturnType<typeof project>['coverage']) => c && { ...c, uncovered: null };

describe('preparedCity: coverage between lever edits', () => {
  it('works coverage out once while facilities, cells, years and projected residents stay, with the figures of a fresh run', () => {
    const coverage = vi.mocked(cov.coverage);
    const base = lifeCircleCity({ planned: true });
    coverage.mockClear();
    const first = project(base, {}, preparedCity(base, 901));
    expect(first.coverage).not.toBeNull();
    expect(coverage).toHaveBeenCalledTimes(1);

    // Hiring capacity moves staffing and money, not where anyone lives or what they can reach.
    const lever = { ...base, plan: { ...base.plan, hiring: { ...base.plan.hiring, capacityPerYear: 0 } } };
    const reused = project(lever, {}, preparedCity(lever, 901));
    expect(coverage).toHaveBeenCalledTimes(1);
    expect(figures(reused.coverage)).toEqual(figures(project(lever).coverage));
    expect(reused.coverage!.uncovered.count).toBe(0);
    // A fresh object each run, holding the same arrays.
    expect(reused.coverage).not.toBe(first.coverage);

    // Without its planned facilities, coverage is worked out again, and differs.
    const fewer = { ...lever, plan: { ...lever.plan, facilities: [] } };
    const again = project(fewer, {}, preparedCity(fewer, 901));
    expect(coverage).toHaveBeenCalledTimes(3); // once in the run above made afresh, once here
    expect(figures(again.coverage)).toEqual(figures(project(fewer).coverage));
    expect(again.coverage).not.toEqual(reused.coverage);
  });
});
