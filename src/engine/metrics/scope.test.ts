/** Counting by district walks each district's own entities; the figures must equal a walk over the whole city. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../../fixtures/arbScenario';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { LEVEL } from '../projection';
import { runScenario } from '../run';
import { meets, shortfall } from './meetsNeed';
import { gapBelow, gapOf, shareAtLeast, shareOf } from './scope';
import { gapBelowScopes, shareAtLeastScopes } from './allScopes';

describe('shareOf and gapOf by district', () => {
  it('count only the district asked for, and the city counts all', () => {
    // D1 holds A (800 households) and B (1,200); D2 holds C (500). Households ≥ 1,000: D1 1 of 2 = 0.5,
    // D2 0 of 1 = 0, city 1 of 3. Gap to 1,000 households: D1 200 + 0 = 200, D2 500, city 700.
    const s = tinyCity([community({ id: 'A', households: 800 }), community({ id: 'B', households: 1200 })]);
    s.city.districts.push({ id: 'D2', name: 'D2', centreSpace: 0, streets: [{ id: 'S2', name: 'S2', class: 2, centreSpace: 0, stationStaff: 0, communities: [community({ id: 'C', households: 500 })] }] });
    const p = runScenario(s).projection;
    const hh = p.series.households;
    const share = (d: number) => shareOf(p, 0, LEVEL.community, d, (i) => hh[i] >= 1000);
    const gap = (d: number) => gapOf(p, 0, LEVEL.community, d, (i) => shortfall(1000, hh[i]));
    expect([share(-1), share(0), share(1)]).toEqual([1 / 3, 0.5, 0]);
    expect([gap(-1), gap(0), gap(1)]).toEqual([700, 200, 500]);
  });

  it('compare arrays directly with the same figures as a test per entity', () => {
    // Need 1,000 households of every community: A (800) and C (500) fall short, B (1,200) meets it.
    // By kind, a minimum of 1,000 for urban existing (A, B) and none for the rest leaves C outside: 1 of 2.
    const s = tinyCity([community({ id: 'A', households: 800 }), community({ id: 'B', households: 1200 }), community({ id: 'C', kind: 'rural', households: 500 })]);
    const p = runScenario(s).projection;
    const hh = p.series.households;
    const need = new Float64Array(hh.length).fill(1000);
    expect(shareAtLeast(p, 0, LEVEL.community, -1, hh, need)).toBe(1 / 3);
    expect(shareAtLeast(p, 0, LEVEL.community, 0, hh, need)).toBe(shareOf(p, 0, LEVEL.community, 0, (i) => hh[i] >= 1000));
    expect(shareAtLeast(p, 0, LEVEL.community, -1, hh, [1000, null, null])).toBe(0.5);
    expect(gapBelow(p, 0, LEVEL.community, -1, need, hh)).toBe(200 + 500);
    expect(gapBelow(p, 0, LEVEL.community, 0, need, hh)).toBe(gapOf(p, 0, LEVEL.community, 0, (i) => shortfall(1000, hh[i])));
  });
});

describe('shareAtLeast and gapBelow against a test per entity', () => {
  // The city's scope runs its own loops (a range, need per entity or by kind); every scope, level and
  // year of random cities must give shareOf's figure for the same test, to the bit.
  it('give shareOf’s share and gapOf’s gap in every scope, level and year', () => {
    fc.assert(
      fc.property(arbScenario, fc.constantFrom<(number | null)[]>([300, null, 150], [null, 200, 0], [250, 250], [0, 0, 0, 0]), (s, byKind) => {
        // A new estate at 0.1% occupancy, not yet a community where a rule set asks an occupancy (GOV2020-2b).
        s.city.districts[0].streets[0].communities.push(community({ id: 'N', kind: 'urbanNew', households: 10, dwellings: 10000 }));
        const p = runScenario(s).projection;
        const { space, spaceRequired, inPost, staffRequired } = p.series;
        const kind = p.entities.kind;
        for (let y = 0; y < p.years.length; y++) {
          for (const level of [LEVEL.community, LEVEL.street, LEVEL.district]) {
            for (let d = -1; d < p.nDistricts; d++) {
              const perEntity = shareOf(p, y, level, d, (i) => meets(space[i], spaceRequired[i]));
              const staff = shareOf(p, y, level, d, (i) => meets(inPost[i], staffRequired[i]));
              const minimum = shareOf(p, y, level, d, (i, e) => (byKind[kind[e]] === null ? null : meets(space[i], byKind[kind[e]]!)));
              expect(shareAtLeast(p, y, level, d, space, spaceRequired)).toBe(perEntity);
              expect(shareAtLeast(p, y, level, d, inPost, staffRequired)).toBe(staff);
              expect(shareAtLeast(p, y, level, d, space, byKind)).toBe(minimum);
              // the gap's loop against a shortfall per entity, and every scope's pass against both
              const gap = gapOf(p, y, level, d, (i) => shortfall(spaceRequired[i], space[i]));
              expect(gapBelow(p, y, level, d, spaceRequired, space)).toBe(gap);
              const scope = <T>(all: { city: T; byDistrict: T[] }) => (d < 0 ? all.city : all.byDistrict[d]);
              expect(scope(gapBelowScopes(p, y, level, spaceRequired, space))).toBe(gap);
              expect(scope(shareAtLeastScopes(p, y, level, space, spaceRequired))).toBe(perEntity);
              expect(scope(shareAtLeastScopes(p, y, level, space, byKind))).toBe(minimum);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
