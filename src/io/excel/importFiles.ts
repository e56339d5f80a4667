/**
 * The files a user chose, read into the scenario's city: one .xlsx workbook, or CSV files (one per
 * level, or the communities alone). Loaded only when someone imports, with exceljs and papaparse.
 */
import type { Scenario } from '../../engine/scenario';
import { both } from '../../i18n/data';
import type { Grid, ImportProblem } from '../tabular/grid';
import { countsOf, importCity, type ImportOutcome } from '../tabular/importCity';
import { decodeText, readCsv } from '../tabular/readCsv';
import { readWorkbook } from './readWorkbook';

export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

function failed(problems: ImportProblem[], base: Scenario): ImportOutcome {
  return { ok: false, problems, notes: [], elsewhere: [], kept: [], counts: null, before: countsOf(base.city), scenario: null };
}

/** progress: files read so far of the files and the check after them (n files: n + 1 steps). */
export async function importFiles(files: readonly ImportFile[], base: Scenario, progress?: (done: number, total: number) => void): Promise<ImportOutcome> {
  const grids: Grid[] = [];
  const problems: ImportProblem[] = [];
  const steps = files.length + 1;
  for (const [i, file] of files.entries()) {
    progress?.(i, steps);
    const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
    if (file.bytes.byteLength === 0) {
      problems.push({ sheet: file.name, row: null, column: null, ...both((m) => m.problem.emptyFile) });
    } else if (ext === 'xlsx' || ext === 'xlsm') {
      try {
        grids.push(...(await readWorkbook(file.bytes)));
      } catch {
        // What the zip and XML readers say ("Cannot read properties of undefined…") helps no user.
        problems.push({ sheet: file.name, row: null, column: null, ...both((m) => m.problem.notWorkbook) });
      }
    } else if (ext === 'csv' || ext === 'txt') {
      const read = readCsv(file.name, decodeText(new Uint8Array(file.bytes)));
      grids.push(read.grid);
      problems.push(...read.problems);
    } else {
      problems.push({ sheet: file.name, row: null, column: null, ...both((m) => m.problem.unsupported) });
    }
  }
  if (problems.length > 0) return failed(problems, base);
  progress?.(files.length, steps);
  return importCity(grids, base);
}
