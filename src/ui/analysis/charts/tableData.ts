/** A chart's data as one table: the chart draws its columns, the data table shows its rows and the CSV holds them. */
import type { Cell } from '../../../io/csv';

export interface TableData {
  header: string[];
  rows: Cell[][];
  /** leading columns that name a row */
  keys: number;
}
