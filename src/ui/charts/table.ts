/** A chart's data as one table: the chart draws its columns, the data table shows its rows and the CSV holds them. */
import type { Cell } from '../../io/csv';

export interface TableData {
  header: string[];
  rows: Cell[][];
  /** leading columns that name a row (year, payer, district) */
  keys: number;
}

/** A column of a table as numbers, for drawing. */
export function column(table: TableData, i: number): (number | null)[] {
  return table.rows.map((r) => (typeof r[i] === 'number' ? (r[i] as number) : null));
}

/** A file name from the scenario and the chart title, without characters Windows refuses. */
export function csvName(scenario: string, title: string): string {
  return `${scenario}-${title}`.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120) + '.csv';
}
