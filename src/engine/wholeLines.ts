/**
 * Which unit-cost lines a run can keep in 32-bit integers without changing a bit of any figure. A line
 * counted once per community, village, street or district holds, for each entity and year, either +0 or
 * the year's unit cost itself (recurringCosts.ts bookLine writes `out[i] = unit` and nothing adds to it;
 * a unit cost of 0, −0 included, is never written). So the line fits when every year's unit cost —
 * value × times × due, as unitCosts.ts works it out — is a whole number of yuan of magnitude below 2³¹.
 * Per-worker and per-household lines multiply a count and may be fractional: they keep 64-bit floats.
 * The built-in rule sets' per-community funds (legal adviser, police assistant, elections …) are whole yuan.
 */
import { COST_PARAMS, costTerms, unitCost, type CostParam } from './costParams';
import type { ParamTable } from './resolveParams';
import type { CostLine } from './projection';

const LIMIT = 2 ** 31 - 1;

/** Bases whose count is 0 or 1 on every entity: the line's value is the unit cost or nothing. */
const ONE_EACH: ReadonlySet<CostParam['basis']> = new Set(['community', 'ruralCommunity', 'street', 'district']);

/** For each cost line (parallel to lines), whether it holds whole yuan only in this run. */
export function wholeLines(lines: readonly CostLine[], params: ParamTable, years: readonly number[]): boolean[] {
  return lines.map(({ key }) => {
    const c = key === undefined ? undefined : COST_PARAMS.find((p) => p.key === key);
    if (!c || !ONE_EACH.has(c.basis)) return false;
    for (let y = 0; y < years.length; y++) {
      const unit = unitCost(costTerms(params, years, c, y));
      if (!Number.isInteger(unit) || Math.abs(unit) > LIMIT) return false;
    }
    return true;
  });
}
