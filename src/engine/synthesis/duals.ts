/**
 * What each limit is worth at the plan found: the yes-or-no choices (starts, whether capacity binds,
 * which districts meet a share) are held as found and the remaining linear programme is solved again for its duals and
 * ranging. Values are objective 万元 saved per unit of the limit; ranges are the limit's values over
 * which that rate holds. A lead time is a whole-year shift of every start, not a bound of the
 * programme, so it has no dual: compare two syntheses instead.
 */
import type { Payer } from '../scenario';
import type { Calibration } from './calibrate';
import type { Formulation } from './formulate';
import type { Solution, Solver } from './model';

export interface LimitValue {
  limit: { kind: 'budget'; payer: Payer; year: number } | { kind: 'hiringCapacity' };
  /** objective 万元 saved by one more 万元 of budget, or one more hire of capacity */
  value: number;
  /** the limit's values (万元 or people) over which the rate holds */
  range: [number, number];
}

export function limitValues(f: Formulation, cal: Calibration, solution: Solution, solver: Solver): LimitValue[] | null {
  const bounds = new Map<number, [number, number]>();
  // Hires and capacity stay free (as continuous amounts) so that capacity has a rate at all.
  f.model.cols.forEach((c, j) => {
    if (c.integer && j !== f.vars.capacity && !c.name.startsWith('h_')) bounds.set(j, [Math.round(solution.x[j]), Math.round(solution.x[j])]);
  });
  const fixed = solver.solve(f.model, { duals: true, bounds });
  if (fixed.status !== 'optimal' || !fixed.rowDual || !fixed.colDual || !fixed.rowRange || !fixed.colRange) return null;
  const out: LimitValue[] = [];
  const clean = (v: number) => (Math.abs(v) < 1e-9 ? 0 : v);
  for (const [p, rows] of Object.entries(f.budgetRows) as [Payer, number[]][]) {
    const cols = f.vars.budget[p];
    rows.forEach((r, y) => {
      const year = cal.years[y];
      if (cols) {
        // A chosen budget is limited only by its ceiling: the column's upper bound.
        const c = cols[y];
        if (f.model.cols[c].upper === Infinity) return;
        const range = fixed.colRange![c];
        out.push({ limit: { kind: 'budget', payer: p, year }, value: clean(-fixed.colDual![c]), range: [range.down, range.up] });
      } else {
        // A fixed budget's row reads spending − constant ≤ budget − constant: shift the range back.
        const shift = f.model.rows[r].upper;
        const budget = (shift + cal.fixed[p][y] / 1e4);
        const range = fixed.rowRange![r];
        out.push({ limit: { kind: 'budget', payer: p, year }, value: clean(-fixed.rowDual![r]), range: [range.down - shift + budget, range.up - shift + budget] });
      }
    });
  }
  const c = f.vars.capacity;
  const range = fixed.colRange[c];
  out.push({ limit: { kind: 'hiringCapacity' }, value: clean(-fixed.colDual[c]), range: [range.down, range.up] });
  return out;
}
