/**
 * The per-community table as pure functions of the RunView's year-major columns: cell values, filter,
 * sort (worst gaps first by default), the window of rows to render, and the CSV of a year.
 */
import type { CommunityTable } from '../../engine/runView';
import { shortfall } from '../../engine/metrics/meetsNeed';
import type { Cell } from '../../io/csv';
import type { CommunityColumn } from '../../i18n/results';
import type { ValueUnit } from '../charts/units';
import { round, toWan } from './chartTables';

export const COLUMNS: readonly CommunityColumn[] = [
  'name',
  'district',
  'street',
  'households',
  'staffRequired',
  'inPost',
  'staffGap',
  'spaceRequired',
  'space',
  'spaceGap',
  'spending',
];

export type ColumnUnit = 'household' | Exclude<ValueUnit, 'share'>;

export const COLUMN_UNIT: Partial<Record<CommunityColumn, ColumnUnit>> = {
  households: 'household',
  staffRequired: 'person',
  inPost: 'person',
  staffGap: 'person',
  spaceRequired: 'm2',
  space: 'm2',
  spaceGap: 'm2',
  spending: 'yuan',
};

/** Columns read straight from one of the run's series, which the engine can therefore explain (entity/<id>/<year>/<series>). */
const SERIES_COLUMNS = ['households', 'staffRequired', 'inPost', 'spaceRequired', 'space'] as const;
type SeriesColumn = (typeof SERIES_COLUMNS)[number];

export function isSeriesColumn(column: CommunityColumn): column is SeriesColumn {
  return (SERIES_COLUMNS as readonly CommunityColumn[]).includes(column);
}

export function isText(column: CommunityColumn): boolean {
  return column === 'name' || column === 'district' || column === 'street';
}

export interface SortState {
  column: CommunityColumn;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: SortState = { column: 'staffGap', dir: 'desc' };

/** A click on a header: the same column flips; a new one starts where it is most useful (names A–Z, figures largest first). */
export function nextSort(current: SortState, column: CommunityColumn): SortState {
  if (current.column === column) return { column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { column, dir: isText(column) ? 'asc' : 'desc' };
}

/** A figure of community c in year index y; gaps are what is missing, never negative, a residue of rounding none. Money in 万元. */
export function numberAt(t: CommunityTable, y: number, c: number, column: CommunityColumn): number {
  const i = y * t.count + c;
  if (isSeriesColumn(column)) return t[column][i];
  switch (column) {
    case 'staffGap':
      return shortfall(t.staffRequired[i], t.inPost[i]);
    case 'spaceGap':
      return shortfall(t.spaceRequired[i], t.space[i]);
    case 'spending':
      return toWan(t.spending[i]);
    default:
      return 0;
  }
}

export function textAt(t: CommunityTable, districtNames: readonly string[], c: number, column: CommunityColumn): string {
  if (column === 'name') return t.name[c];
  if (column === 'street') return t.street[c];
  return districtNames[t.district[c]] ?? '';
}

/** Communities whose name, street or district contains the query (case-insensitive); all when it is blank. */
export function filterRows(t: CommunityTable, districtNames: readonly string[], query: string): Int32Array {
  const q = query.trim().toLowerCase();
  const all = Int32Array.from({ length: t.count }, (_, c) => c);
  if (!q) return all;
  return all.filter((c) => [t.name[c], t.street[c], districtNames[t.district[c]] ?? ''].some((s) => s.toLowerCase().includes(q)));
}

/** Rows in display order: by the chosen column, ties broken by worker gap, then floor-space gap (both largest first), then table order. */
export function sortRows(
  t: CommunityTable,
  districtNames: readonly string[],
  y: number,
  rows: Int32Array,
  sort: SortState,
  collator: Intl.Collator,
): Int32Array {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const staffGap = (c: number) => numberAt(t, y, c, 'staffGap');
  const spaceGap = (c: number) => numberAt(t, y, c, 'spaceGap');
  let primary: (a: number, b: number) => number;
  if (isText(sort.column)) {
    const keys = new Map<number, string>();
    for (const c of rows) keys.set(c, textAt(t, districtNames, c, sort.column));
    primary = (a, b) => collator.compare(keys.get(a)!, keys.get(b)!);
  } else {
    primary = (a, b) => numberAt(t, y, a, sort.column) - numberAt(t, y, b, sort.column);
  }
  return rows.slice().sort((a, b) => sign * primary(a, b) || staffGap(b) - staffGap(a) || spaceGap(b) - spaceGap(a) || a - b);
}

export interface RowWindow {
  start: number;
  end: number;
  /** px above and below the rendered rows, so the scrollbar spans every row */
  padTop: number;
  padBottom: number;
}

/** The rows to render for a scroll position: those in view plus a few either side. */
export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 8): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + Math.ceil(viewport / rowHeight) + overscan);
  return { start, end: Math.max(start, end), padTop: start * rowHeight, padBottom: (count - Math.max(start, end)) * rowHeight };
}

/** The rows of a year as CSV cells in display order; figures rounded to what the engine means (m² to 0.01, 万元 to the yuan). */
export function communityCsvRows(t: CommunityTable, districtNames: readonly string[], y: number, order: Int32Array): Cell[][] {
  return Array.from(order, (c) =>
    COLUMNS.map((column) => (isText(column) ? textAt(t, districtNames, c, column) : column === 'spending' ? numberAt(t, y, c, column) : round(numberAt(t, y, c, column), 2))),
  );
}
