import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { community } from '../fixtures/tinyCity';
import { flatten, isBlank, KIND_CODE, NO_KIND } from './flatten';
import { LEVEL } from './projection';
import type { City, Community } from './scenario';

// Values a file may hold for an optional input, +0 and −0 (which count differently) and NaN among them.
const optional = fc.option(fc.constantFrom(0, -0, 1, 7, 2.5, NaN, -3), { nil: undefined });

const arbCommunity = fc
  .record({
    kind: fc.constantFrom('urbanExisting' as const, 'urbanNew' as const, 'rural' as const),
    households: fc.integer({ min: 0, max: 4000 }),
    growth: fc.double({ min: -0.05, max: 0.15 }),
    dwellings: fc.option(fc.constantFrom(0, 1500, 3000), { nil: undefined }),
    inPost: fc.integer({ min: 0, max: 15 }),
    committeeMembers: optional,
    publicBenefitShare: optional,
    migrants: optional,
    registrationsPerYear: optional,
    volunteers: optional,
  })
  .map(({ inPost, committeeMembers, ...r }): Omit<Community, 'id'> => {
    const c: Omit<Community, 'id'> = { ...community({ id: '' }), ...r, residents: 3 * r.households, space: 10 * inPost, staff: { inPost, certified: inPost >> 1, bachelor: inPost >> 2 } };
    if (committeeMembers !== undefined) c.staff.committeeMembers = committeeMembers;
    // An input left out is absent, not undefined, as in a city read from a file.
    for (const key of ['dwellings', 'publicBenefitShare', 'migrants', 'registrationsPerYear', 'volunteers'] as const) if (c[key] === undefined) delete c[key];
    return c;
  });

const arbCity = fc.array(fc.array(fc.array(arbCommunity, { maxLength: 5 }), { maxLength: 4 }), { minLength: 1, maxLength: 3 }).map(
  (districts): City => ({
    name: 'random',
    districts: districts.map((streets, d) => ({
      id: `D${d}`,
      name: `district ${d}`,
      centreSpace: 1000 + d,
      streets: streets.map((communities, s) => ({
        id: `D${d}S${s}`,
        name: `street ${d}.${s}`,
        class: ((s % 3) + 1) as 1 | 2 | 3,
        centreSpace: 500 + s,
        stationStaff: 3 + s,
        communities: communities.map((c, k) => ({ ...c, id: `D${d}S${s}C${k}`, name: `community ${d}.${s}.${k}` })),
      })),
    })),
  }),
);

/** What an optional input reads as: its value when given and not +0, else 0. */
const given = (x: number | undefined) => (x === undefined || Object.is(x, 0) ? 0 : x);

describe('flatten lays every entity out as the tree has it', () => {
  it('communities, then streets, then districts, with every input and the shared arrays of inputs left out', () => {
    fc.assert(
      fc.property(arbCity, (city) => {
        const flat = flatten(city);
        const { entities: en, base } = flat;
        const streets = city.districts.flatMap((d, di) => d.streets.map((s) => ({ s, di })));
        const communities = streets.flatMap(({ s, di }, si) => s.communities.map((c) => ({ c, di, si })));
        expect([flat.nCommunities, flat.nStreets, flat.nDistricts, flat.nEntities]).toEqual([communities.length, streets.length, city.districts.length, communities.length + streets.length + city.districts.length]);
        const expected: Record<string, unknown>[] = [
          ...communities.map(({ c, di, si }) => ({
            id: c.id, name: c.name, level: LEVEL.community, kind: KIND_CODE[c.kind], street: communities.length + si, district: di, streetClass: 0,
            committee: given(c.staff.committeeMembers), households: c.households, residents: c.residents, growth: c.growth, dwellings: c.dwellings ?? Infinity,
            inPost: c.staff.inPost, certified: c.staff.certified, bachelor: c.staff.bachelor, space: c.space, publicBenefitShare: c.publicBenefitShare ?? NaN,
            migrants: given(c.migrants), registrations: given(c.registrationsPerYear), volunteers: given(c.volunteers),
          })),
          ...streets.map(({ s, di }) => ({ id: s.id, name: s.name, level: LEVEL.street, district: di, streetClass: s.class, space: s.centreSpace, inPost: s.stationStaff })),
          ...city.districts.map((d, di) => ({ id: d.id, name: d.name, level: LEVEL.district, district: di, space: d.centreSpace })),
        ];
        // What streets and districts leave out.
        const none = { kind: NO_KIND, street: -1, streetClass: 0, committee: 0, households: 0, residents: 0, growth: 0, dwellings: Infinity, inPost: 0, certified: 0, bachelor: 0, publicBenefitShare: NaN, migrants: 0, registrations: 0, volunteers: 0 };
        const arrays: Record<string, ArrayLike<unknown>> = { ...en, ...base };
        expected.forEach((want, e) => {
          for (const [key, value] of Object.entries({ ...none, ...want })) if (!Object.is(arrays[key][e], value)) throw new Error(`${key}[${e}]: ${String(arrays[key][e])}, not ${String(value)}`);
        });
        for (const key of ['committee', 'migrants', 'registrations', 'volunteers'] as const) expect(isBlank(arrays[key] as Float64Array, 0)).toBe(expected.every((w) => Object.is(w[key] ?? 0, 0)));
        expect(isBlank(base.publicBenefitShare, NaN)).toBe(communities.every(({ c }) => c.publicBenefitShare === undefined));
      }),
      { numRuns: 1000, seed: 14 },
    );
  });
});
