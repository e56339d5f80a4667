import { describe, expect, it } from 'vitest';
import { ownRuleSet } from '../../../../fixtures/ownRuleSet';
import { clauseOptions, freeId, newParameter, nextDate, renameDate } from './draft';

describe('rule set drafts', () => {
  it('adds a parameter with its unit fixed by the key, dated from the first document and citing its first clause', () => {
    const p = newParameter(ownRuleSet(), 'funds.cityPerCommunity');
    expect(p.unit).toBe('yuanPerCommunityYear');
    expect(p.values).toEqual({ '2027-03-01': 0 });
    expect(p.reference).toEqual([{ doc: 'XC2027', rule: 'XC2027-3' }]);
    // labelled as the built-in NJ2007 labels it
    expect(p.label.zh).not.toBe('funds.cityPerCommunity');
  });

  it('renames a date in place and refuses one already used', () => {
    const values = { '2027-03-01': 250, '2028-01-01': 300 };
    expect(Object.keys(renameDate(values, '2027-03-01', '2027-06-01'))).toEqual(['2027-06-01', '2028-01-01']);
    expect(renameDate(values, '2027-03-01', '2028-01-01')).toBe(values);
    expect(nextDate(values)).toBe('2029-01-01');
  });

  it('finds free ids and lists the clauses to cite', () => {
    expect(freeId(['A-1', 'A-2'], 'A')).toBe('A-3');
    expect(clauseOptions(ownRuleSet()).map((o) => o.value)).toEqual(['XC2027|XC2027-3', 'XC2027|XC2027-7']);
  });
});
