import { describe, expect, it } from 'vitest';
import { column, csvName } from './table';

describe('chart tables', () => {
  it('a column as numbers, text and blanks as null', () => {
    const t = { header: ['年份', '预算'], rows: [[2026, 50], [2027, null], ['合计', '—']], keys: 1 };
    expect(column(t, 1)).toEqual([50, null, null]);
  });

  it.each([
    { scenario: '示范市 2026', title: '目标/达成:概率', expected: '示范市_2026-目标_达成_概率.csv' },
    // the colon and space run together into one underscore, as does the slash
    { scenario: '示范市: 2026/2030', title: '支出 与 预算', expected: '示范市_2026_2030-支出_与_预算.csv' },
  ])('file name without characters Windows refuses: $expected', ({ scenario, title, expected }) => {
    expect(csvName(scenario, title)).toBe(expected);
  });

  it('a file name is at most 120 characters and the extension', () => {
    expect(csvName('a'.repeat(100), 'b'.repeat(100))).toBe(`${'a'.repeat(100)}-${'b'.repeat(19)}.csv`);
  });
});
