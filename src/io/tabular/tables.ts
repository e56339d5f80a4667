/**
 * A grid read as a table of one level: which row holds the headers, which column is which field, and
 * the data rows with their spreadsheet row numbers. Problems with the table as a whole (no header, a
 * required column missing, a column twice) are named by sheet, header row and column.
 */
import { both, DATA } from '../../i18n/data';
import { SHEETS, type ColumnSpec, type SheetSpec } from './columns';
import type { SheetLevel } from '../../registry';
import { headerLanguage, levelOfSheetName, matchColumn } from './headers';
import { isBlank, type Grid, type ImportProblem, type Raw } from './grid';

/** Headers are looked for in the first rows only: a title or a note may sit above them. */
const HEADER_SEARCH_ROWS = 10;

export interface TableColumn {
  index: number;
  /** the header as the file writes it */
  header: string;
}

export interface Table {
  grid: Grid;
  spec: SheetSpec;
  /** the spreadsheet's row number of the header */
  headerRow: number;
  columns: Map<string, TableColumn>;
  /** the language most headers are in, to name missing columns the same way */
  language: 'zh' | 'en';
  rows: { row: number; cells: Raw[] }[];
}

function headerText(raw: Raw | undefined): string {
  return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
}

function matchesIn(row: Raw[] | undefined, spec: SheetSpec): number {
  const found = new Set<ColumnSpec>();
  for (const cell of row ?? []) {
    const column = matchColumn(spec, headerText(cell));
    if (column) found.add(column);
  }
  return found.size;
}

/** The row (0-based) with the most recognised headers among the first rows, and how many it has. */
function bestHeaderRow(grid: Grid, spec: SheetSpec): { index: number; matches: number } {
  let best = { index: -1, matches: 0 };
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, grid.rows.length); i++) {
    const matches = matchesIn(grid.rows[i], spec);
    if (matches > best.matches) best = { index: i, matches };
  }
  return best;
}

/**
 * The level a grid holds: from its name when that says (a sheet named 社区, a file named 社区.csv),
 * else from its headers.
 */
export function levelOf(grid: Grid): SheetLevel | 'guide' | undefined {
  const named = levelOfSheetName(grid.csv ? grid.name.replace(/\.[^.]*$/, '') : grid.name);
  if (named) return named;
  const scores = SHEETS.map((spec) => ({ level: spec.level, matches: bestHeaderRow(grid, spec).matches }));
  const top = Math.max(...scores.map((s) => s.matches));
  const leaders = scores.filter((s) => s.matches === top);
  // Two headers at least: "编号" and "名称" alone fit every level.
  return top >= 2 && leaders.length === 1 ? leaders[0].level : undefined;
}

export function columnName(column: ColumnSpec, language: 'zh' | 'en'): string {
  return language === 'zh' ? column.zh : column.en;
}

/** The grid as a table of spec's level; problems and notes are added to the lists given. */
export function readTable(grid: Grid, spec: SheetSpec, problems: ImportProblem[], notes: ImportProblem[]): Table | null {
  const at = (row: number | null, column: string | null, message: { zh: string; en: string }): ImportProblem => ({ sheet: grid.name, row, column, ...message });
  const { index } = bestHeaderRow(grid, spec);
  if (index < 0) {
    problems.push(at(1, null, both((m) => m.problem.noHeader)));
    return null;
  }
  const headerRow = index + 1;
  const columns = new Map<string, TableColumn>();
  let zh = 0;
  let en = 0;
  (grid.rows[index] ?? []).forEach((cell, i) => {
    const header = headerText(cell);
    if (header === '') return;
    const column = matchColumn(spec, header);
    if (!column) {
      notes.push(at(headerRow, header, both((m) => m.problem.unknownColumn(header))));
      return;
    }
    const first = columns.get(column.key);
    if (first) {
      problems.push(at(headerRow, header, both((m) => m.problem.duplicateColumn(header, first.index + 1))));
      return;
    }
    columns.set(column.key, { index: i, header });
    const lang = headerLanguage(column, header);
    if (lang === 'zh') zh++;
    else if (lang === 'en') en++;
  });
  const language = en > zh ? 'en' : 'zh';
  for (const column of spec.columns) {
    if (column.required && !columns.has(column.key)) {
      const name = columnName(column, language);
      problems.push(at(headerRow, name, both((m) => m.problem.missingColumn(name))));
    }
  }
  const parentId = spec.columns.find((c) => c.key === 'parent.id');
  const parentName = spec.columns.find((c) => c.key === 'parent.name');
  if (parentId && parentName && !columns.has('parent.id') && !columns.has('parent.name')) {
    problems.push(
      at(headerRow, columnName(parentId, language), {
        zh: DATA['zh-CN'].problem.missingParentColumn(parentId.zh, parentName.zh),
        en: DATA.en.problem.missingParentColumn(parentId.en, parentName.en),
      }),
    );
  }
  // A second header row in the other language (the template's English names) is not data.
  let first = index + 1;
  if (matchesIn(grid.rows[first], spec) >= Math.max(1, Math.ceil(columns.size / 2))) first++;
  const rows: Table['rows'] = [];
  for (let i = first; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    if (cells.some((c) => !isBlank(c))) rows.push({ row: i + 1, cells });
  }
  return { grid, spec, headerRow, columns, language, rows };
}
