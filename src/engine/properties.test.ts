/** Properties that hold for any city: monotone requirements, sums that add up, determinism. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costTotal, seriesTotal } from './aggregate';
import { arbScenario } from '../fixtures/arbScenario';
import { LEVEL, SERIES } from './projection';
import { runScenario } from './run';
import { PAYERS } from './scenario';
import { spaceRequiredFor, workersRequired } from './steps/requirements';

describe('requirements never fall as households grow', () => {
  it('holds for the staffing and space formulas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 50 }), (h, more, per, min, perHundred) => {
        expect(workersRequired(h + more, per, min)).toBeGreaterThanOrEqual(workersRequired(h, per, min));
        expect(spaceRequiredFor(h + more, min * 100, perHundred)).toBeGreaterThanOrEqual(spaceRequiredFor(h, min * 100, perHundred));
      }),
    );
  });

  it('holds in a projection when a community grows faster', () => {
    fc.assert(
      fc.property(arbScenario, fc.double({ min: 0.001, max: 0.2, noNaN: true }), (s, extra) => {
        const faster = structuredClone(s);
        for (const d of faster.city.districts) for (const st of d.streets) for (const c of st.communities) c.growth += extra;
        const a = runScenario(s).projection;
        const b = runScenario(faster).projection;
        for (let i = 0; i < a.series.households.length; i++) {
          if (a.entities.level[i % a.nEntities] !== LEVEL.community || a.series.established[i] !== b.series.established[i]) continue;
          expect(b.series.staffRequired[i]).toBeGreaterThanOrEqual(a.series.staffRequired[i]);
          expect(b.series.spaceRequired[i]).toBeGreaterThanOrEqual(a.series.spaceRequired[i] - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('sums add up', () => {
  it('spending by payer equals the sum of the cost lines, and the districts sum to the city', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const p = runScenario(s).projection;
        p.years.forEach((_, y) => {
          let all = 0;
          for (const payer of PAYERS) {
            const spent = p.payers[payer][y].spent;
            expect(costTotal(p, y, { payer })).toBeCloseTo(spent, 4);
            let byDistrict = 0;
            for (let d = 0; d < p.nDistricts; d++) byDistrict += costTotal(p, y, { payer, district: d });
            expect(byDistrict).toBeCloseTo(spent, 4);
            all += spent;
          }
          expect(costTotal(p, y)).toBeCloseTo(all, 4);
          for (const name of ['households', 'staffRequired', 'inPost', 'spaceRequired', 'space'] as const) {
            let byDistrict = 0;
            for (let d = 0; d < p.nDistricts; d++) byDistrict += seriesTotal(p, name, y, LEVEL.community, d);
            expect(byDistrict).toBeCloseTo(seriesTotal(p, name, y), 6);
          }
        });
      }),
      { numRuns: 80 },
    );
  });

  it('hires never exceed the capacity, and staff never go negative', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const p = runScenario(s).projection;
        p.hiring.forEach((h) => expect(h.hired).toBeLessThanOrEqual(s.plan.hiring.capacityPerYear));
        expect(Math.min(...p.series.inPost)).toBeGreaterThanOrEqual(0);
        expect(Math.min(...p.series.certified)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('determinism', () => {
  it('gives identical results for the same scenario, and leaves the scenario untouched', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const before = structuredClone(s);
        const a = runScenario(s);
        const b = runScenario(structuredClone(s));
        expect(s).toEqual(before);
        for (const name of SERIES) expect(b.projection.series[name]).toEqual(a.projection.series[name]);
        expect(b.projection.costs).toEqual(a.projection.costs);
        expect(b.verdicts).toEqual(a.verdicts);
      }),
      { numRuns: 40 },
    );
  });
});
