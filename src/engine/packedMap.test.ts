/**
 * packedMap stands in for Array.from(a, f) where runs make their line flags and cost lines: the same
 * values, at the same places, each made from the value and its index, in a plain array with no holes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedMap } from './packedMap';

describe('packedMap', () => {
  it('gives what Array.from gives, value and index alike', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.boolean(), fc.string(), fc.constant(null))), (a) => {
        const f = (v: unknown, k: number) => [v, k];
        const got = packedMap(a, f);
        expect(Array.isArray(got)).toBe(true);
        expect(got).toEqual(Array.from(a, f));
        // no holes: every index is an own property
        expect(Object.keys(got).length).toBe(a.length);
      }),
    );
  });

  it('reads array-likes such as typed arrays', () => {
    expect(packedMap(new Float64Array([1.5, 2]), (v, k) => `${k}:${v}`)).toEqual(['0:1.5', '1:2']);
  });
});
