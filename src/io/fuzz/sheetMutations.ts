/**
 * Damage done to a filled-in template the way people do it: cells blanked, text typed into number
 * columns, negative numbers, dates and logical values where numbers belong, rows deleted or copied,
 * headers renamed. Written against a small interface so the same damage is done to plain grids and
 * to real .xlsx worksheets.
 */
import fc from 'fast-check';
import type { Raw } from '../tabular/grid';

/** 1-based rows and columns, as in a spreadsheet; row 1 holds the headers. */
export interface Sheets {
  count: number;
  rows(sheet: number): number;
  columns(sheet: number): number;
  set(sheet: number, row: number, column: number, value: Raw): void;
  deleteRows(sheet: number, row: number, count: number): void;
  copyRow(sheet: number, row: number): void;
}

export type SheetMutation =
  | { kind: 'set'; sheet: number; row: number; column: number; value: Raw }
  | { kind: 'deleteRows'; sheet: number; row: number; count: number }
  | { kind: 'copyRow'; sheet: number; row: number }
  | { kind: 'renameHeader'; sheet: number; column: number; name: string };

const cellValue: fc.Arbitrary<Raw> = fc.oneof(
  fc.constantFrom<Raw>(null, '', '   '),
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.double({ min: -1e6, max: -1e-6, noNaN: true }),
  fc.constantFrom<Raw>('NaN', '1e400', '-0', '12%', '1,234', '１２３', '12,34', 'TRUE', true, false, new Date('2026-01-01'), { share: 0.5 }, 1e308, '[[1,2]]'),
  fc.integer({ min: 0, max: 5000 }),
);

const headerName: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('编号', '名称', '户数', ' 户 数（户） ', 'Households', 'growth', '社区类型', '备注', ''),
);

export const sheetMutation: fc.Arbitrary<SheetMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), sheet: fc.nat(), row: fc.nat(), column: fc.nat(), value: cellValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteRows' as const), sheet: fc.nat(), row: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copyRow' as const), sheet: fc.nat(), row: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('renameHeader' as const), sheet: fc.nat(), column: fc.nat(), name: headerName }) },
);

/** Data rows only: damage to the header row is what renameHeader does. */
export function applySheetMutation(sheets: Sheets, m: SheetMutation): void {
  if (sheets.count === 0) return;
  const sheet = m.sheet % sheets.count;
  const rows = sheets.rows(sheet);
  const columns = Math.max(1, sheets.columns(sheet));
  const dataRow = (n: number) => (rows < 2 ? null : 2 + (n % (rows - 1)));
  switch (m.kind) {
    case 'set': {
      const row = dataRow(m.row);
      if (row !== null) sheets.set(sheet, row, 1 + (m.column % columns), m.value);
      return;
    }
    case 'deleteRows': {
      const row = dataRow(m.row);
      if (row !== null) sheets.deleteRows(sheet, row, Math.min(m.count, rows - row + 1));
      return;
    }
    case 'copyRow': {
      const row = dataRow(m.row);
      if (row !== null) sheets.copyRow(sheet, row);
      return;
    }
    case 'renameHeader':
      sheets.set(sheet, 1, 1 + (m.column % columns), m.name);
      return;
  }
}
