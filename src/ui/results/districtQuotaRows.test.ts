import { describe, expect, it } from 'vitest';
import { tinyView } from '../../fixtures/tinyView';
import { districtQuotaRows } from './districtQuotaRows';

describe('districtQuotaRows', () => {
  it('lists each district with a quota that year, its gap and whether it is met', () => {
    const view = tinyView();
    // 东区 quota 11 with 10 counted: gap 1, not met; 西区 has no urban community (quota 0) and is left out.
    view.districtQuotas = { level: ['district', 'community'], quota: [[11, 0], [0, 0]], counted: [[10, 11], [5, 5]] };
    expect(districtQuotaRows(view, 0)).toEqual([{ id: 'D1', name: '东区', quota: 11, counted: 10, gap: 1, met: false }]);
  });

  it('shows nothing in a year the rule set counts per community', () => {
    const view = tinyView();
    view.districtQuotas = { level: ['district', 'community'], quota: [[11, 0], [0, 0]], counted: [[10, 11], [5, 5]] };
    expect(districtQuotaRows(view, 1)).toEqual([]);
    expect(districtQuotaRows(tinyView(), 0)).toEqual([]);
  });
});
