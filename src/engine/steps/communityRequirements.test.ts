/**
 * required keeps a district's ratios, share sum and pool count in locals while its communities follow
 * one another, and stores them when the district changes. A flattened city lists its communities
 * district by district, so the projections in openYearReference.test.ts never return to a district.
 * Here the districts come in any order, returning to earlier ones, and every figure must be the one the
 * reference rules give one community at a time (requirements.ts, Math.max and sums in memory), to the bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_CODE, type Flat } from '../flatten';
import { required } from './communityRequirements';
import { openPool } from './pooledHires';
import { spaceRequiredFor, workerShare, workersRequired } from './requirements';

const arbCase = fc
  .record({
    nd: fc.integer({ min: 1, max: 4 }),
    communities: fc.array(
      fc.record({
        district: fc.nat(3),
        kind: fc.constantFrom(KIND_CODE.urbanExisting, KIND_CODE.urbanNew, KIND_CODE.rural),
        households: fc.oneof(fc.integer({ min: 0, max: 6000 }), fc.constant(-0)),
        dwellings: fc.oneof(fc.integer({ min: 0, max: 8000 }), fc.constant(Infinity)),
        was: fc.constantFrom(0, 1),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    ratios: fc.array(fc.constantFrom(0, 350, 333.3, 1), { minLength: 8, maxLength: 8 }),
    minimums: fc.array(fc.constantFrom(0, -0, 2.5, 5), { minLength: 2, maxLength: 2 }),
    space: fc.array(fc.constantFrom(0, -0, 300, 600, 35, 20.5), { minLength: 6, maxLength: 6 }),
    supermarket: fc.constantFrom(0, 50),
    quota: fc.boolean(),
    occupancy: fc.option(fc.constantFrom(0, 0.5, 1), { nil: null }),
    firstYear: fc.boolean(),
    residents: fc.boolean(),
  })
  .map((c) => ({ ...c, communities: c.communities.map((x) => ({ ...x, district: x.district % c.nd })) }));

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

/** The city's arrays: one street per district (street s = nc + d), then the districts. */
function setUp(c: Case) {
  const nc = c.communities.length;
  const n = nc + 2 * c.nd;
  const at = <T extends Float64Array | Int32Array | Uint8Array>(a: T, f: (x: Case['communities'][number]) => number): T => {
    c.communities.forEach((x, e) => (a[e] = f(x)));
    return a;
  };
  const flat = {
    nCommunities: nc,
    nStreets: c.nd,
    nDistricts: c.nd,
    entities: { kind: at(new Uint8Array(n), (x) => x.kind), district: at(new Int32Array(n), (x) => x.district), street: at(new Int32Array(n), (x) => nc + x.district) },
    base: { dwellings: at(new Float64Array(n), (x) => x.dwellings), households: at(new Float64Array(n), (x) => x.households + 7), residents: at(new Float64Array(n), (x) => 3 * x.households + 1) },
  } as unknown as Flat;
  const now = {
    households: at(new Float64Array(n), (x) => x.households),
    residents: c.residents ? new Float64Array(n) : null,
    established: new Uint8Array(n),
    staffRequired: new Float64Array(n),
    spaceRequired: new Float64Array(n),
  };
  const was = c.firstYear ? null : at(new Uint8Array(nc), (x) => x.was);
  const staff = { ratio: Float64Array.from(c.ratios.slice(0, 2 * c.nd)), minimum: Float64Array.from(c.minimums), shareSums: new Float64Array(c.nd), pool: c.quota ? openPool(nc, c.nd) : null };
  const space = { minimum: Float64Array.from(c.space.slice(0, 3)), perHundred: Float64Array.from(c.space.slice(3)), supermarket: c.supermarket, street: 0, district: 0 };
  return { flat, now, was, staff, space, nc };
}

function reference(c: Case) {
  const { flat, now, was, staff, space, nc } = setUp(c);
  const { kind, district, street } = flat.entities;
  const { dwellings, households: h0, residents: r0 } = flat.base;
  const members: number[] = [];
  const start = new Int32Array(c.nd + 1);
  for (let e = 0; e < nc; e++) {
    const h = now.households[e];
    const d = district[e];
    if (now.residents !== null) {
      const r = h0[e] > 0 ? Math.round((r0[e] * h) / h0[e]) : r0[e];
      now.residents[e] = r;
      for (const s of [street[e], nc + c.nd + d]) {
        now.households[s] += h;
        now.residents[s] += r;
      }
    }
    const waits = kind[e] === KIND_CODE.urbanNew && c.occupancy !== null && Number.isFinite(dwellings[e]);
    const stands = !waits || (was !== null && was[e] === 1) || h >= (c.occupancy ?? 0) * dwellings[e];
    now.established[e] = stands ? 1 : 0;
    if (!stands) continue;
    const rural = kind[e] === KIND_CODE.rural ? 1 : 0;
    const perWorker = staff.ratio[rural * c.nd + d];
    if (staff.pool !== null) {
      const share = workerShare(h, perWorker, staff.minimum[rural]);
      now.staffRequired[e] = share;
      staff.shareSums[d] += share;
      if (share > 0) {
        members.push(e);
        start[d + 1]++;
      }
    } else now.staffRequired[e] = workersRequired(h, perWorker, staff.minimum[rural]);
    now.spaceRequired[e] = spaceRequiredFor(h, space.minimum[kind[e]], space.perHundred[kind[e]]) + space.supermarket;
  }
  const sorted = members.every((e, i) => i === 0 || district[members[i - 1]] <= district[e]);
  return { now, shareSums: staff.shareSums, members, start, size: staff.pool === null ? 0 : sorted ? members.length : -1 };
}

function opened(c: Case) {
  const { flat, now, was, staff, space } = setUp(c);
  const size = required(flat, now, was, c.occupancy ?? 0, c.occupancy !== null, staff, space);
  // The pool's size is −1 when its members are out of district order; start counts them either way.
  const listed = staff.pool === null ? 0 : staff.pool.start.reduce((a, b) => a + b, 0);
  const members = staff.pool === null ? [] : Array.from(staff.pool.members.subarray(0, listed));
  return { now, shareSums: staff.shareSums, members, start: staff.pool?.start ?? new Int32Array(c.nd + 1), size };
}

const same = (a: ArrayLike<number> | null, b: ArrayLike<number> | null) => a === b || (a !== null && b !== null && a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i])));

describe('required, districts in any order', () => {
  it('gives every figure, sum and pool member of the reference, to the bit', () => {
    let returned = 0;
    fc.assert(
      fc.property(arbCase, (c) => {
        const want = reference(c);
        const got = opened(c);
        if (c.quota && c.communities.some((x, e) => e > 0 && x.district < c.communities[e - 1].district)) returned++;
        for (const k of ['households', 'residents', 'established', 'staffRequired', 'spaceRequired'] as const) expect(same(got.now[k], want.now[k]), k).toBe(true);
        expect(same(got.shareSums, want.shareSums)).toBe(true);
        expect(same(got.start, want.start)).toBe(true);
        expect(got.members).toEqual(want.members);
        expect(got.size).toBe(want.size);
      }),
      { numRuns: 2000 },
    );
    // Under a quota, the districts came back to an earlier one often enough.
    expect(returned).toBeGreaterThan(300);
  });
});
