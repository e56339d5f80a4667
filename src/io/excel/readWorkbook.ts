/**
 * An .xlsx file's sheets as grids of plain cell values. Formulas give their results, rich text its
 * text, and a number the sheet formats as a percentage keeps that fact (a Share), so "2.5%" typed in
 * Excel and "2.5" typed in a per-cent column both mean 0.025.
 */
import ExcelJS from 'exceljs';
import type { Grid, Raw } from '../tabular/grid';

type Value = ExcelJS.CellValue | undefined;

function plain(value: Value, percent: boolean): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return percent ? { share: value } : value;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain((value as ExcelJS.CellFormulaValue).result as Value, percent);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plain(value.text as Value, percent);
  // #N/A, #DIV/0! and the like: shown as the text the sheet shows, which no number column accepts.
  if ('error' in value) return String(value.error);
  return null;
}

function rawOf(cell: ExcelJS.Cell): Raw {
  const format = typeof cell.numFmt === 'string' ? cell.numFmt : '';
  return plain(cell.value, format.includes('%'));
}

export function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const rows: Raw[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Raw[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = rawOf(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []) };
}

export async function loadWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

/** Every sheet of the file as a grid; throws when the bytes are not an .xlsx workbook. */
export async function readWorkbook(bytes: ArrayBuffer): Promise<Grid[]> {
  const workbook = await loadWorkbook(bytes);
  return workbook.worksheets.map(gridOf);
}
