/**
 * What each limit is worth at the plan found: the yes-or-no choices (starts, whether capacity binds,
 * which districts meet a share) are held as found and the remaining linear programme is solved again for its duals and
 * ranging. Values are objective 万元 saved per unit of the limit; ranges are the limit's values over
 * which that rate holds. A lead time is a whole-year shift of every start, not a bound of the
 * programme, so it has no dual: leadTime.ts values it by solving again.
 */
import type { Payer } from '../scenario';
import type { Calibration } from './calibrate';
import type { Formulation, Margins } from './formulate';
import type { Solution, Solver } from './model';

export interface LimitValue {
  limit: { kind: 'budget'; payer: Payer; year: number } | { kind: 'hiringCapacity' };
  /** objective 万元 saved by one more 万元 of budget, or one more hire of capacity */
  value: number;
  /** the limit's values (万元 or people) over which the rate holds */
  range: [number, number];
}

export function limitValues(f: Formulation, cal: Calibration, margins: Margins, solution: Solution, solver: Solver): LimitValue[] | null {
  const bounds = new Map<number, [number, number]>();
  // Hires and capacity stay free (as continuous amounts) so that capacity has a rate at all.
  f.model.cols.forEach((c, j) => {
    if (c.integer && j !== f.vars.capacity && !c.name.startsWith('h_')) bounds.set(j, [Math.round(solution.x[j]), Math.round(solution.x[j])]);
  });
  const fixed = solver.solve(f.model, { duals: true, bounds });
  if (fixed.status !== 'optimal' || !fixed.rowDual || !fixed.colDual || !fixed.rowRange || !fixed.colRange) return null;
  const out: LimitValue[] = [];
  const clean = (v: number) => (Math.abs(v) < 1e-9 ? 0 : v);
  // A limit with room to spare (a basic row or column) is worth nothing from where the plan sits up to
  // no limit at all; HiGHS's ranging of a basic item is that of its activity, not of the limit.
  const slack = (at: number, limit: number) => at < limit - 1e-7;
  for (const [p, rows] of Object.entries(f.budgetRows) as [Payer, number[]][]) {
    const cols = f.vars.budget[p];
    rows.forEach((r, y) => {
      const year = cal.years[y];
      if (r < 0) return;
      if (cols) {
        // A chosen budget is limited only by its ceiling: the column's upper bound.
        const c = cols[y];
        const { upper } = f.model.cols[c];
        if (upper === Infinity) return;
        const x = fixed.x[c];
        const range = fixed.colRange![c];
        out.push({ limit: { kind: 'budget', payer: p, year }, value: clean(-fixed.colDual![c]), range: slack(x, upper) ? [x, Infinity] : [range.down, range.up] });
      } else {
        // A fixed budget's row reads spending − constant ≤ budget − constant − margin: shift back to the budget.
        const row = f.model.rows[r];
        const shift = cal.fixed[p][y] / 1e4 + margins.budget[p][y];
        const at = row.cols.reduce((s, c, k) => s + row.vals[k] * fixed.x[c], 0);
        const range = fixed.rowRange![r];
        const [down, up] = slack(at, row.upper) ? [at, Infinity] : [range.down, range.up];
        out.push({ limit: { kind: 'budget', payer: p, year }, value: clean(-fixed.rowDual![r]), range: [down + shift, up + shift] });
      }
    });
  }
  const c = f.vars.capacity;
  const x = fixed.x[c];
  const range = fixed.colRange[c];
  out.push({ limit: { kind: 'hiringCapacity' }, value: clean(-fixed.colDual[c]), range: slack(x, f.model.cols[c].upper) ? [x, Infinity] : [range.down, range.up] });
  return out;
}
