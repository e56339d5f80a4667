/** The rounding and local search that choose facility sites from the LP relaxation (siteSearch.ts), on programmes worked out by hand. */
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { highsSolver } from './highsSolver';
import { LinearModel, type Solver } from './model';
import { searchSites } from './siteSearch';

let solver: Solver;
beforeAll(async () => {
  solver = highsSolver(await loadHighs());
});

/** Openings with costs, and groups of residents each reached by some of them (one type missing), as siteRows.ts writes them. */
function sitesProgramme(costs: number[], groups: { weight: number; reach: number[] }[], need: number): LinearModel {
  const m = new LinearModel();
  const open = costs.map((c, i) => m.col(`open_${i}`, 0, 1, c, true));
  const shares = groups.map((g, k) => {
    const z = m.col(`z_${k}`, 0, 1);
    m.row([[z, 1], ...g.reach.map((i): [number, number] => [open[i], -1])], -Infinity, 0);
    return [z, g.weight] as [number, number];
  });
  m.row(shares, need, Infinity);
  return m;
}

describe('choosing sites from the LP relaxation', () => {
  // Q (6) reaches g1 (8 residents); P (5) reaches g2 (4) and g3 (4); R (4) reaches g2 alone; 12 asked.
  // Per resident Q costs 0.75, P 0.625, R 1: the LP opens P (8 residents, 5) and half of Q (4, 3) = 8.
  // Rounded up: P + Q = 11, 16 residents. Neither can go (8 < 12 either way). Swapping P for R (4)
  // keeps g2 and loses g3: 8 + 4 = 12 ≥ 12, for Q + R = 10 — the best plan (P + R reaches 8 only,
  // Q alone 8), 2 above the LP's bound.
  it('rounds up, then swaps an opening for a cheaper one the LP left shut', () => {
    const m = sitesProgramme([5, 6, 4], [{ weight: 8, reach: [1] }, { weight: 4, reach: [0, 2] }, { weight: 4, reach: [0] }], 12);
    const lp = solver.solve(m, { relaxed: true });
    expect(lp.objective).toBeCloseTo(8, 9);
    const x = searchSites(m, lp.x)!;
    expect([x[0], x[1], x[2]]).toEqual([0, 1, 1]);
  });

  // Y (4) reaches g1 (6); Z (1) reaches g2 (4); X (5) both; 6 asked. The LP opens Z (4 residents, 1)
  // and a third of Y (2 residents, 4/3): 7/3. Rounded up: Y + Z = 5. Dropping the dearer Y leaves 4 < 6;
  // dropping Z leaves 6: Y alone, 4 — the best plan (X 5, Z alone 4 residents).
  it('rounds up, then drops what the rest already covers', () => {
    const m = sitesProgramme([5, 4, 1], [{ weight: 6, reach: [0, 1] }, { weight: 4, reach: [0, 2] }], 6);
    const lp = solver.solve(m, { relaxed: true });
    expect(lp.objective).toBeCloseTo(7 / 3, 9);
    const x = searchSites(m, lp.x)!;
    expect([x[0], x[1], x[2]]).toEqual([0, 1, 0]);
  });
});
