import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { orderCut, shareOf } from './buildingOrder';

/** The largest of the listed claims (0 when none is above 0); a NaN claim is passed over, as the claims pass keeps it. */
function largestOf(claims: Float64Array, places: Int32Array): number {
  let most = 0;
  for (let j = 0; j < places.length; j++) if (claims[places[j]] > most) most = claims[places[j]];
  return most;
}

/** orderCut over the listed places (by entity index, in index order), each place's share written to out at its entity; the rest of out is left as it was. */
function inOrder(claims: Float64Array, places: Int32Array, total: number, order: 'worstFirst' | 'nearestFirst', out: Float64Array, largest = largestOf(claims, places)): Float64Array {
  const gaps = Float64Array.from(places, (e) => claims[e]);
  const shares = new Float64Array(places.length);
  const cut = orderCut(gaps, total, order, shares, largest);
  for (let j = 0; j < places.length; j++) out[places[j]] = cut === null ? shares[j] : shareOf(cut, j, gaps[j]);
  return out;
}

/** The order by definition: every gap ranked by its size to 0.001 m², ties to the lower index, then filled whole while money lasts. */
function reference(claims: Float64Array, total: number, order: 'worstFirst' | 'nearestFirst'): Float64Array {
  const out = new Float64Array(claims.length);
  const q = (e: number) => Math.round(claims[e] * 1000);
  const ranked = [...claims.keys()].filter((e) => claims[e] > 0).sort((a, b) => (order === 'worstFirst' ? q(b) - q(a) : q(a) - q(b)) || a - b);
  let left = total;
  for (const e of ranked) {
    if (left <= 0) break;
    out[e] = Math.min(claims[e], left);
    left -= out[e];
  }
  return out;
}

/** count gaps of size m² added up one by one. */
function sumOf(size: number, count: number): number {
  let sum = 0;
  for (let k = 0; k < count; k++) sum += size;
  return sum;
}

/** What is left of their sum after count gaps of size m² are taken from it one by one. */
function residue(size: number, count: number): number {
  let left = sumOf(size, count);
  for (let k = 0; k < count && left > 0; k++) left -= Math.min(size, left);
  return left;
}

/** Every place, by index. */
const every = (n: number) => Int32Array.from({ length: n }, (_, e) => e);

