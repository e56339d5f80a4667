/**
 * The city data template as an .xlsx workbook: one sheet per level with Chinese headers (units in the
 * header) and each column's English name and description as a note on its header, drop-down lists for
 * community kind, street class, facility type and payer, and a 说明 sheet in both languages. Filled
 * with a city it is that city's export; empty, a form to fill.
 */
import ExcelJS from 'exceljs';
import type { City } from '../../engine/scenario';
import { DATA } from '../../i18n/data';
import { GUIDE_SHEET, SHEETS, type ColumnSpec } from '../tabular/columns';
import type { SheetLevel } from '../../registry';
import { cityTables, type LevelRows } from '../tabular/cityTables';
import { isShare, type Raw } from '../tabular/grid';
import { columnWidth, fitWrappedRows, freezeHeader, styleHeader } from './sheetStyle';

/** exceljs 4.4 has worksheet.dataValidations (ranges like "E2:E1000") but its type declarations omit it. */
type WithValidations = { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

/** Drop-down lists reach this many rows below the data, so rows a user adds have them too. */
const SPARE_ROWS = 1000;

/** Whole numbers that are not quantities read badly with a thousands separator. */
const UNGROUPED = new Set(['openingYear', 'index', 'from', 'to']);

function numFmtOf(column: ColumnSpec): string | undefined {
  switch (column.type) {
    case 'percent':
      return '0.00##%';
    case 'wan':
      return '#,##0.00##';
    case 'int':
      return UNGROUPED.has(column.key) ? '0' : '#,##0';
    case 'text':
    case 'json':
      // Typed ids such as 001 stay text instead of turning into the number 1.
      return '@';
    default:
      return undefined;
  }
}

function cellValue(raw: Raw): ExcelJS.CellValue {
  return isShare(raw) ? raw.share : raw;
}

function listFormula(column: ColumnSpec): string {
  return `"${(column.choices ?? []).map((c) => c.zh).join(',')}"`;
}

const PRINT: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };

function writeLevel(workbook: ExcelJS.Workbook, { spec, rows }: LevelRows): void {
  const sheet = workbook.addWorksheet(spec.zh, { pageSetup: PRINT });
  const header = sheet.getRow(1);
  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.zh;
    cell.note = `${column.en}${column.required ? ' *' : ''}\n${column.note.zh}\n${column.note.en}`;
  });
  rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 2);
    cells.forEach((raw, i) => {
      if (raw !== null) row.getCell(i + 1).value = cellValue(raw);
    });
  });
  const last = rows.length + SPARE_ROWS;
  spec.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = columnWidth(column.zh, rows.slice(0, 200).map((r) => cellValue(r[i])), column.type === 'json' ? 30 : 40);
    const numFmt = numFmtOf(column);
    if (numFmt) col.numFmt = numFmt;
    if (column.choices) {
      (sheet as unknown as WithValidations).dataValidations.add(`${col.letter}2:${col.letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(column)],
        showErrorMessage: true,
        errorStyle: 'warning',
        error: `${column.note.zh} / ${column.note.en}`,
      });
    }
  });
  styleHeader(header);
  freezeHeader(sheet);
}

function writeGuide(workbook: ExcelJS.Workbook, levels: readonly SheetLevel[]): void {
  const zh = DATA['zh-CN'].guide;
  const en = DATA.en.guide;
  const sheet = workbook.addWorksheet(GUIDE_SHEET.zh, { pageSetup: { ...PRINT, printTitlesRow: undefined } });
  sheet.addRow([`${zh.title} / ${en.title}`]).font = { bold: true, size: 13 };
  // One line a row in the first column: long lines run on over the empty cells beside them.
  for (const line of [...zh.lines, ...en.lines]) sheet.addRow([line]);
  sheet.addRow([]);
  const headerRow = sheet.addRow([
    `${zh.columns.sheet} / ${en.columns.sheet}`,
    `${zh.columns.header}`,
    en.columns.headerEn,
    `${zh.columns.required} / ${en.columns.required}`,
    zh.columns.note,
    en.columns.noteEn,
  ]);
  styleHeader(headerRow);
  for (const spec of SHEETS.filter((s) => levels.includes(s.level))) {
    for (const column of spec.columns) {
      const required = column.required ? `${zh.required.yes} / ${en.required.yes}` : `${zh.required.no} / ${en.required.no}`;
      sheet.addRow([`${spec.zh} / ${spec.en}`, column.zh, column.en, required, column.note.zh, column.note.en]);
    }
  }
  [22, 30, 34, 16, 50, 60].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  for (const i of [1, 2, 3, 4]) sheet.getColumn(i).alignment = { vertical: 'top' };
  for (const i of [5, 6]) sheet.getColumn(i).alignment = { wrapText: true, vertical: 'top' };
  fitWrappedRows(sheet, [5, 6], headerRow.number + 1);
  styleHeader(headerRow);
  freezeHeader(sheet, headerRow.number);
}

/** The workbook for a city, or the blank form when city is null. */
export function templateWorkbook(city: City | null): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = DATA['zh-CN'].guide.title;
  const tables = cityTables(city);
  // The walking network is optional and long; its sheets appear only for a city that has one.
  const levels = SHEETS.map((s) => s.level).filter((l) => (l !== 'networkNodes' && l !== 'networkEdges') || city?.walkingNetwork);
  for (const level of levels) writeLevel(workbook, tables[level]);
  writeGuide(workbook, levels);
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<ArrayBuffer> {
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
