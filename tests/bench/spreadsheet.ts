/**
 * The spreadsheet baseline: the floor's simplified staffing, space and funding model written as
 * HyperFormula formulas, one row per community and six columns per year, with city totals under
 * them. This is how the work is done today in a workbook, so it is the speed the engine must beat.
 */
import { HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import type { ModelInputs } from './floor';

/** Columns per year: households, required staff, required space, staff in post, staff cost, city share. */
const PER_YEAR = 6;
/** Input columns: households, growth, staff in post, minimum space, all in the base year. */
const INPUTS = 4;

/** A1-style column letters for a 0-based column number. */
function col(c: number): string {
  let s = '';
  for (let k = c + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Sheet "P" holds the parameters: A1 households per worker, A2 minimum workers, A3 m² per 100
 * households, A4 attrition, A5 city share, A6 a growth shift added to every community's growth
 * (the cell a planner changes to try a faster- or slower-growing city), row 7 the wage per year.
 */
function paramSheet(m: ModelInputs): RawCellContent[][] {
  return [[m.householdsPerWorker], [m.minWorkers], [m.perHundred], [m.attrition], [m.cityShare], [0], m.wage];
}

function communitySheet(m: ModelInputs): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (let e = 0; e < m.n; e++) {
    const r = e + 1;
    const row: RawCellContent[] = [m.households[e], m.growth[e], m.inPost[e], m.spaceMin[e]];
    for (let y = 0; y < m.years; y++) {
      const c = INPUTS + y * PER_YEAR;
      const [h, req, , post, cost] = [0, 1, 2, 3, 4].map((k) => `${col(c + k)}${r}`);
      const prevH = y === 0 ? `A${r}` : `${col(c - PER_YEAR)}${r}`;
      const prevPost = y === 0 ? `C${r}` : `${col(c - PER_YEAR + 3)}${r}`;
      const stay = `(${prevPost}-ROUND(${prevPost}*P!$A$4,0))`;
      row.push(
        `=${prevH}*(1+$B${r}+P!$A$6)`,
        `=MAX(P!$A$2,CEILING(${h}/P!$A$1,1))`,
        `=MAX($D${r},P!$A$3*${h}/100)`,
        `=${stay}+MAX(0,${req}-${stay})`,
        `=${post}*P!$${col(y)}$7`,
        `=${cost}*P!$A$5`,
      );
    }
    rows.push(row);
  }
  const totals: RawCellContent[] = ['', '', '', ''];
  for (let c = INPUTS; c < INPUTS + m.years * PER_YEAR; c++) totals.push(`=SUM(${col(c)}1:${col(c)}${m.n})`);
  rows.push(totals);
  return rows;
}

export interface Workbook {
  hf: HyperFormula;
  /** the global growth-shift cell */
  shift: SimpleCellAddress;
  /** top of the per-community growth column */
  growthTop: SimpleCellAddress;
  /** city total of staff cost and of the city's share in year y */
  totals(y: number): { staffCost: number; cityCost: number };
  formulas: number;
}

export function buildWorkbook(m: ModelInputs): Workbook {
  const hf = HyperFormula.buildFromSheets({ P: paramSheet(m), C: communitySheet(m) }, { licenseKey: 'gpl-v3' });
  const p = hf.getSheetId('P')!;
  const c = hf.getSheetId('C')!;
  const num = (col: number) => Number(hf.getCellValue({ sheet: c, row: m.n, col }));
  return {
    hf,
    shift: { sheet: p, row: 5, col: 0 },
    growthTop: { sheet: c, row: 0, col: 1 },
    totals: (y) => ({ staffCost: num(INPUTS + y * PER_YEAR + 4), cityCost: num(INPUTS + y * PER_YEAR + 5) }),
    formulas: m.n * m.years * PER_YEAR + m.years * PER_YEAR,
  };
}

/** Sets the global growth shift; HyperFormula recalculates every dependent cell before returning. */
export function changeShift(wb: Workbook, value: number): void {
  wb.hf.setCellContents(wb.shift, value);
}

/** Rewrites the whole growth column in one batch, so HyperFormula recalculates once at the end. */
export function changeGrowthColumn(wb: Workbook, growth: Float64Array, delta: number): void {
  const column = Array.from(growth, (g) => [g + delta]);
  wb.hf.batch(() => wb.hf.setCellContents(wb.growthTop, column));
}
