/**
 * CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake), CRLF
 * line ends, fields quoted only when they must be, text that would run as a formula made inert
 * (./formulaGuard.ts). Numbers stay numbers.
 */
import { guardText } from './formulaGuard';

export type Cell = string | number | null | undefined;

const BOM = '\uFEFF';

function quote(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? guardText(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, byte-order mark first. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
