/**
 * A CSV file as a grid. Excel on a Chinese Windows saves CSV in GBK rather than UTF-8: see
 * ../decodeText.ts.
 */
import Papa from 'papaparse';
import { decodeBytes } from '../decodeText';
import { both } from '../../i18n/data';
import type { Grid, ImportProblem } from './grid';

/** Bytes that are neither UTF-8 nor GB 18030 are read as GB 18030 all the same: the columns then name what is wrong. */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes)?.text ?? new TextDecoder('gb18030').decode(bytes);
}

/** Ragged rows are normal in a hand-edited CSV; only broken quoting loses data. */
const REPORTED = new Set(['MissingQuotes', 'InvalidQuotes']);

export function readCsv(name: string, text: string): { grid: Grid; problems: ImportProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const problems: ImportProblem[] = parsed.errors
    .filter((e) => REPORTED.has(e.code))
    .map((e) => ({ sheet: name, row: e.row === undefined ? null : e.row + 1, column: null, ...both((m) => m.problem.notCsv(e.message)) }));
  if (text.trim() === '') problems.push({ sheet: name, row: null, column: null, ...both((m) => m.problem.emptyFile) });
  return { grid: { name, rows: parsed.data, csv: true }, problems };
}
