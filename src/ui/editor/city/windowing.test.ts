import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToRow } from './windowing';

describe('rowWindow', () => {
  const cases: { name: string; input: Parameters<typeof rowWindow>[0]; expected: ReturnType<typeof rowWindow> }[] = [
    {
      // 300 px / 30 px = rows 0..9 visible, plus 2 below
      name: 'top of the list',
      input: { scrollTop: 0, viewport: 300, rowHeight: 30, count: 3000, overscan: 2 },
      expected: { first: 0, end: 12, before: 0, after: (3000 - 12) * 30 },
    },
    {
      // 1,000 / 30 = row 33 at the top; (1,000 + 299) / 30 = row 43 at the bottom; ±2
      name: 'scrolled into the middle',
      input: { scrollTop: 1000, viewport: 300, rowHeight: 30, count: 3000, overscan: 2 },
      expected: { first: 31, end: 46, before: 31 * 30, after: (3000 - 46) * 30 },
    },
    {
      // the last 10 rows in view: 2,990 × 30 = 89,700
      name: 'bottom of the list',
      input: { scrollTop: 89_700, viewport: 300, rowHeight: 30, count: 3000, overscan: 2 },
      expected: { first: 2988, end: 3000, before: 2988 * 30, after: 0 },
    },
    {
      // a 40 px table head: row 0 starts at 40, so scrollTop 70 shows rows from 30 px in (row 1) to
      // 30 + 90 = 120 px (row 3, which ends at 120)
      name: 'a head above the rows',
      input: { scrollTop: 70, viewport: 90, rowHeight: 30, count: 100, overscan: 0, offset: 40 },
      expected: { first: 1, end: 4, before: 30, after: 96 * 30 },
    },
    {
      name: 'fewer rows than fit',
      input: { scrollTop: 0, viewport: 600, rowHeight: 30, count: 5, overscan: 3 },
      expected: { first: 0, end: 5, before: 0, after: 0 },
    },
    {
      name: 'scrolled past the end after the list shrank',
      input: { scrollTop: 50_000, viewport: 300, rowHeight: 30, count: 20, overscan: 2 },
      expected: { first: 17, end: 20, before: 17 * 30, after: 0 },
    },
    { name: 'empty list', input: { scrollTop: 0, viewport: 300, rowHeight: 30, count: 0 }, expected: { first: 0, end: 0, before: 0, after: 0 } },
    {
      // unmeasured container: 20 rows' worth
      name: 'before the container is measured',
      input: { scrollTop: 0, viewport: 0, rowHeight: 30, count: 100, overscan: 0 },
      expected: { first: 0, end: 20, before: 0, after: 80 * 30 },
    },
  ];
  for (const c of cases) it(c.name, () => expect(rowWindow(c.input)).toEqual(c.expected));

  it('spacers and rows always add up to the full height', () => {
    for (let scrollTop = 0; scrollTop < 3000 * 30; scrollTop += 997) {
      const w = rowWindow({ scrollTop, viewport: 513, rowHeight: 30, count: 3000, offset: 36 });
      expect(w.before + (w.end - w.first) * 30 + w.after).toBe(3000 * 30);
      expect(w.end - w.first).toBeLessThanOrEqual(Math.ceil(513 / 30) + 1 + 12);
    }
  });
});

describe('scrollToRow', () => {
  it('leaves a row already in view alone', () => expect(scrollToRow(5, 0, 300, 30)).toBe(0));
  // row 100 ends at 3,030 px; with 300 px in view the scroll goes to 2,730
  it('scrolls down just enough', () => expect(scrollToRow(100, 0, 300, 30)).toBe(2730));
  // row 10 starts at 40 + 300 = 340; the 40 px sticky head covers the top, so 300
  it('scrolls up to clear a sticky head', () => expect(scrollToRow(10, 2000, 300, 30, 40)).toBe(300));
});
