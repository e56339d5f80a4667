/**
 * The results workbook: one sheet per table of ./resultsTables.ts, numbers as numbers with their
 * format, text guarded against running as a formula, headers frozen and filterable, columns sized to their contents, pages set to print across.
 */
import ExcelJS from 'exceljs';
import type { RunView } from '../../engine/runView';
import type { Scenario } from '../../engine/scenario';
import type { Locale } from '../../i18n/messages';
import { guardCell } from '../formulaGuard';
import { resultsTables, type SheetTable } from './resultsTables';
import { columnWidth, fitWrappedRows, freezeHeader, styleHeader, textWidth } from './sheetStyle';

/** Widths are judged on the first rows; a table of thousands need not be read twice for them. */
const WIDTH_SAMPLE = 300;

function writeTable(workbook: ExcelJS.Workbook, table: SheetTable, title: string): void {
  const sheet = workbook.addWorksheet(table.name, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: { oddHeader: `&L${title.replace(/&/g, '&&')}&R&A`, oddFooter: '&C&P / &N' },
  });
  sheet.addRow(table.header);
  sheet.addRows(table.rows.map((row) => row.map(guardCell)));
  const wrapped: number[] = [];
  table.header.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    const sample = table.rows.slice(0, WIDTH_SAMPLE).map((r) => r[i]);
    const longest = Math.max(0, ...sample.map((v) => (typeof v === 'string' ? textWidth(v) : 0)));
    // Clause texts run to a paragraph: a wide column that wraps reads better than one a screen wide.
    column.width = longest > 80 ? 60 : columnWidth(header, sample, 36);
    const format = table.formats[i];
    if (format) column.numFmt = format;
    if (longest > column.width) {
      column.alignment = { wrapText: true, vertical: 'top' };
      wrapped.push(i + 1);
    }
  });
  // Beside a wrapped paragraph, the other cells of the row read from its top line.
  if (wrapped.length > 0) table.header.forEach((_, i) => (sheet.getColumn(i + 1).alignment ??= { vertical: 'top' }));
  fitWrappedRows(sheet, wrapped, 2);
  // After the columns, whose styles reach into the header row too.
  styleHeader(sheet.getRow(1));
  sheet.getRow(1).height = 32;
  freezeHeader(sheet, 1, table.keys);
  if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
}

export function resultsWorkbook(view: RunView, scenario: Scenario, locale: Locale): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.title = scenario.name;
  for (const table of resultsTables(view, scenario, locale)) writeTable(workbook, table, scenario.name);
  return workbook;
}
