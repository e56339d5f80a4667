/**
 * The workers counted against each district's quota (countDistrictStaffing) carry a district's running
 * count while its communities come one after another: the same additions in the same order as adding
 * each community to its district's count in memory, to the last bit, whether the communities are listed
 * district by district or interleaved, with committee members counted or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { districtStaffing, type QuotaSource } from './staffQuota';

const arbCity = fc.record({
  nDistricts: fc.integer({ min: 1, max: 4 }),
  committees: fc.boolean(),
  sorted: fc.boolean(),
  communities: fc.array(
    fc.record({
      district: fc.nat(),
      established: fc.constantFrom(0, 1, 1, 1),
      required: fc.constantFrom(0, 0.1, 5, 7.3333333333, 12.5),
      inPost: fc.double({ min: 0, max: 40, noNaN: true }),
      committee: fc.double({ min: 0, max: 9, noNaN: true }),
    }),
    { minLength: 1, maxLength: 30 },
  ),
});

/** The city's communities as a two-year run holds them, year 1 with the figures drawn. */
type City = typeof arbCity extends fc.Arbitrary<infer T> ? T : never;

function sourceOf({ nDistricts, committees, sorted, communities }: City): QuotaSource {
  const cs = communities.map((c) => ({ ...c, district: c.district % nDistricts }));
  if (sorted) cs.sort((a, b) => a.district - b.district);
  const n = cs.length;
  const yearTwo = <T extends Float64Array | Uint8Array>(a: T, f: (c: (typeof cs)[number]) => number): T => {
    cs.forEach((c, e) => (a[n + e] = f(c)));
    return a;
  };
  return {
    nCommunities: n,
    nStreets: 0,
    nDistricts,
    nEntities: n,
    entities: { district: Int32Array.from(cs, (c) => c.district), committee: Float64Array.from(cs, (c) => c.committee) },
    series: {
      staffRequired: yearTwo(new Float64Array(2 * n), (c) => c.required),
      inPost: yearTwo(new Float64Array(2 * n), (c) => c.inPost),
      established: yearTwo(new Uint8Array(2 * n), (c) => c.established),
    },
    quotas: new Float64Array(2 * nDistricts),
    params: { 'staffing.countCommitteeMembers': [0, committees ? 1 : 0] },
  };
}

describe('workers counted against the district quota', () => {
  it('equal each pool member added to its district in turn', () => {
    fc.assert(
      fc.property(arbCity, (city) => {
        const p = sourceOf(city);
        const expected = new Float64Array(p.nDistricts);
        for (let e = 0; e < p.nCommunities; e++) {
          const i = p.nEntities + e;
          if (p.series.established[i] === 1 && p.series.staffRequired[i] > 0) expected[p.entities.district[e]] += p.series.inPost[i] + (city.committees ? p.entities.committee[e] : 0);
        }
        const { counted } = districtStaffing(p, 1);
        expect(Array.from(counted, (x, d) => Object.is(x, expected[d]))).toEqual(Array.from(expected, () => true));
      }),
      { numRuns: 500 },
    );
  });
});
