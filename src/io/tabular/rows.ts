/**
 * The data rows of a table as field values: every cell read by its column's type, problems named by
 * sheet, row and the column's header as the file writes it.
 */
import { both } from '../../i18n/data';
import type { ImportProblem } from './grid';
import { readCell } from './cells';
import type { Table } from './tables';

export interface ParsedRow {
  table: Table;
  /** the spreadsheet's row number */
  row: number;
  /** column key → value, for cells that hold one */
  values: Map<string, unknown>;
}

export function parseRows(table: Table, problems: ImportProblem[]): ParsedRow[] {
  return table.rows.map(({ row, cells }) => {
    const values = new Map<string, unknown>();
    for (const column of table.spec.columns) {
      const found = table.columns.get(column.key);
      if (!found) continue;
      const result = readCell(cells[found.index], column);
      if (!result.ok) problems.push({ sheet: table.grid.name, row, column: found.header, zh: result.zh, en: result.en });
      else if (result.value !== undefined) values.set(column.key, result.value);
    }
    return { table, row, values };
  });
}

/** Sets obj[a][b]… = value for the dotted key 'a.b', making the objects on the way. */
function setDotted(obj: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let here = obj;
  for (const part of parts.slice(0, -1)) {
    if (typeof here[part] !== 'object' || here[part] === null) here[part] = {};
    here = here[part] as Record<string, unknown>;
  }
  here[parts[parts.length - 1]] = value;
}

const LON_LAT = ['location.lon', 'location.lat'];
const X_Y = ['location.x', 'location.y'];

/**
 * The row's fields as a scenario object: the given keys always present as objects (staff: {}), the
 * parent columns left out, a location from either longitude/latitude or x/y.
 */
export function objectOf(parsed: ParsedRow, problems: ImportProblem[], always: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of always) out[key] = {};
  const lonLat = LON_LAT.some((k) => parsed.values.has(k));
  const xy = X_Y.some((k) => parsed.values.has(k));
  if (lonLat && xy) {
    // Named at the x/y cell that is filled: the one to clear when longitude and latitude are meant.
    const key = X_Y.find((k) => parsed.values.has(k))!;
    const header = parsed.table.columns.get(key)!.header;
    problems.push({ sheet: parsed.table.grid.name, row: parsed.row, column: header, ...both((m) => m.problem.locationBoth) });
  }
  for (const [key, value] of parsed.values) {
    if (key.startsWith('parent.')) continue;
    if (xy && lonLat && X_Y.includes(key)) continue;
    setDotted(out, key, value);
  }
  return out;
}
