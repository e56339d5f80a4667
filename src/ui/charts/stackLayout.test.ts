import { describe, expect, it } from 'vitest';
import { stackLayout, stackMax } from './stackLayout';

type P = 'city' | 'district' | 'street';
const KEYS: readonly P[] = ['city', 'district', 'street'];

describe('stacked layout', () => {
  it('lays each payer on the ones before it, and marks budgets in the payer’s own frame', () => {
    // 2026: city 30 (budget 40), district 75 (budget 75), street 0 (no budget)
    const s = stackLayout(KEYS, [{ column: 2026, values: { city: 30, district: 75, street: 0 }, marks: { city: 40, district: 75, street: null } }]);
    expect(s).toEqual([
      { column: 2026, key: 'city', value: 30, y0: 0, y1: 30, markAt: 40 },
      // district sits on city's 30; its budget mark at 30 + 75 = 105, level with its top: all spent
      { column: 2026, key: 'district', value: 75, y0: 30, y1: 105, markAt: 105 },
      { column: 2026, key: 'street', value: 0, y0: 105, y1: 105, markAt: null },
    ]);
    expect(stackMax(s)).toBe(105);
  });

  it('the axis reaches a budget above everything spent', () => {
    const s = stackLayout(KEYS, [{ column: 1, values: { city: 10, district: 5, street: 0 }, marks: { district: 50 } }]);
    // district mark: 10 + 50 = 60 above the stack top of 15
    expect(stackMax(s)).toBe(60);
  });

  it('columns are independent', () => {
    const s = stackLayout(KEYS, [
      { column: 1, values: { city: 1, district: 2, street: 3 } },
      { column: 2, values: { city: 4, district: 5, street: 6 } },
    ]);
    expect(s.filter((x) => x.column === 2).map((x) => [x.y0, x.y1])).toEqual([
      [0, 4],
      [4, 9],
      [9, 15],
    ]);
  });
});
