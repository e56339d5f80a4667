/**
 * How narrow an array each unit-cost line of a run can be kept in without changing a bit of any figure.
 * A line counted once per community, village, street or district holds, for each entity and year,
 * either +0 or the year's unit cost itself (recurringCosts.ts bookLine writes `out[i] = unit` and nothing
 * adds to it; a unit cost of 0, −0 included, is never written). So the line fits 16-bit unsigned integers
 * when every year's unit cost — value × times × due, as unitCosts.ts works it out — is a whole number of
 * yuan from 0 to 65,535, and 32-bit integers when it is a whole number of magnitude below 2³¹.
 * Per-worker and per-household lines multiply a count and may be fractional: they keep 64-bit floats.
 * The built-in rule sets' per-community funds (legal adviser 20,000 yuan, police assistant 36,000,
 * elections …) are whole yuan below 65,536.
 */
import { COST_PARAMS, costTerms, unitCost, type CostParam } from './costParams';
import type { ParamTable } from './resolveParams';
import type { CostLine } from './projection';

const INT32 = 2 ** 31 - 1;
const UINT16 = 2 ** 16 - 1;

/** Bases whose count is 0 or 1 on every entity: the line's value is the unit cost or nothing. */
const ONE_EACH: ReadonlySet<CostParam['basis']> = new Set(['community', 'ruralCommunity', 'street', 'district']);

/** Bytes a value of the line needs: 2 (16-bit unsigned), 4 (32-bit signed) or 8 (64-bit float). */
export type LineBytes = 2 | 4 | 8;

/** For each cost line (parallel to lines), the bytes a value needs in this run. */
export function lineBytes(lines: readonly CostLine[], params: ParamTable, years: readonly number[]): LineBytes[] {
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  return Array.from(lines, ({ key }) => {
    const c = key === undefined ? undefined : COST_PARAMS.find((p) => p.key === key);
    if (!c || !ONE_EACH.has(c.basis)) return 8;
    let bytes: LineBytes = 2;
    for (let y = 0; y < years.length; y++) {
      const unit = unitCost(costTerms(params, years, c, y));
      if (!Number.isInteger(unit) || Math.abs(unit) > INT32) return 8;
      if (unit < 0 || unit > UINT16) bytes = 4;
    }
    return bytes;
  });
}
