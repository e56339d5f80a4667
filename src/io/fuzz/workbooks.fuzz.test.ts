/**
 * Filled-in templates, damaged (./sheetMutations.ts), through the importer: it never throws, every
 * problem names the sheet, the row and a column that is in the file or in the format, in both
 * languages, and whatever it accepts passes the validator. Three layers: the grids the readers
 * produce (fast, most runs), CSV files, and real .xlsx files written and read back with exceljs.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario';
import { toCsv, type Cell } from '../csv';
import { smallScenario } from '../../fixtures/smallScenario';
import { readWorkbook } from '../excel/readWorkbook';
import { templateWorkbook, workbookBytes } from '../excel/templateWorkbook';
import { validateScenario } from '../validateScenario';
import { cityGrids } from '../tabular/cityTables';
import { SHEETS } from '../tabular/columns';
import { isShare, type Grid, type Raw } from '../tabular/grid';
import { importCity, type ImportOutcome } from '../tabular/importCity';
import { readCsv } from '../tabular/readCsv';
import { applySheetMutation, sheetMutation, type SheetMutation, type Sheets } from './sheetMutations';
import { builtIn, shrink } from '../../fixtures/fuzzSources';

// Per source (three of them): .xlsx runs write and read a real file and cost about 40 ms each, hence fewer.
const RUNS = { grids: 1000, csv: 200, xlsx: 60 };
// Each set takes about 30 s of one core when the machine is otherwise idle; a busy machine must not fail it.
const FUZZ_TIMEOUT = 120_000;

const SOURCES: { name: string; scenario: Scenario }[] = [
  { name: 'smallScenario', scenario: smallScenario() },
  { name: 'demo (1 district, 2 streets, facilities)', scenario: shrink(builtIn('demo-15th-fyp.json'), 1, 2) },
  { name: 'nanjing (2 districts, 1 street each)', scenario: shrink(builtIn('nanjing-2007-2010.json'), 2, 1) },
];

const stats = { grids: 0, csv: 0, xlsx: 0, rejected: 0, problems: 0, accepted: 0, wholeTable: 0 };

/**
 * The problems with no column to name, because they are about a table as a whole: a CSV file whose
 * name and headers do not say its level, or two files that say the same level. They name the file
 * and its header row.
 */
const WHOLE_TABLE = [/^cannot tell which level this table holds/, /also holds .*; there can be only one$/];

const FORMAT_NAMES = new Set(SHEETS.flatMap((s) => s.columns.flatMap((c) => [c.zh, c.en])));

function gridSheets(grids: Grid[]): Sheets {
  return {
    count: grids.length,
    rows: (s) => grids[s].rows.length,
    columns: (s) => grids[s].rows[0]?.length ?? 0,
    set: (s, r, c, v) => {
      const row = (grids[s].rows[r - 1] ??= []);
      row[c - 1] = v;
    },
    deleteRows: (s, r, n) => void grids[s].rows.splice(r - 1, n),
    copyRow: (s, r) => void grids[s].rows.splice(r, 0, [...grids[s].rows[r - 1]]),
  };
}

function workbookSheets(book: ExcelJS.Workbook): Sheets {
  const sheets = book.worksheets.filter((w) => w.name !== '说明');
  return {
    count: sheets.length,
    rows: (s) => sheets[s].rowCount,
    columns: (s) => sheets[s].columnCount,
    set: (s, r, c, v) => {
      sheets[s].getCell(r, c).value = isShare(v) ? v.share : v;
    },
    deleteRows: (s, r, n) => sheets[s].spliceRows(r, n),
    copyRow: (s, r) => void sheets[s].insertRow(r + 1, sheets[s].getRow(r).values as ExcelJS.CellValue[]),
  };
}

/** The names a problem may give for a column: any header-like text in the sheet's first rows, or a name of the format. */
function columnNames(grid: Grid | undefined): Set<string> {
  const names = new Set(FORMAT_NAMES);
  for (const row of grid?.rows.slice(0, 12) ?? []) for (const cell of row) if (typeof cell === 'string') names.add(cell.trim());
  return names;
}

