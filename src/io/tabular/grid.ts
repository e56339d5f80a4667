/**
 * A sheet or CSV file as the importer sees it: cells by row, whatever the file format. Readers for
 * .xlsx (src/io/excel/readWorkbook.ts) and CSV (./readCsv.ts) produce grids; everything after works on
 * grids alone, so the same checks and messages apply to both.
 */

/** A number the sheet formats as a percentage: the share itself (0.025 shown as 2.5%). */
export interface Share {
  share: number;
}

export type Raw = string | number | boolean | Date | Share | null;

export interface Grid {
  /** the sheet's name, or the CSV file's name: how problems say where they are */
  name: string;
  /** rows[i] holds the spreadsheet's row i + 1; a missing or short row is blank */
  rows: Raw[][];
  /** a CSV file says its level by its headers alone; a workbook's sheet by its name first */
  csv?: boolean;
}

/** Where a problem is: sheet (or file), the spreadsheet's row number and the column's header as the file has it. */
export interface ImportProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** the scenario path, for a problem that is not in any row of the file */
  path?: string;
  zh: string;
  en: string;
}

export function isShare(raw: Raw): raw is Share {
  return raw !== null && typeof raw === 'object' && !(raw instanceof Date);
}

export function isBlank(raw: Raw | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
