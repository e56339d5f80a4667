import { describe, expect, it } from 'vitest';
import { bindingPath, verdictPath } from './verdictLinks';

describe('verdict links', () => {
  it.each([
    { name: "a payer's shortfall opens that payer's spending", row: { metric: 'fundingGap.district', year: 2028 }, expected: 'funding/district/2028' },
    { name: 'the total shortfall has no single payer', row: { metric: 'fundingGap.total', year: 2028 }, expected: null },
    { name: 'a district-scoped shortfall is a share of the payer total', row: { metric: 'fundingGap.city', year: 2028, district: 'D01' }, expected: null },
    { name: 'a share over communities has no path yet', row: { metric: 'staffingShareMet', year: 2030 }, expected: null },
  ])('$name', ({ row, expected }) => expect(verdictPath(row)).toBe(expected));

  it('a budget that binds opens the payer in the year it fell short', () => {
    expect(bindingPath({ kind: 'budget', payer: 'district', year: 2026, shortBy: 1 })).toBe('funding/district/2026');
    expect(bindingPath({ kind: 'growth', year: 2026 })).toBeNull();
    expect(bindingPath(null)).toBeNull();
  });
});
