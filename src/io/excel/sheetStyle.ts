/**
 * The look every sheet Shapan writes shares: a bold header row on a light band, frozen so it stays in
 * view, columns wide enough for their header and figures, print-friendly (no dark fills).
 */
import type ExcelJS from 'exceljs';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF8A99A8' } } };

/** Display width of text in Excel's character units: CJK characters take two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** Wide enough for the header and the longest of the first cells, within bounds a screen can show. */
export function columnWidth(header: string, samples: readonly unknown[], max = 40): number {
  let w = textWidth(header);
  for (const v of samples) {
    if (v === null || v === undefined) continue;
    const shown = typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: 2 }) : String(v);
    w = Math.max(w, textWidth(shown));
  }
  return Math.min(max, Math.max(8, w + 2));
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
  });
}

/** Rows above and including the header stay in view while scrolling. */
export function freezeHeader(sheet: ExcelJS.Worksheet, headerRow = 1, leftColumns = 0): void {
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: leftColumns }];
}

const LINE_HEIGHT = 15;

/**
 * Rows tall enough for their wrapped text. A spreadsheet does not grow a row it reads from a file
 * by itself, so without this a wrapped clause prints over the rows below.
 */
export function fitWrappedRows(sheet: ExcelJS.Worksheet, columns: readonly number[], fromRow: number): void {
  if (columns.length === 0) return;
  sheet.eachRow((row, n) => {
    if (n < fromRow) return;
    let lines = 1;
    for (const c of columns) {
      const value = row.getCell(c).value;
      if (typeof value !== 'string') continue;
      const width = Math.max(1, (sheet.getColumn(c).width ?? 10) - 1);
      const count = value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(textWidth(part) / width)), 0);
      lines = Math.max(lines, count);
    }
    if (lines > 1) row.height = LINE_HEIGHT * lines + 2;
  });
}
