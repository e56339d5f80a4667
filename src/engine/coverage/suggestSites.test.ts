import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCentres } from './cells';
import { coverage } from './coverage';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';
import { prepareCoverage } from './prepare';
import { suggestSites } from './suggestSites';

// 100 m cells, reach 10 min × 100 m/min = 1,000 m.
const SPATIAL = { cellSize: 100 };

describe('suggestSites: worked cases', () => {
  // Two towns 5 km apart, each a single cell: 3,000 people at (50, 50), 1,000 at (5050, 50).
  const towns = [placed('big', 50, 50, 3000), placed('small', 5050, 50, 1000)];

  it('puts the first site where it reaches most people, the second at the next town', () => {
    const s = spatialCity(towns, [], { spatial: SPATIAL });
    const r = suggestSites(s, 'market', 2)!;
    expect(r.residents).toBe(4000);
    expect(r.coveredBefore).toBe(0);
    expect(r.sites).toEqual([
      { x: 50, y: 50, newlyCovered: 3000 },
      { x: 5050, y: 50, newlyCovered: 1000 },
    ]);
  });

  it('skips people an open facility already reaches, and stops when no one is left', () => {
    const s = spatialCity(towns, [facility('M', 'market', 0, 0)], { spatial: SPATIAL });
    const r = suggestSites(s, 'market', 3)!;
    expect(r.coveredBefore).toBe(3000);
    expect(r.sites).toEqual([{ x: 5050, y: 50, newlyCovered: 1000 }]);
  });

  it('for all5, sites a full set where the fewest missing types reach the most people', () => {
    // Town A has four of the five types and lacks a medical facility; town B, smaller, has none.
    const four = (['market', 'sports', 'culture', 'service'] as const).map((t) => facility(`A-${t}`, t, 50, 50));
    const s = spatialCity([placed('A', 50, 50, 3000), placed('B', 5050, 50, 2000)], four, { spatial: SPATIAL });
    const r = suggestSites(s, 'all5', 1)!;
    expect(r.coveredBefore).toBe(0);
    expect(r.sites).toEqual([{ x: 50, y: 50, newlyCovered: 3000 }]);
  });

  it('brings the suggested coverage about when the sites are opened', () => {
    const s = spatialCity([placed('a', 0, 0, 100, { area: 4e6 }), placed('b', 3000, 0, 100, { area: 1e6 })], [], { spatial: SPATIAL });
    const r = suggestSites(s, 'sports', 3)!;
    s.plan.facilities = r.sites.map((site, k) => facility(`S${k}`, 'sports', site.x, site.y, 2030));
    const after = coverage(s, [2030])!.city.sports.coveredResidents[0];
    expect(after).toBeCloseTo(r.sites.reduce((sum, x) => sum + x.newlyCovered, 0), 9);
  });
});

/** Plain greedy: every candidate re-evaluated every round, by brute force. */
function plainGreedy(xs: number[], ys: number[], w: number[], cand: [number, number][], reach: number, n: number): number[] {
  const left = [...w];
  const gains: number[] = [];
  for (let k = 0; k < n; k++) {
    let best = -1;
    let bestGain = 0;
    cand.forEach(([cx, cy], i) => {
      let g = 0;
      xs.forEach((x, j) => {
        if ((x - cx) ** 2 + (ys[j] - cy) ** 2 <= reach * reach) g += left[j];
      });
      if (g > bestGain) [best, bestGain] = [i, g];
    });
    if (best < 0) break;
    gains.push(bestGain);
    xs.forEach((x, j) => {
      if ((x - cand[best][0]) ** 2 + (ys[j] - cand[best][1]) ** 2 <= reach * reach) left[j] = 0;
    });
  }
  return gains;
}

/** The best possible choice of n candidates, by trying them all. */
function optimum(xs: number[], ys: number[], w: number[], cand: [number, number][], reach: number, n: number): number {
  let best = 0;
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === n || from === cand.length) {
      const total = w.reduce((s, wj, j) => (chosen.some((i) => (xs[j] - cand[i][0]) ** 2 + (ys[j] - cand[i][1]) ** 2 <= reach * reach) ? s + wj : s), 0);
      best = Math.max(best, total);
      return;
    }
    pick(from + 1, [...chosen, from]);
    pick(from + 1, chosen);
  };
  pick(0, []);
  return best;
}

describe('suggestSites: properties', () => {
  const arbTowns = fc.array(fc.record({ i: fc.integer({ min: -20, max: 20 }), j: fc.integer({ min: -20, max: 20 }), people: fc.integer({ min: 1, max: 500 }) }), {
    minLength: 1,
    maxLength: 9,
  });

  it('lazy greedy gains equal plain greedy’s, and reach at least 1 − 1/e of the optimum', () => {
    fc.assert(
      fc.property(arbTowns, fc.integer({ min: 1, max: 3 }), (towns, n) => {
        const s = spatialCity(
          towns.map((t, k) => placed(`T${k}`, t.i * 100 + 50, t.j * 100 + 50, t.people)),
          [],
          { spatial: { cellSize: 100, walk: { minutes: 5, speedMetresPerMinute: 100, detourFactor: 1 } } },
        );
        const prep = prepareCoverage(s)!;
        const r = suggestSites(prep, 'culture', n, { year: 2030 })!;
        // Same cells as the engine sees them (several towns may share one).
        const centres = cellCentres(prep.cells);
        const xs = Array.from(centres.x);
        const ys = Array.from(centres.y);
        const w = Array.from(prep.cells.residents);
        const cand = xs.map((x, k) => [x, ys[k]] as [number, number]);
        const gains = r.sites.map((x) => x.newlyCovered);
        expect(gains).toEqual(plainGreedy(xs, ys, w, cand, prep.straightReach, n));
        const total = gains.reduce((a, b) => a + b, 0);
        expect(total).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum(xs, ys, w, cand, prep.straightReach, n) - 1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
