import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { oneAtATime as reference } from '../../fixtures/oneAtATime';
import { placeDistrictGaps } from './pooledHires';

describe('placing a district quota gap (GOV2020-3a)', () => {
  it('places each missing worker where a one-at-a-time placement would', () => {
    const r = createRandom(3);
    const n = 600;
    const district = Int32Array.from({ length: n }, () => Math.floor(r.next() * 4));
    // Shares of the quota, some whole, some not; a few communities not yet set up or with no share.
    const share = Float64Array.from({ length: n }, () => (r.next() < 0.1 ? 0 : r.next() < 0.5 ? 5 + Math.floor(r.next() * 6) : 5 + r.next() * 6));
    const established = Uint8Array.from({ length: n }, () => (r.next() < 0.05 ? 0 : 1));
    const counted = Float64Array.from({ length: n }, () => Math.floor(r.next() * 9));
    // quotas well below, near and above what the districts' communities hold
    const quota = [800, 1200, 1500, 2400];
    const gap = new Float64Array(n);
    placeDistrictGaps(4, district, share, established, Float64Array.from(quota), counted, null, gap);
    expect([...gap]).toEqual([...reference(district, share, established, quota, counted)]);
    expect(gap.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('gives two equal shortfalls one worker each before either gets a second', () => {
    // One district, quota 10, two communities with share 5 and 2 in post each: missing 10 − 4 = 6,
    // deficits 3 and 3 → 1, 1, 1, 1, 1, 1 alternately: 3 each.
    const gap = new Float64Array(2);
    placeDistrictGaps(1, new Int32Array(2), new Float64Array([5, 5]), new Uint8Array([1, 1]), Float64Array.of(10), Float64Array.of(2, 2), null, gap);
    expect([...gap]).toEqual([3, 3]);
  });

  it('agrees with one-at-a-time placement when many workers are missing and shortfalls tie', () => {
    // Whole shares and whole counts make whole deficits: every level a worker could be placed at is
    // shared by many communities, so the lower index must win each tie as the one-at-a-time rule says.
    // Quotas up to 3× the workers held leave more workers missing than there are communities.
    for (const seed of [5, 8, 13, 21]) {
      const r = createRandom(seed);
      const n = 240;
      const district = Int32Array.from({ length: n }, () => Math.floor(r.next() * 2));
      const share = Float64Array.from({ length: n }, () => (seed % 2 ? 5 + Math.floor(r.next() * 6) : 5 + r.next() * 6));
      const established = new Uint8Array(n).fill(1);
      const counted = Float64Array.from({ length: n }, () => Math.floor(r.next() * 7));
      const quota = [900 + seed * 10, 2000 - seed * 10];
      const gap = new Float64Array(n);
      placeDistrictGaps(2, district, share, established, Float64Array.from(quota), counted, null, gap);
      expect([...gap]).toEqual([...reference(district, share, established, quota, counted)]);
    }
  });

  it('places the same when the communities are listed district by district, as a flattened city lists them', () => {
    const r = createRandom(7);
    const n = 400;
    const district = Int32Array.from({ length: n }, (_, e) => Math.floor((3 * e) / n));
    const share = Float64Array.from({ length: n }, () => (r.next() < 0.1 ? 0 : 5 + r.next() * 6));
    const established = Uint8Array.from({ length: n }, () => (r.next() < 0.05 ? 0 : 1));
    const counted = Float64Array.from({ length: n }, () => Math.floor(r.next() * 9));
    const quota = [900, 600, 1300];
    const gap = new Float64Array(n);
    placeDistrictGaps(3, district, share, established, Float64Array.from(quota), counted, null, gap);
    expect([...gap]).toEqual([...reference(district, share, established, quota, counted)]);
  });

  it('agrees with one-at-a-time placement for every size of shortfall, tie and committee count', () => {
    // The first workers go at once to every place above a water level, the last one each to the members
    // within one of the largest deficit, the lower index first among equals. Small districts, deficits
    // on a quarter grid (many ties) or not, and quotas from none missing to 4× the share make each of
    // these, and the heap when neither fits, decide some placements. Committee members count as workers.
    for (let seed = 1; seed <= 300; seed++) {
      const r = createRandom(seed);
      const n = 1 + Math.floor(r.next() * 40);
      const nd = 1 + Math.floor(r.next() * 3);
      const district = Int32Array.from({ length: n }, () => Math.floor(r.next() * nd));
      const grid = seed % 3 === 0;
      const share = Float64Array.from({ length: n }, () => (r.next() < 0.05 ? 0 : grid ? 5 + Math.floor(r.next() * 24) / 4 : 5 + r.next() * 6));
      const established = Uint8Array.from({ length: n }, () => (r.next() < 0.05 ? 0 : 1));
      const inPost = Float64Array.from({ length: n }, () => Math.floor(r.next() * 8));
      const committee = Float64Array.from({ length: n }, () => Math.floor(r.next() * 3));
      const counted = inPost.map((w, e) => w + committee[e]);
      const quota = Array.from({ length: nd }, () => Math.floor(r.next() * 4 * 8 * (n / nd)));
      const gap = new Float64Array(n);
      placeDistrictGaps(nd, district, share, established, Float64Array.from(quota), inPost, committee, gap);
      expect([...gap], `seed ${seed}`).toEqual([...reference(district, share, established, quota, counted)]);
    }
  });

  it('agrees value for value with one-at-a-time placement in districts of a thousand, most workers placed at once', () => {
    // A province's districts: a thousand communities, shares 5–11 with a fraction, 0–11 counted, and
    // a quota near the shares' sum, so the water level places most workers, and the last take one each.
    // Quotas below and well above it, and deficits on a quarter grid, make ties and the heap decide too.
    for (let seed = 1; seed <= 8; seed++) {
      const r = createRandom(100 + seed);
      const n = 2000;
      const district = Int32Array.from({ length: n }, (_, e) => (e < 1000 ? 0 : 1));
      const grid = seed % 3 === 0;
      const share = Float64Array.from({ length: n }, () => (grid ? 5 + Math.floor(r.next() * 24) / 4 : 5 + r.next() * 6));
      const established = Uint8Array.from({ length: n }, () => (r.next() < 0.02 ? 0 : 1));
      const inPost = Float64Array.from({ length: n }, () => Math.floor(r.next() * 10));
      const committee = seed % 2 ? Float64Array.from({ length: n }, () => Math.floor(r.next() * 2)) : null;
      const counted = committee ? inPost.map((w, e) => w + committee[e]) : inPost;
      const sums = [0, 0];
      share.forEach((s, e) => (sums[district[e]] += established[e] === 1 ? s : 0));
      const scale = [1, 1, 0.9, 1.6][seed % 4];
      const quota = sums.map((s) => Math.round(s * scale));
      const gap = new Float64Array(n);
      placeDistrictGaps(2, district, share, established, Float64Array.from(quota), inPost, committee, gap);
      const want = reference(district, share, established, quota, counted);
      for (let e = 0; e < n; e++) expect(Object.is(gap[e], want[e]), `seed ${seed}, community ${e}: ${gap[e]} for ${want[e]}`).toBe(true);
    }
  });
});
