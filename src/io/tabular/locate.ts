/**
 * The validator speaks in scenario paths (city.districts[0].streets[2].communities[5].staff.certified);
 * a person fixing a spreadsheet needs the sheet, the row and the column. The builder remembered which
 * row every object came from; the rest of the path names the column.
 */
import type { ValidationError } from '../validationError';
import type { Origin } from './buildCity';
import type { ImportProblem } from './grid';
import { columnName, type Table } from './tables';

/** The path's prefixes that end at a segment, longest first: a.b[0].c → a.b[0].c, a.b[0], a.b, a. */
function prefixes(path: string): string[] {
  const out = [path];
  for (let i = path.length - 1; i > 0; i--) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  return out;
}

/** A walking-network node or edge is a pair; its two positions are columns. */
const TUPLE_KEYS: Partial<Record<string, [string, string]>> = {
  networkNodes: ['a', 'b'],
  networkEdges: ['from', 'to'],
};

/** The column key the rest of a path names: "staff.certified" → staff.certified, "polygon[3][0]" → polygon, "location" → a location column. */
function columnKey(table: Table, rest: string): string | undefined {
  const tuple = TUPLE_KEYS[table.spec.level];
  if (tuple) {
    const m = /^\[(\d+)\]/.exec(rest);
    return m ? tuple[Number(m[1])] : undefined;
  }
  const field = rest.replace(/^\./, '').split('[')[0];
  const keys = table.spec.columns.map((c) => c.key);
  if (keys.includes(field)) return field;
  // A whole location or staff record: the first of its columns the file has, else the first there is.
  const parts = keys.filter((k) => field !== '' && k.startsWith(`${field}.`));
  return parts.find((k) => table.columns.has(k)) ?? parts[0];
}

function headerOf(table: Table, key: string | undefined): string | null {
  if (key === undefined) return null;
  const found = table.columns.get(key);
  if (found) return found.header;
  const spec = table.spec.columns.find((c) => c.key === key);
  return spec ? columnName(spec, table.language) : null;
}

/** Where in the file a validation error is, or null when no row of the file holds that part of the city. */
export function locate(error: ValidationError, origins: ReadonlyMap<string, Origin>): ImportProblem | null {
  for (const prefix of prefixes(error.path)) {
    const origin = origins.get(prefix);
    if (!origin) continue;
    const rest = error.path.slice(prefix.length);
    const key = rest === '' ? origin.column : columnKey(origin.table, rest);
    // The city row holds the city's own fields; a district it did not bring is not in that row.
    if (key === undefined && rest !== '') continue;
    return { sheet: origin.table.grid.name, row: origin.row, column: headerOf(origin.table, key), zh: error.zh, en: error.en };
  }
  return null;
}
