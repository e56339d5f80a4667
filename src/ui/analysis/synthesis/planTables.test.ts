import { describe, expect, it } from 'vitest';
import type { LimitValue, SynthesizedPlan } from '../../../engine';
import { budgetPayers, leverYears, limitRows } from './planTables';

const plan: SynthesizedPlan = {
  capacity: 12,
  hires: [
    { year: 2027, district: 'a', hires: 5 },
    { year: 2026, district: 'a', hires: 3 },
    { year: 2026, district: 'b', hires: 4 },
  ],
  starts: [
    { year: 2026, community: 'c1', m2: 300, yuan: 1 },
    { year: 2026, community: 'c2', m2: 250, yuan: 1 },
  ],
  sites: [
    { id: 's1', name: 's1', type: 'sports', location: { x: 0, y: 0 }, openingYear: 2029, capitalCost: 5 },
    { id: 's2', name: 's2', type: 'market', location: { x: 0, y: 0 }, openingYear: 2029 },
    { id: 's3', name: 's3', type: 'market', location: { x: 9, y: 0 }, openingYear: 2029 },
  ],
  budgets: { street: { '2026': 10, '2028': 30 }, district: { '2026': 1, '2027': 2, '2028': 3 } },
};

describe('leverYears', () => {
  it('lists every year any lever touches, in order, with hires and m² summed', () => {
    const rows = leverYears(plan);
    expect(rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029]);
    // 2026: 3 + 4 hires; two starts, 300 + 250 m²
    expect(rows[0]).toMatchObject({ hires: 7, starts: ['c1', 'c2'], m2: 550, budgets: { district: 1, street: 10 } });
    expect(rows[1]).toMatchObject({ hires: 5, starts: [], m2: 0, budgets: { district: 2 } });
    expect(rows[2].budgets).toEqual({ district: 3, street: 30 });
    // 2029: the sites alone, by type in the registry's order (market before sports)
    expect(rows[3]).toMatchObject({ hires: 0, sites: [{ type: 'market', count: 2 }, { type: 'sports', count: 1 }], budgets: {} });
  });

  it('gives budget columns in the registry order of payers', () => {
    expect(budgetPayers(plan)).toEqual(['district', 'street']);
  });
});

describe('limitRows', () => {
  it('puts binding limits first, largest rate first, and keeps the slack ones in order', () => {
    const v = (value: number, year: number): LimitValue => ({ limit: { kind: 'budget', payer: 'district', year }, value, range: [0, 1] });
    const rows = limitRows([v(0, 2026), v(0.5, 2027), v(-1e-6, 2028), v(-2, 2029)]);
    expect(rows.map((r) => r.limit.kind === 'budget' && r.limit.year)).toEqual([2029, 2027, 2026, 2028]);
    // −1e-6 万元 is the capacity's tie-breaking weight, not a binding limit
    expect(rows.map((r) => r.value)).toEqual([-2, 0.5, 0, 0]);
  });
});
