import { describe, expect, it } from 'vitest';
import type { Budgets, Scenario } from '../../../engine/scenario';
import { budgetAt, copyToAllYears, isRejection, parseWan, setBudget, wanCellText, withBudgets } from './budgets';

const YEARS = [2026, 2027, 2028, 2029, 2030];
const budgets: Budgets = {
  city: { '2026': 400_000_000, '2027': 412_000_000, '2028': 'unlimited', '2029': 'unlimited', '2030': 'unlimited' },
  district: { '2026': 'unlimited', '2027': 750_000_000, '2028': 'unlimited', '2029': 'unlimited', '2030': 'unlimited' },
};

describe('budget table edits', () => {
  const U = 'unlimited' as const;
  it.each([
    {
      name: 'a number for a payer with no row starts its row, the other years unlimited',
      edit: (b: Budgets) => setBudget(b, 'street', 2028, 5_000_000, YEARS),
      expected: { ...budgets, street: { '2026': U, '2027': U, '2028': 5_000_000, '2029': U, '2030': U } },
    },
    {
      name: 'a number in a filled cell replaces it',
      edit: (b: Budgets) => setBudget(b, 'city', 2027, 1, YEARS),
      expected: { ...budgets, city: { ...budgets.city, '2027': 1 } },
    },
    {
      name: 'clearing a cell makes that year unlimited, never a missing cell',
      edit: (b: Budgets) => setBudget(b, 'city', 2027, undefined, YEARS),
      expected: { ...budgets, city: { ...budgets.city, '2027': U } },
    },
    {
      name: 'a row unlimited in every year is removed: the payer has no limit',
      edit: (b: Budgets) => setBudget(b, 'district', 2027, 'unlimited', YEARS),
      expected: { city: budgets.city },
    },
    {
      name: 'copy to all years: 2026’s 40,000 万 into 2026–2030',
      edit: (b: Budgets) => copyToAllYears(b, 'city', YEARS),
      expected: { ...budgets, city: Object.fromEntries(YEARS.map((y) => [String(y), 400_000_000])) },
    },
    {
      name: 'copy of an unlimited first year makes every year unlimited, which removes the row',
      edit: (b: Budgets) => copyToAllYears(b, 'district', YEARS),
      expected: { city: budgets.city },
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
    const next = withBudgets(scenario, setBudget(budgets, 'city', 2030, 2, YEARS));
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
    { raw: '', expected: 'unlimited', why: 'empty: no limit, said so' },
    { raw: '不限', expected: 'unlimited', why: 'the word the table shows' },
    { raw: 'Unlimited', expected: 'unlimited', why: 'in English, any case' },
    { raw: '4万', expected: 40_000, why: 'in a 万元 cell 万 is the unit: 4 万元 = 40,000 yuan' },
    { raw: '１．２亿', expected: 120_000_000, why: 'full-width 1.2亿元 = 12,000 万元 = 120,000,000 yuan' },
    { raw: '45,020.3524', expected: 450_203_524, why: 'kept to the fen: 45,020.3524 × 10,000' },
  ])('$raw → $expected ($why)', ({ raw, expected }) => {
    expect(parseWan(raw, ['plan', 'budgets', 'city', '2026'])).toBe(expected);
  });

  it('turns down what is no amount, with the range in 万元 (10¹² yuan = 10⁸ 万元)', () => {
    const typed = parseWan('4万千', ['plan', 'budgets', 'city', '2026']);
    expect(isRejection(typed) && typed.range).toEqual({ min: 0, max: 1e8, int: false });
    expect(isRejection(parseWan('-5', ['plan', 'budgets', 'city', '2026']))).toBe(true);
  });
});

describe('wanCellText', () => {
  it('shows at most two decimals of 万元 (issue 12: "45,020.3524")', () => {
    // 450,203,524 yuan = 45,020.3524 万元 → 45,020.35
    expect(wanCellText(450_203_524, 'zh-CN')).toBe('45,020.35');
  });
});
