import { describe, expect, it } from 'vitest';
import type { Earmarks, Scenario } from '../../../engine/scenario';
import { earmarkRows, freeRows, removeEarmark, setEarmark, withEarmarks } from './earmarks';

const marks: Earmarks = { district: { building: { '2026': 500_000 } } };

describe('earmark edits (CS2010-7c-4)', () => {
  it('lists rows in cost-line order and offers every other payer-and-item pair', () => {
    const e: Earmarks = { ...marks, city: { staffPay: { '2027': 1 } } };
    expect(earmarkRows(e)).toEqual([
      { payer: 'city', item: 'staffPay' },
      { payer: 'district', item: 'building' },
    ]);
    expect(freeRows(e)).not.toContainEqual({ payer: 'district', item: 'building' });
    // a street pays no staff, so it has no such line to earmark
    expect(freeRows(e)).not.toContainEqual({ payer: 'street', item: 'staffPay' });
  });

  it('adds an empty row when asked to keep it, sets and clears a year, and drops what is left empty', () => {
    const row = { payer: 'city' as const, item: 'workerSubsidy' as const };
    const added = setEarmark(marks, row, null, undefined, true);
    expect(added.city).toEqual({ workerSubsidy: {} });
    const set = setEarmark(added, row, 2026, 120_000);
    expect(set.city).toEqual({ workerSubsidy: { '2026': 120_000 } });
    expect(setEarmark(set, row, 2026, undefined)).toEqual(marks);
    expect(removeEarmark(marks, { payer: 'district', item: 'building' })).toEqual({});
    expect(marks).toEqual({ district: { building: { '2026': 500_000 } } });
  });

  it('drops the field from the plan when no earmark is left', () => {
    const s = { plan: { budgets: {}, earmarks: marks } } as unknown as Scenario;
    expect(withEarmarks(s, {}).plan).not.toHaveProperty('earmarks');
    expect(withEarmarks(s, marks).plan.earmarks).toBe(marks);
  });
});
