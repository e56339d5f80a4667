import { describe, expect, it } from 'vitest';
import type { Community } from '../../../engine/scenario';
import { community, tinyCity } from '../../../fixtures/tinyCity';
import { estimateCounts } from '../../../io/estimates';
import { editClearingEstimate } from './estimateEdit';

const at = (i: number, ...rest: (string | number)[]) => ['city', 'districts', 0, 'streets', 0, 'communities', i, ...rest];
const of = (s: { city: { districts: { streets: { communities: Community[] }[] }[] } }, i: number) => s.city.districts[0].streets[0].communities[i];

describe('editing an estimated figure', () => {
  const s = tinyCity([community({ id: 'a', estimated: true }), community({ id: 'b', estimated: true }), community({ id: 'c', estimated: true })]);

  it('clears that figure’s mark only', () => {
    const next = editClearingEstimate(s, at(0, 'staff', 'inPost'), 7)!;
    expect(of(next, 0)).toMatchObject({ staff: { inPost: 7 }, estimated: true, estimatedFields: ['households', 'residents', 'space'] });
    expect(of(s, 0).staff.inPost).toBe(0);
  });

  it('3 estimated communities, one with all four figures entered → 2 remain', () => {
    let next = s;
    for (const [path, value] of [
      [at(1, 'households'), 2100],
      [at(1, 'residents'), 5900],
      [at(1, 'staff', 'certified'), 2],
      [at(1, 'space'), 320],
    ] as const)
      next = editClearingEstimate(next, path, value)!;
    expect(of(next, 1).estimated).toBeUndefined();
    expect(of(next, 1).estimatedFields).toBeUndefined();
    // 3 × 4 = 12 figures before; 2 × 4 = 8 after.
    expect(estimateCounts(s.city)).toEqual({ communities: 3, figures: 12 });
    expect(estimateCounts(next.city)).toEqual({ communities: 2, figures: 8 });
  });

  it('leaves other edits to the ordinary path', () => {
    expect(editClearingEstimate(s, at(0, 'growth'), 0.01)).toBeNull();
    expect(editClearingEstimate(s, at(0, 'name'), 'x')).toBeNull();
    expect(editClearingEstimate(s, ['plan', 'hiring', 'capacityPerYear'], 5)).toBeNull();
  });
});
