import { describe, expect, it } from 'vitest';
import { SHEET, SHEETS } from './columns';
import { levelOfSheetName, matchColumn, normalize } from './headers';

describe('header matching', () => {
  it.each([
    ['户数（户）', 'households'],
    ['户数(户)', 'households'],
    [' 户 数 ', 'households'],
    ['户数', 'households'],
    ['Households', 'households'],
    ['HOUSEHOLDS', 'households'],
    ['年户数增长率（%）', 'growth'],
    ['年户数增长率 (%)', 'growth'],
    ['Annual household growth (%)', 'growth'],
    ['办公和服务用房面积（平方米）', 'space'],
    ['办公和服务用房面积', 'space'],
    ['*名称', 'name'],
    ['staff.inPost', 'staff.inPost'],
    ['所属街道编号', 'parent.id'],
  ])('%s → %s', (header, key) => {
    expect(matchColumn(SHEET.communities, header)?.key).toBe(key);
  });

  it('does not guess at a header it does not know', () => {
    expect(matchColumn(SHEET.communities, '备注')).toBeUndefined();
    expect(matchColumn(SHEET.communities, '')).toBeUndefined();
  });

  it('no two columns of a sheet share a name', () => {
    for (const sheet of SHEETS) {
      const names = sheet.columns.flatMap((c) => [normalize(c.zh), normalize(c.en), normalize(c.key)]);
      const owners = new Map<string, string>();
      for (const c of sheet.columns) {
        for (const n of [normalize(c.zh), normalize(c.en), normalize(c.key)]) {
          expect(owners.get(n) ?? c.key, `${sheet.level}: ${n}`).toBe(c.key);
          owners.set(n, c.key);
        }
      }
      expect(names.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['区（县）', 'districts'],
    ['区(县)', 'districts'],
    ['街道（乡镇）', 'streets'],
    ['Streets', 'streets'],
    ['社区', 'communities'],
    ['设施', 'facilities'],
    ['市', 'city'],
    ['说明', 'guide'],
    ['Sheet1', undefined],
  ])('sheet %s → %s', (name, level) => {
    expect(levelOfSheetName(name)).toBe(level);
  });
});