function check(outcome: ImportOutcome, grids: readonly Grid[]): void {
  if (outcome.ok) {
    stats.accepted++;
    expect(outcome.scenario).not.toBeNull();
    if (outcome.elsewhere.length === 0) expect(validateScenario(outcome.scenario).ok).toBe(true);
    return;
  }
  stats.rejected++;
  stats.problems += outcome.problems.length;
  expect(outcome.problems.length).toBeGreaterThan(0);
  for (const p of outcome.problems) {
    const grid = grids.find((g) => g.name === p.sheet);
    const at = JSON.stringify(p);
    expect(grid, at).toBeDefined();
    expect(Number.isInteger(p.row) && p.row! >= 1 && p.row! <= grid!.rows.length + 1, at).toBe(true);
    if (p.row === 1 && p.column === null && WHOLE_TABLE.some((re) => re.test(p.en))) {
      stats.wholeTable++;
      continue;
    }
    expect(typeof p.column === 'string' && p.column !== '', at).toBe(true);
    expect(columnNames(grid).has(p.column!), at).toBe(true);
    expect(p.zh, at).toMatch(/[\u4e00-\u9fff]/);
    expect(p.en, at).toMatch(/[A-Za-z]{3}/);
  }
  for (const e of outcome.elsewhere) expect(e.path).not.toBe('');
}

const mutations = fc.array(sheetMutation, { minLength: 1, maxLength: 5 });

describe('the importer under fuzzing', () => {
  for (const { name, scenario } of SOURCES) {
    it(`${name}: ${RUNS.grids} damaged grids`, () => {
      fc.assert(
        fc.property(mutations, (ms: SheetMutation[]) => {
          const grids = cityGrids(scenario.city).filter((g) => g.rows.length > 1 || !g.name.startsWith('步行'));
          const sheets = gridSheets(grids);
          for (const m of ms) applySheetMutation(sheets, m);
          stats.grids++;
          check(importCity(grids, scenario), grids);
        }),
        { numRuns: RUNS.grids, seed: 7 },
      );
    }, FUZZ_TIMEOUT);

    it(`${name}: ${RUNS.csv} damaged CSV files`, () => {
      fc.assert(
        fc.property(mutations, fc.boolean(), (ms: SheetMutation[], named: boolean) => {
          const grids = cityGrids(scenario.city);
          const sheets = gridSheets(grids);
          for (const m of ms) applySheetMutation(sheets, m);
          // Files named for their level, or named anyhow so that only their headers tell.
          const files = grids.map((g, i) => {
            const cells = g.rows.map((r) => Array.from(r, (v): Cell => (isShare(v) ? v.share * 100 : v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? String(v) : (v ?? null))));
            return readCsv(named ? `${g.name}.csv` : `export-${i}.csv`, toCsv(cells)).grid;
          });
          stats.csv++;
          // Empty levels have no rows to tell them by; a user would not pick such a file either.
          const chosen = files.filter((f) => f.rows.length > 2);
          check(importCity(chosen, scenario), chosen);
        }),
        { numRuns: RUNS.csv, seed: 8 },
      );
    }, FUZZ_TIMEOUT);

    it(`${name}: ${RUNS.xlsx} damaged .xlsx files, written and read back`, async () => {
      await fc.assert(
        fc.asyncProperty(mutations, async (ms: SheetMutation[]) => {
          const book = templateWorkbook(scenario.city);
          const sheets = workbookSheets(book);
          for (const m of ms) applySheetMutation(sheets, m);
          const grids = await readWorkbook(await workbookBytes(book));
          stats.xlsx++;
          check(importCity(grids, scenario), grids);
        }),
        { numRuns: RUNS.xlsx, seed: 9 },
      );
    }, FUZZ_TIMEOUT);
  }

  afterAll(() => {
    console.log(
      `workbook fuzz: ${stats.grids} grids, ${stats.csv} CSV sets, ${stats.xlsx} .xlsx files; ${stats.rejected} rejected (${stats.problems} problems named, ${stats.wholeTable} of them about a CSV file as a whole), ${stats.accepted} accepted`,
    );
  });
});
