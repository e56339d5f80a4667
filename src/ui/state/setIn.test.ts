import { describe, expect, it } from 'vitest';
import { getIn, pathToString, setIn } from './setIn';

describe('setIn', () => {
  it('copies the path and shares the rest', () => {
    const root = { a: { b: [1, 2, 3] }, c: { d: 1 } };
    const next = setIn(root, ['a', 'b', 1], 9);
    expect(next).toEqual({ a: { b: [1, 9, 3] }, c: { d: 1 } });
    expect(root.a.b[1]).toBe(2);
    expect(next.c).toBe(root.c);
    expect(next.a).not.toBe(root.a);
  });

  it('removes a key set to undefined, so optional fields can be cleared', () => {
    expect(setIn({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
  });

  it('reads and names paths like the validator', () => {
    const root = { city: { districts: [{ id: 'D1' }] } };
    expect(getIn(root, ['city', 'districts', 0, 'id'])).toBe('D1');
    expect(getIn(root, ['city', 'nope', 3])).toBeUndefined();
    expect(pathToString(['city', 'districts', 2, 'streets', 0, 'communities', 5, 'households'])).toBe(
      'city.districts[2].streets[0].communities[5].households',
    );
    expect(pathToString(['ruleSet', 'overrides', 'pay.cityShare'])).toBe('ruleSet.overrides["pay.cityShare"]');
    expect(pathToString(['plan', 'budgets', 'city', '2026'])).toBe('plan.budgets.city["2026"]');
  });
});
