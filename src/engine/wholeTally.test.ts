import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../fixtures/arbScenario';
import { flatten, type Flat } from './flatten';
import { horizonYears, ruleSetOf } from './project';
import { resolveDistrictParams, resolveParams } from './resolveParams';
import type { Community, Scenario } from './scenario';
import { countsFit } from './wholeCounts';

function fitsOn(s: Scenario, flat: Flat): boolean {
  const years = horizonYears(s);
  const params = resolveParams(ruleSetOf(s), s.ruleSet.overrides, years);
  const districtParams = resolveDistrictParams(s.ruleSet, Array.from(s.city.districts, (d) => d.id), years);
  return countsFit(s, flat, params, districtParams, years);
}

/** The flat city with copies of its base arrays: arrays flatten did not tally, which countsFit reads through. */
function scanned(flat: Flat): Flat {
  const base = Object.fromEntries(Object.entries(flat.base).map(([k, a]: [string, Float64Array]) => [k, a.slice()])) as unknown as Flat['base'];
  return { ...flat, base };
}

/** Values a 32-bit count would change (or that make dwellings invalid), and whole ones up to past 2³¹. */
const odd = fc.constantFrom(-0, 0.5, 2.5, -1, NaN, Infinity, 0, 7, 2 ** 31, 2 ** 30 + 1);
const FIELDS = ['households', 'residents', 'dwellings', 'inPost', 'certified', 'bachelor', 'stationStaff'] as const;
const arbEdit = fc.record({ field: fc.constantFrom(...FIELDS), at: fc.nat(), value: odd });

/** The scenario with each edit made to its city: a community's figure, or a street's station staff. */
function edited(s: Scenario, edits: { field: (typeof FIELDS)[number]; at: number; value: number }[]): Scenario {
  const city = structuredClone(s.city);
  const streets = city.districts.flatMap((d) => d.streets);
  const communities = streets.flatMap((st) => st.communities);
  for (const { field, at, value } of edits) {
    if (field === 'stationStaff') streets[at % streets.length].stationStaff = value;
    else {
      const c: Community = communities[at % communities.length];
      if (field === 'households' || field === 'residents' || field === 'dwellings') c[field] = value;
      else c.staff[field] = value;
    }
  }
  return { ...s, city };
}

describe("flatten's tally of the counts (wholeCounts.ts tallied)", () => {
  it('answers countsFit as a scan of the arrays does, on random cities with −0, fractions, NaN, Infinity and counts past 2³¹', () => {
    let fit = 0;
    let unfit = 0;
    fc.assert(
      fc.property(arbScenario, fc.array(arbEdit, { maxLength: 3 }), (s0, edits) => {
        const s = edited(s0, edits);
        const flat = flatten(s.city);
        const answer = fitsOn(s, flat);
        if (answer) fit++;
        else unfit++;
        return answer === fitsOn(s, scanned(flat));
      }),
      { numRuns: 1500 },
    );
    // Both answers are met often enough for the comparison to mean something.
    expect(Math.min(fit, unfit)).toBeGreaterThan(100);
  });

});
