import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { digestOf } from './valueDigest';

describe('digestOf', () => {
  it('is the same for a structured-clone copy, as the page sends a scenario', () => {
    const s = smallScenario();
    expect(digestOf(structuredClone(s))).toBe(digestOf(s));
  });

  it('tells apart a scenario with one number changed deep in its city', () => {
    const s = smallScenario();
    const t = structuredClone(s);
    const last = t.city.districts.at(-1)!.streets.at(-1)!.communities.at(-1)!;
    last.households += 1;
    expect(digestOf(t)).not.toBe(digestOf(s));
  });

  it.each([
    ['a string and a number', { a: '1' }, { a: 1 }],
    ['null and undefined', { a: null }, { a: undefined }],
    ['0 and −0', [0], [-0]],
    ['the order of keys', { a: 1, b: 2 }, { b: 2, a: 1 }],
    ['where one key ends and its string begins', { ab: 'c' }, { a: 'bc' }],
    ['how arrays nest', [1, [2]], [[1], 2]],
    ['an array and an object with its indices as keys', [7], { 0: 7 }],
    ['true and 1', [true], [1]],
  ])('tells apart %s', (_, a, b) => {
    expect(digestOf(a)).not.toBe(digestOf(b));
  });

  it('gives none for a value that is not plain data', () => {
    expect(digestOf({ when: new Date(0) })).toBeNull();
    expect(digestOf([new Float64Array(2)])).toBeNull();
  });
});
