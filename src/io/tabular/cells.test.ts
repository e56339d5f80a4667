import { describe, expect, it } from 'vitest';
import { readCell, writeCell } from './cells';
import { SHEET, type ColumnSpec } from './columns';
import type { Raw } from './grid';

const column = (level: keyof typeof SHEET, key: string): ColumnSpec => SHEET[level].columns.find((c) => c.key === key)!;
const households = column('communities', 'households');
const growth = column('communities', 'growth');
const kind = column('communities', 'kind');
const capital = column('facilities', 'capitalCost');
const name = column('communities', 'name');
const polygon = column('communities', 'polygon');
const streetClass = column('streets', 'class');

const read: { name: string; column: ColumnSpec; raw: Raw; value: unknown }[] = [
  { name: 'a number stays a number', column: households, raw: 2400, value: 2400 },
  { name: 'grouped digits as text', column: households, raw: '1,234', value: 1234 },
  { name: 'full-width digits and comma', column: households, raw: '１，２３４', value: 1234 },
  { name: 'spaces around', column: households, raw: '  900 ', value: 900 },
  { name: 'a negative number (validator decides)', column: households, raw: '-5', value: -5 },
  { name: 'per cent with the sign: 12.5% → 0.125', column: growth, raw: '12.5%', value: 0.125 },
  { name: 'per cent without the sign: 2 → 0.02', column: growth, raw: '2', value: 0.02 },
  { name: 'a number in a per-cent column: 0.29 → 0.0029, no float dust', column: growth, raw: 0.29, value: 0.0029 },
  { name: 'a percentage-formatted cell holds the share itself', column: growth, raw: { share: 0.0029 }, value: 0.0029 },
  { name: '万元 to yuan: 12.5 → 125,000', column: capital, raw: 12.5, value: 125_000 },
  { name: '万元 as text with grouping: "1,200.5" → 12,005,000', column: capital, raw: '1,200.5', value: 12_005_000 },
  { name: 'a choice by its Chinese name', column: kind, raw: '新建城市社区', value: 'urbanNew' },
  { name: 'a choice by its code', column: kind, raw: 'rural', value: 'rural' },
  { name: 'a choice by its English name, any case', column: kind, raw: 'Existing Urban Community', value: 'urbanExisting' },
  { name: 'a street class typed as text', column: streetClass, raw: '2', value: 2 },
  { name: 'a name is trimmed', column: name, raw: ' 东门社区 ', value: '东门社区' },
  { name: 'a numeric name becomes text', column: name, raw: 101, value: '101' },
  { name: 'coordinates from JSON', column: polygon, raw: '[[1,2],[3,4],[5,6]]', value: [[1, 2], [3, 4], [5, 6]] },
  { name: 'a blank cell gives nothing', column: households, raw: '   ', value: undefined },
];

describe('readCell: what a cell holds', () => {
  it.each(read)('$name', ({ column, raw, value }) => {
    expect(readCell(raw, column)).toEqual({ ok: true, value });
  });
});

const refused: { name: string; column: ColumnSpec; raw: Raw; zh: string; en: string }[] = [
  { name: 'text in a number column', column: households, raw: 'abc', zh: '应为数字，实际为文本“abc”', en: 'must be a number, got text "abc"' },
  { name: 'badly grouped digits', column: households, raw: '12,34', zh: '应为数字', en: 'must be a number' },
  { name: 'NaN as text', column: households, raw: 'NaN', zh: '应为数字', en: 'must be a number' },
  { name: 'Infinity as text', column: households, raw: 'Infinity', zh: '应为数字', en: 'must be a number' },
  { name: 'a number too large for a double', column: households, raw: '1e999', zh: '超出可用范围', en: 'too large' },
  { name: 'a per-cent sign where the column is not in per cent', column: households, raw: '50%', zh: '去掉 %', en: 'remove the % sign' },
  { name: 'a date where a number belongs', column: households, raw: new Date('2026-01-01'), zh: '日期', en: 'date' },
  { name: 'a logical value', column: households, raw: true, zh: '逻辑值 TRUE', en: 'logical value TRUE' },
  { name: 'an unknown choice lists the allowed ones', column: kind, raw: '村', zh: '已建城市社区、新建城市社区、农村社区', en: 'existing urban community, new urban community, rural community' },
  { name: 'broken JSON', column: polygon, raw: '[[1,2],', zh: 'JSON', en: 'JSON' },
];

describe('readCell: what it refuses, in both languages', () => {
  it.each(refused)('$name', ({ column, raw, zh, en }) => {
    const result = readCell(raw, column);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.zh).toContain(zh);
    expect(result.en).toContain(en);
  });
});

describe('writeCell is readCell undone', () => {
  it.each([
    [growth, 0.0123],
    [growth, -0.005],
    [capital, 123_456.78],
    [kind, 'urbanNew'],
    [streetClass, 3],
    [polygon, [[118.8, 32.06], [118.81, 32.06], [118.81, 32.07]]],
    [households, 2619],
  ] as [ColumnSpec, unknown][])('%#: %s', (column, value) => {
    expect(readCell(writeCell(value, column), column)).toEqual({ ok: true, value });
  });
});
