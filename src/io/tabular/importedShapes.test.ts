import { describe, expect, it } from 'vitest';
import { flatten } from '../../engine/flatten';
import type { City } from '../../engine/scenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { filledIn } from '../../fixtures/filledIn';
import { cityGrids } from './cityTables';
import { importCity } from './importCity';

const communities = (city: City) => city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));

describe('a city read from a workbook whose rows leave different cells blank', () => {
  const filled = filledIn(demoScenario());
  const { scenario: imported } = importCity(cityGrids(filled.city), filled);

  it('comes in many object shapes: one for each set of cells a row fills', () => {
    // More than the four shapes a property read keeps apart before it falls back to a lookup by shape.
    expect(new Set(communities(imported!.city).map((c) => Object.keys(c).join())).size).toBeGreaterThan(4);
  });

  it('flattens the figures of every community as its row gives them, whatever its shape', () => {
    const list = communities(imported!.city);
    const { entities, base } = flatten(imported!.city);
    // An optional figure reads as its value when given and not +0, else 0; a share left out as NaN.
    const given = (x: number | undefined) => (x === undefined || Object.is(x, 0) ? 0 : x);
    list.forEach((c, e) => {
      const want = {
        households: c.households, residents: c.residents, growth: c.growth, dwellings: c.dwellings ?? Infinity, space: c.space,
        inPost: c.staff.inPost, certified: c.staff.certified, bachelor: c.staff.bachelor, committee: given(c.staff.committeeMembers),
        publicBenefitShare: c.publicBenefitShare ?? NaN, migrants: given(c.migrants), registrations: given(c.registrationsPerYear), volunteers: given(c.volunteers),
      };
      const got: Record<string, ArrayLike<number>> = { ...base, committee: entities.committee };
      for (const [key, value] of Object.entries(want)) if (!Object.is(got[key][e], value)) throw new Error(`${key}[${e}] (${c.id}): ${got[key][e]}, not ${value}`);
      expect(entities.id[e]).toBe(c.id);
    });
    // The figures the workbook carried are those written into it.
    expect(list.map((c) => [c.migrants, c.volunteers, c.registrationsPerYear, c.publicBenefitShare, c.staff.committeeMembers])).toEqual(
      communities(filled.city).map((c) => [c.migrants, c.volunteers, c.registrationsPerYear, c.publicBenefitShare, c.staff.committeeMembers]),
    );
  });
});
