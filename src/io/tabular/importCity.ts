/**
 * Sheets (from .xlsx or CSV) into the scenario's city: find each level's table, read its rows, build
 * the city, and run the same validator as every other way in. The outcome lists every problem by
 * sheet, row and column; the scenario itself is never touched here — applying is the caller's step.
 */
import type { City, Scenario } from '../../engine/scenario';
import { both, DATA } from '../../i18n/data';
import { validateScenario, type ValidationError, type ValidationResult } from '../validateScenario';
import { buildCity } from './buildCity';
import type { SheetLevel } from '../../registry';
import { SHEET } from './columns';
import type { Grid, ImportProblem } from './grid';
import { locate } from './locate';
import { levelOf, readTable, type Table } from './tables';

export interface LevelCounts {
  districts: number;
  streets: number;
  communities: number;
  facilities: number;
}

export interface ImportOutcome {
  /** true when the file has no problem: the city may replace the scenario's */
  ok: boolean;
  /** in the file, each by sheet, row and column; any one of them blocks the import */
  problems: ImportProblem[];
  /** worth knowing but no obstacle: columns or sheets ignored, streets left without communities */
  notes: ImportProblem[];
  /** what would then be wrong elsewhere in the scenario (a plan project naming a community the file drops) */
  elsewhere: ValidationError[];
  /** levels the file has no sheet for, kept from the current city */
  kept: SheetLevel[];
  counts: LevelCounts | null;
  before: LevelCounts;
  /** the scenario with the new city; null when there are problems */
  scenario: Scenario | null;
}

export interface ImportOptions {
  validate?: (input: unknown) => ValidationResult;
}

export function countsOf(city: City): LevelCounts {
  const streets = city.districts?.flatMap((d) => d.streets ?? []) ?? [];
  return {
    districts: city.districts?.length ?? 0,
    streets: streets.length,
    communities: streets.reduce((n, s) => n + (s.communities?.length ?? 0), 0),
    facilities: city.facilities?.length ?? 0,
  };
}

function tablesOf(grids: readonly Grid[], problems: ImportProblem[], notes: ImportProblem[]): Partial<Record<SheetLevel, Table>> {
  const tables: Partial<Record<SheetLevel, Table>> = {};
  for (const grid of grids) {
    const level = levelOf(grid);
    if (level === 'guide') continue;
    if (level === undefined) {
      // A sheet of a workbook may be the user's own notes; a CSV file chosen for import must be one of ours.
      if (!grid.csv) notes.push({ sheet: grid.name, row: null, column: null, ...both((m) => m.problem.unknownSheet(grid.name)) });
      else problems.push({ sheet: grid.name, row: 1, column: null, ...both((m) => m.problem.unknownLevel) });
      continue;
    }
    const other = tables[level];
    if (other) {
      problems.push({
        sheet: grid.name,
        row: 1,
        column: null,
        zh: DATA['zh-CN'].problem.duplicateLevel(DATA['zh-CN'].level[level], other.grid.name),
        en: DATA.en.problem.duplicateLevel(DATA.en.level[level], other.grid.name),
      });
      continue;
    }
    const table = readTable(grid, SHEET[level], problems, notes);
    if (table) tables[level] = table;
  }
  return tables;
}

/** Problems in the order a person goes through the file: sheet by sheet, row by row; those with no row first. */
function sortByPlace(problems: ImportProblem[], grids: readonly Grid[]): void {
  const sheetIndex = new Map(grids.map((g, i) => [g.name, i]));
  const order = (p: ImportProblem) => [p.sheet === null ? -1 : (sheetIndex.get(p.sheet) ?? grids.length), p.row ?? 0];
  problems.sort((a, b) => {
    const [sa, ra] = order(a);
    const [sb, rb] = order(b);
    return sa - sb || ra - rb;
  });
}

const key = (p: { sheet: string | null; row: number | null; column: string | null }) => `${p.sheet}\u0000${p.row}\u0000${p.column}`;

export function importCity(grids: readonly Grid[], base: Scenario, options: ImportOptions = {}): ImportOutcome {
  const validate = options.validate ?? validateScenario;
  const problems: ImportProblem[] = [];
  const notes: ImportProblem[] = [];
  const before = countsOf(base.city);
  const tables = tablesOf(grids, problems, notes);
  if (!tables.communities) {
    if (problems.length === 0) problems.push({ sheet: null, row: null, column: null, ...both((m) => m.problem.noCommunities) });
    return { ok: false, problems, notes, elsewhere: [], kept: [], counts: null, before, scenario: null };
  }
  if (tables.communities.rows.length === 0) {
    const t = tables.communities;
    problems.push({ sheet: t.grid.name, row: t.headerRow + 1, column: t.columns.get('name')?.header ?? t.spec.columns[3].zh, ...both((m) => m.problem.noCommunityRows) });
    return { ok: false, problems, notes, elsewhere: [], kept: [], counts: null, before, scenario: null };
  }
  // A blank form's empty city, district and street sheets mean "as now": a city cannot be without them.
  for (const level of ['city', 'districts', 'streets'] as const) if (tables[level]?.rows.length === 0) delete tables[level];
  const built = buildCity(tables, base.city, problems);
  const next: Scenario = { ...base, city: built.city };
  const result = validate(next);
  const elsewhere: ValidationError[] = [];
  if (!result.ok) {
    // A cell that could not be read is already named; the validator would only add that it is missing.
    const named = new Set(problems.map(key));
    const already = validate(base);
    const old = new Set(already.ok ? [] : already.errors.map((e) => `${e.path}\u0000${e.en}`));
    for (const error of result.errors) {
      const inCity = error.path === 'city' || error.path.startsWith('city.');
      const found = inCity ? locate(error, built.origins) : null;
      if (found) {
        if (!named.has(key(found))) problems.push(found);
        named.add(key(found));
      } else if (inCity) problems.push({ sheet: null, row: null, column: null, path: error.path, zh: error.zh, en: error.en });
      else if (!old.has(`${error.path}\u0000${error.en}`)) elsewhere.push(error);
    }
  }
  sortByPlace(problems, grids);
  const streets = built.city.districts.flatMap((d) => d.streets);
  const empty = streets.filter((s) => s.communities.length === 0).length;
  if (empty > 0) notes.push({ sheet: tables.communities.grid.name, row: null, column: null, ...both((m) => m.problem.emptyStreets(empty)) });
  const ok = problems.length === 0;
  const scenario = !ok ? null : result.ok ? result.scenario : next;
  return { ok, problems, notes, elsewhere, kept: built.kept, counts: countsOf(built.city), before, scenario };
}