describe('building in order of the gaps', () => {
  const r = createRandom(14);
  const random = () => r.next();
  const claims = new Float64Array(12000).map(() => (random() < 0.3 ? 0 : random() < 0.5 ? Math.round(random() * 400) : random() * 400));
  const demand = claims.reduce((a, b) => a + b, 0);

  // 12,000 places, about 8,400 with a gap: more than the 4,096 rank groups, so the histogram is used.
  // Money for none, a sliver, a part and all of the gaps: the sort covers only the gaps the money reaches, and must give what a full sort gives.
  it.each([0.00001, 0.001, 0.1, 0.5, 0.999, 1.5])('gives what a full sort gives with %s of the demand', (part) => {
    for (const order of ['worstFirst', 'nearestFirst'] as const) {
      const out = inOrder(claims, every(claims.length), demand * part, order, new Float64Array(claims.length));
      expect([...out]).toEqual([...reference(claims, demand * part, order)]);
    }
  });

  // Gaps up to 30,000 m² rank up to 3·10⁷, three digits; many equal gaps test that ties keep to the lower index.
  it('orders large and equal gaps as a full sort does', () => {
    const big = new Float64Array(9000).map((_, e) => (e % 3 === 0 ? 0 : e % 5 === 0 ? 1234.5 : random() * 30000));
    const all = big.reduce((a, b) => a + b, 0);
    for (const part of [0.01, 0.3, 0.9]) {
      for (const order of ['worstFirst', 'nearestFirst'] as const) {
        expect([...inOrder(big, every(big.length), all * part, order, new Float64Array(big.length))]).toEqual([...reference(big, all * part, order)]);
      }
    }
  });

  // Ranks below 2^31 are sorted as 32-bit integers, others as doubles: a largest gap of 2,147,483.647 m²
  // ranks 2^31 − 1 (the last that fits), one of 2,147,483.648 m² ranks 2^31; each with gaps ranked 0.
  it.each([2147483.647, 2147483.648])('orders gaps up to %s m² as a full sort does', (largest) => {
    const big = new Float64Array(6000).map((_, e) => (e === 4321 ? largest : e % 7 === 0 ? 0.0004 : e % 4 === 0 ? largest - 0.001 : random() * largest));
    const all = big.reduce((a, b) => a + b, 0);
    for (const part of [0.001, 0.5, 0.999]) {
      for (const order of ['worstFirst', 'nearestFirst'] as const) {
        const out = inOrder(big, every(big.length), all * part, order, new Float64Array(big.length));
        const want = reference(big, all * part, order);
        for (let e = 0; e < big.length; e++) if (!Object.is(out[e], want[e])) expect(`${order} ${part} ${e}: ${out[e]}`).toBe(`${want[e]}`);
      }
    }
  });

  // The building programme passes the largest gap, found as it lists the gaps: the same order as inOrder finds it.
  it('gives what a full sort gives when told the largest gap', () => {
    const largest = claims.reduce((a, b) => Math.max(a, b), 0);
    for (const order of ['worstFirst', 'nearestFirst'] as const) {
      const out = inOrder(claims, every(claims.length), demand * 0.4, order, new Float64Array(claims.length), largest);
      expect([...out]).toEqual([...reference(claims, demand * 0.4, order)]);
    }
  });

  it('fills the largest gaps first, whole, and the next with what is left', () => {
    // 100 m² of money over gaps of 30, 80 and 50: worst first gives 80 to the second, the last 20 to the 50.
    const out = inOrder(new Float64Array([30, 80, 50]), every(3), 100, 'worstFirst', new Float64Array(3));
    expect([...out]).toEqual([0, 80, 20]);
  });

  it('reads and writes only the places listed', () => {
    // Places 0 and 2 listed (gaps 30 and 50), 60 m² of money: worst first gives 50 to place 2 and the last 10 to place 0.
    // Places 1 and 3 are left as they were (7), though their claims are larger.
    const out = inOrder(new Float64Array([30, 80, 50, 40]), Int32Array.of(0, 2), 60, 'worstFirst', new Float64Array(4).fill(7));
    expect([...out]).toEqual([10, 7, 50, 7]);
  });
  // Gaps taken one by one round differently from their sum: what they leave goes on down the order to
  // the next group. Gaps of 0.2 m² (one group, summed in index order) then of 0.1 m², 4,096 or more in
  // all so the groups are used; the money is the 0.2 m² gaps' sum, for a count where taking them one by
  // one leaves a residue.
  it('gives what taking a group one by one leaves to the next gap in order', () => {
    for (const order of ['worstFirst', 'nearestFirst'] as const) {
      const [first, next] = order === 'worstFirst' ? [0.2, 0.1] : [0.1, 0.2];
      const count = Array.from({ length: 400 }, (_, k) => 2100 + k).find((k) => residue(first, k) > 0)!;
      expect(count).toBeDefined();
      const claims = new Float64Array(2 * count).map((_, e) => (e % 2 === 0 ? first : next));
      const total = sumOf(first, count);
      const out = inOrder(claims, every(claims.length), total, order, new Float64Array(claims.length));
      expect([...out]).toEqual([...reference(claims, total, order)]);
      // the residue went to the first gap of the next group, by index
      expect(out[1]).toBe(residue(first, count));
    }
  });

  it('gives what taking a group one by one leaves to the next gap in order when the rest differ in size', () => {
    // As above, but the gaps after the first group cycle through three sizes, so they must be sorted: the
    // residue goes to the first of the largest (worst first: 0.15 at index 3) or of the smallest
    // (nearest first: 0.15 at index 3, against 0.2 and 0.3).
    for (const order of ['worstFirst', 'nearestFirst'] as const) {
      const first = order === 'worstFirst' ? 0.2 : 0.1;
      const rest = order === 'worstFirst' ? [0.1, 0.15, 0.05, 0.15] : [0.2, 0.15, 0.3, 0.15];
      const count = Array.from({ length: 400 }, (_, k) => 2100 + k).find((k) => residue(first, k) > 0)!;
      const claims = new Float64Array(2 * count).map((_, e) => (e % 2 === 0 ? first : rest[((e - 1) / 2) % 4]));
      const total = sumOf(first, count);
      const out = inOrder(claims, every(claims.length), total, order, new Float64Array(claims.length));
      expect([...out]).toEqual([...reference(claims, total, order)]);
      expect(out[3]).toBe(residue(first, count));
      expect(out[1]).toBe(0);
    }
  });

  // Gaps of every kind a city has (none, whole, fractional, tied, tiny, up to 10⁷ m²), money from a
  // sliver to past the demand: every place gets what the definition gives, to the bit. However far the
  // estimate by rank group reaches, the order is the full sort's.
  // From a handful of places to a nation's: fewer places have fewer rank groups, down to one, and the
  // fewest are sorted by insertion.
  it.each([
    [29, 4096, 6000],
    [31, 1, 4095],
    [37, 1, 60],
  ])('gives what a full sort gives, to the bit, on random gaps and money (seed %i, %i places and up)', (seed, least, spread) => {
    const r = createRandom(seed);
    for (let round = 0; round < 120; round++) {
      const n = least + Math.floor(r.next() * spread);
      const scale = [0.01, 1, 400, 1e4, 1e7][round % 5];
      const tie = Math.round(r.next() * scale * 1000) / 1000;
      const gaps = new Float64Array(n).map(() => {
        const u = r.next();
        return u < 0.2 ? 0 : u < 0.3 ? tie : u < 0.4 ? Math.round(r.next() * scale) : u < 0.45 ? r.next() * 0.002 : r.next() * scale;
      });
      const all = gaps.reduce((a, b) => a + b, 0);
      const part = [1e-6, 0.01, 0.2, 0.5, 0.8, 0.999, 1, 1.2][round % 8];
      for (const order of ['worstFirst', 'nearestFirst'] as const) {
        const out = inOrder(gaps, every(n), all * part, order, new Float64Array(n));
        const want = reference(gaps, all * part, order);
        for (let e = 0; e < n; e++) if (!Object.is(out[e], want[e])) expect(`${round} ${order} ${e}: ${out[e]}`).toBe(`${want[e]}`);
      }
    }
  });
});

