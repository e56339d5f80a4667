import { describe, expect, it } from 'vitest';
import { applyDiff, diffOf, DiffError, sameJson } from './scenarioDiff';

const base = {
  name: 'A',
  list: [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
    { id: 'c', n: 3 },
  ],
  tags: ['x', 'y'],
  gone: 1,
};

describe('scenario diffs', () => {
  it('carries one changed record of a list by id, not the list', () => {
    const next = { ...base, list: [base.list[0], { id: 'b', n: 20 }, base.list[2]] };
    expect(diffOf(base, next)).toEqual(['o', { list: ['a', 0, { b: ['o', { n: ['=', 20] }] }] }]);
    expect(applyDiff(base, diffOf(base, next))).toEqual(next);
  });

  it('carries a new order, a new record whole, a removed record and key, and lists without ids whole', () => {
    const next = { name: 'A', list: [{ id: 'c', n: 3 }, { id: 'd', n: 4 }, { id: 'a', n: 1 }], tags: ['x'] };
    const d = diffOf(base, next);
    expect(d).toEqual(['o', { gone: 0, list: ['a', ['c', 'd', 'a'], { d: ['=', { id: 'd', n: 4 }] }], tags: ['=', ['x']] }]);
    expect(applyDiff(base, d)).toEqual(next);
  });

  it('takes a key holding undefined as absent, as JSON does', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(diffOf({ a: 1 }, { a: 1, b: undefined })).toBeUndefined();
  });

  it('leaves the base unchanged and refuses a diff it did not write', () => {
    const copy = structuredClone(base);
    applyDiff(base, ['o', { name: ['=', 'B'] }]);
    expect(base).toEqual(copy);
    expect(() => applyDiff(base, ['o', { list: ['a', ['zz'], {}] }])).toThrow(DiffError);
    expect(() => applyDiff(base, JSON.parse('["o", {"__proto__": ["=", {"polluted": 1}]}]'))).toThrow(DiffError);
    expect(() => applyDiff(base, ['o', { name: ['o', {}] }])).toThrow(DiffError);
    expect(() => applyDiff(base, 'x')).toThrow(DiffError);
  });
});
