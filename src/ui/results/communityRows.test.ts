import { describe, expect, it } from 'vitest';
import { COLUMNS, communityCsvRows, DEFAULT_SORT, filterRows, nextSort, numberAt, rowWindow, sortRows } from './communityRows';
import { tinyView } from '../../fixtures/tinyView';

const view = tinyView();
const t = view.communities;
const names = view.districts.map((d) => d.name);
const collator = new Intl.Collator('zh-CN');
const all = filterRows(t, names, '');
const ids = (order: Int32Array) => Array.from(order, (c) => t.id[c]);

describe('cell values', () => {
  it.each([
    // 2026, 甲: required 6, in post 4 → gap 2
    { name: 'worker gap', y: 0, c: 0, column: 'staffGap' as const, expected: 2 },
    // 2026, 丙: space 450 above 300 required → no gap, never negative
    { name: 'space gap floors at 0', y: 0, c: 2, column: 'spaceGap' as const, expected: 0 },
    // 2026, 乙: 750 − 300 = 450 m²
    { name: 'space gap', y: 0, c: 1, column: 'spaceGap' as const, expected: 450 },
    // 2027, 甲: 310,000 yuan = 31 万
    { name: 'spending in 万元', y: 1, c: 0, column: 'spending' as const, expected: 31 },
  ])('$name', ({ y, c, column, expected }) => expect(numberAt(t, y, c, column)).toBe(expected));

  it('a residue of rounding is no gap, as the verdicts read it', () => {
    // 652.544 + 1,030.156 is 1,682.6999999999998 in doubles: 2.3e-13 m² short of 1,682.7 (metrics/meetsNeed.ts)
    const space = Float64Array.from(t.space);
    const spaceRequired = Float64Array.from(t.spaceRequired);
    space[0] = 652.544 + 1030.156;
    spaceRequired[0] = 1682.7;
    expect(numberAt({ ...t, space, spaceRequired }, 0, 0, 'spaceGap')).toBe(0);
  });
});

describe('sorting', () => {
  it('by default, worst worker gap first, then worst floor-space gap', () => {
    // 2026 gaps: 甲 staff 2 / space 0, 乙 staff 1 / space 450, 丙 0 / 0
    expect(ids(sortRows(t, names, 0, all, DEFAULT_SORT, collator))).toEqual(['C0', 'C1', 'C2']);
    // 2027: 乙 staff 1; 甲 and 丙 tie at 0/0 and keep table order
    expect(ids(sortRows(t, names, 1, all, DEFAULT_SORT, collator))).toEqual(['C1', 'C0', 'C2']);
  });

  it('ties on the chosen column fall back to the gaps', () => {
    // households 2026: 乙 2500, 甲 2000, 丙 1500
    expect(ids(sortRows(t, names, 0, all, { column: 'households', dir: 'desc' }, collator))).toEqual(['C1', 'C0', 'C2']);
    // 2026 space gap ascending: 甲 0 and 丙 0 tie, 甲 has the larger worker gap
    expect(ids(sortRows(t, names, 0, all, { column: 'spaceGap', dir: 'asc' }, collator))).toEqual(['C0', 'C2', 'C1']);
  });

  it('names sort by the collator (pinyin: bing, jia, yi)', () => {
    expect(ids(sortRows(t, names, 0, all, { column: 'name', dir: 'asc' }, collator))).toEqual(['C2', 'C0', 'C1']);
  });

  it('leaves its input in place', () => {
    const rows = Int32Array.from([2, 1, 0]);
    sortRows(t, names, 0, rows, DEFAULT_SORT, collator);
    expect(Array.from(rows)).toEqual([2, 1, 0]);
  });

  it.each([
    { name: 'same column flips', from: DEFAULT_SORT, column: 'staffGap' as const, expected: { column: 'staffGap', dir: 'asc' } },
    { name: 'a name column starts A–Z', from: DEFAULT_SORT, column: 'street' as const, expected: { column: 'street', dir: 'asc' } },
    { name: 'a figure starts largest first', from: DEFAULT_SORT, column: 'spending' as const, expected: { column: 'spending', dir: 'desc' } },
  ])('header click: $name', ({ from, column, expected }) => expect(nextSort(from, column)).toEqual(expected));
});

describe('filter', () => {
  it('matches community, street or district names', () => {
    expect(ids(filterRows(t, names, '村'))).toEqual(['C2']);
    expect(ids(filterRows(t, names, '二街道'))).toEqual(['C1']);
    expect(ids(filterRows(t, names, '东区'))).toEqual(['C0', 'C1']);
    expect(ids(filterRows(t, names, '  '))).toEqual(['C0', 'C1', 'C2']);
  });
});

describe('row window', () => {
  it.each([
    // 440 px / 28 px = 15.7 → 16 rows in view, 8 either side
    { name: 'top of the list', scrollTop: 0, expected: { start: 0, end: 24, padTop: 0, padBottom: (3000 - 24) * 28 } },
    // row 500 at the top: rows 492–524
    { name: 'middle', scrollTop: 500 * 28, expected: { start: 492, end: 524, padTop: 492 * 28, padBottom: (3000 - 524) * 28 } },
    { name: 'end', scrollTop: 2990 * 28, expected: { start: 2982, end: 3000, padTop: 2982 * 28, padBottom: 0 } },
    { name: 'overscrolled (elastic scrolling)', scrollTop: -50, expected: { start: 0, end: 24, padTop: 0, padBottom: (3000 - 24) * 28 } },
  ])('$name', ({ scrollTop, expected }) => expect(rowWindow(scrollTop, 440, 28, 3000)).toEqual(expected));

  it('an empty list renders nothing', () => {
    expect(rowWindow(0, 440, 28, 0)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });

  it('pads add up to the rows not rendered', () => {
    for (const top of [0, 1000, 50_000, 83_000]) {
      const w = rowWindow(top, 440, 28, 3000);
      expect(w.padTop + (w.end - w.start) * 28 + w.padBottom).toBe(3000 * 28);
    }
  });
});

describe('CSV rows', () => {
  it('one row per community in display order, a cell per column, money in 万元', () => {
    const rows = communityCsvRows(t, names, 0, sortRows(t, names, 0, all, DEFAULT_SORT, collator));
    expect(rows[0]).toHaveLength(COLUMNS.length);
    expect(rows[0]).toEqual(['甲社区', '东区', '一街道', 2000, 6, 4, 2, 600, 600, 0, 30]);
    expect(rows.map((r) => r[0])).toEqual(['甲社区', '乙社区', '丙村']);
  });
});