/** The places with a gap above 0, as the building programme lists them. */
const listed = (claims: Float64Array) => Int32Array.from([...claims.keys()].filter((e) => claims[e] > 0));

describe('the order as a cut', () => {
  it('says where the money stops: whole gaps before the last taken, its share, nothing after', () => {
    // Gaps 30, 80 and 50 (listed at 0, 1, 2), 100 m² of money, worst first: 80 whole, the last 20 to the 50.
    // Ranks count down from the largest to 0.001 m²: 80,000 − 30,000 = 50,000, 0 and 30,000.
    const claims = new Float64Array([30, 80, 50]);
    const out = new Float64Array(3).fill(7);
    const cut = orderCut(claims, 100, 'worstFirst', out, 80);
    expect(cut).toMatchObject({ rank: 30000, at: 2, m: 20 });
    expect([...cut!.ranks.subarray(0, 3)]).toEqual([50000, 0, 30000]);
    expect([0, 1, 2].map((j) => shareOf(cut!, j, claims[j]))).toEqual([0, 80, 20]);
    // out is left as it was
    expect([...out]).toEqual([7, 7, 7]);
  });

  it('splits tied gaps at the cut by position', () => {
    // Four gaps of 10 (one rank), 25 m² of money: the first two whole, 5 to the third, none to the fourth.
    const claims = new Float64Array([10, 10, 10, 10]);
    const cut = orderCut(claims, 25, 'nearestFirst', new Float64Array(4), 10)!;
    expect(cut).toMatchObject({ rank: 10000, at: 2, m: 5 });
    expect([0, 1, 2, 3].map((j) => shareOf(cut, j, 10))).toEqual([10, 10, 5, 0]);
    // No money: none taken, every share 0.
    const none = orderCut(claims, 0, 'nearestFirst', new Float64Array(4), 10)!;
    expect(none).toMatchObject({ rank: -1, at: -1 });
    expect([0, 1, 2, 3].map((j) => shareOf(none, j, 10))).toEqual([0, 0, 0, 0]);
  });

  it('is not made where a listed gap is not above 0 or ranks reach 2^31: out is written instead', () => {
    // A listed NaN gap, or a gap of 2,147,483.648 m² (rank 2^31): out gets every place's share, the NaN's 0.
    for (const claims of [new Float64Array([30, NaN, 50]), new Float64Array([30, 2147483.648, 50])]) {
      const out = new Float64Array(3).fill(7);
      expect(orderCut(claims, 60, 'worstFirst', out, Math.max(30, 50, claims[1] || 0))).toBeNull();
      expect([...out]).toEqual([...reference(claims, 60, 'worstFirst')]);
    }
  });

  it('gives what a full sort gives, to the bit, with only the gaps listed', () => {
    // As the random test above, the places listed as the programme lists them, so the order makes a cut;
    // a cut at every point of a tie, every group reached, and the fewest sorted by insertion.
    const r = createRandom(41);
    let cuts = 0;
    for (let round = 0; round < 240; round++) {
      const n = 1 + Math.floor(r.next() * [20, 300, 9000][round % 3]);
      const scale = [0.01, 1, 400, 1e4, 1e7][round % 5];
      const tie = Math.max(0.001, Math.round(r.next() * scale * 1000) / 1000);
      const gaps = new Float64Array(n).map(() => {
        const u = r.next();
        return u < 0.2 ? 0 : u < 0.4 ? tie : u < 0.5 ? Math.round(r.next() * scale) : u < 0.55 ? r.next() * 0.002 : r.next() * scale;
      });
      const places = listed(gaps);
      const all = gaps.reduce((a, b) => a + b, 0);
      const part = [1e-6, 0.01, 0.2, 0.5, 0.8, 0.999, 1, 1.2][round % 8];
      for (const order of ['worstFirst', 'nearestFirst'] as const) {
        if (orderCut(Float64Array.from(places, (e) => gaps[e]), all * part, order, new Float64Array(n), largestOf(gaps, places)) !== null) cuts++;
        const out = inOrder(gaps, places, all * part, order, new Float64Array(n));
        const want = reference(gaps, all * part, order);
        for (let e = 0; e < n; e++) if (!Object.is(out[e], want[e])) expect(`${round} ${order} ${e}: ${out[e]}`).toBe(`${want[e]}`);
      }
    }
    // gaps up to 10⁷ m² (a fifth of the rounds) rank past 2^31 and are written to out
    expect(cuts).toBeGreaterThan(300);
  });
});
