import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { highsSolver } from './highsSolver';
import type { Solver } from './model';
import { SITE_CAPACITY, warmUpModel } from './warmUp';

let solver: Solver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

describe('the warm-up programme', () => {
  it('is a programme with whole choices that the solver finishes, the same each time', () => {
    const m = warmUpModel();
    // 12 sites × 30 places of shares plus 12 openings; a capacity row per site, a link per share, a demand row per place
    expect([m.cols.length, m.integers, m.rows.length]).toEqual([12 * 30 + 12, 12, 12 + 12 * 30 + 30]);
    const a = solver.solve(m);
    expect(a.status).toBe('optimal');
    expect(solver.solve(warmUpModel()).objective).toBe(a.objective);
  });

  it('opens enough sites for the demand: each holds 2.5/12 of it, so at least five (4 × 2.5/12 < 1 ≤ 5 × 2.5/12)', () => {
    const x = solver.solve(warmUpModel()).x;
    const opened = x.slice(0, 12).filter((v) => v > 0.5).length;
    expect(SITE_CAPACITY).toBeCloseTo(2.5 / 12, 12);
    expect(opened).toBeGreaterThanOrEqual(5);
  });
});
