import { describe, expect, it } from 'vitest';
import type { Budgets, Scenario } from '../../../engine/scenario';
import { budgetAt, copyToAllYears, parseWan, setBudget, withBudgets } from './budgets';

const YEARS = [2026, 2027, 2028, 2029, 2030];
const budgets: Budgets = { city: { '2026': 400_000_000, '2027': 412_000_000 }, district: { '2026': 750_000_000 } };

describe('budget table edits', () => {
  it.each([
    {
      name: 'a number in an empty cell sets that year (street had no limit at all)',
      edit: (b: Budgets) => setBudget(b, 'street', 2028, 5_000_000),
      expected: { ...budgets, street: { '2028': 5_000_000 } },
    },
    {
      name: 'a number in a filled cell replaces it',
      edit: (b: Budgets) => setBudget(b, 'city', 2027, 1),
      expected: { ...budgets, city: { '2026': 400_000_000, '2027': 1 } },
    },
    {
      name: 'clearing a cell removes the year (no limit)',
      edit: (b: Budgets) => setBudget(b, 'city', 2027, undefined),
      expected: { ...budgets, city: { '2026': 400_000_000 } },
    },
    {
      name: 'clearing the last year of a payer removes the payer',
      edit: (b: Budgets) => setBudget(b, 'district', 2026, undefined),
      expected: { city: budgets.city },
    },
    {
      name: 'copy to all years: 2026’s 40,000 万 into 2026–2030',
      edit: (b: Budgets) => copyToAllYears(b, 'city', YEARS),
      expected: { ...budgets, city: Object.fromEntries(YEARS.map((y) => [String(y), 400_000_000])) },
    },
    {
      name: 'copy of an empty first year clears every year of that payer',
      edit: (b: Budgets) => copyToAllYears(b, 'street', YEARS),
      expected: budgets,
    },
  ])('$name', ({ edit, expected }) => {
    const before = structuredClone(budgets);
    expect(edit(budgets)).toEqual(expected);
    expect(budgets).toEqual(before);
  });

  it('keeps a budget year outside the horizon when copying, for the validator to report', () => {
    const b = copyToAllYears({ city: { '2026': 1, '2031': 9 } }, 'city', YEARS);
    expect(b.city?.['2031']).toBe(9);
    expect(budgetAt(b, 'city', 2030)).toBe(1);
  });

  it('puts the budgets into the scenario and shares the rest', () => {
    const scenario = { name: 's', plan: { hiring: { capacityPerYear: 1 }, budgets } } as unknown as Scenario;
    const next = withBudgets(scenario, setBudget(budgets, 'city', 2030, 2));
    expect(next.plan.budgets.city?.['2030']).toBe(2);
    expect(next.plan.hiring).toBe(scenario.plan.hiring);
    expect(scenario.plan.budgets).toBe(budgets);
  });
});

describe('parseWan', () => {
  it.each([
    { raw: '40000', expected: 400_000_000, why: '40,000 万 × 10,000' },
    { raw: ' 41,200 ', expected: 412_000_000, why: 'grouping commas and spaces ignored' },
    { raw: '0.5', expected: 5_000, why: '0.5 万 = 5,000 yuan' },
    { raw: '', expected: undefined, why: 'empty: no limit' },
    { raw: '4万', expected: '4万', why: 'not a number: kept for the validator' },
  ])('$raw → $expected ($why)', ({ raw, expected }) => {
    expect(parseWan(raw)).toBe(expected);
  });
});
