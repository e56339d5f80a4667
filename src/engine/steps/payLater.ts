/**
 * The two staff-pay lines of a run made when first read, not stored as the run goes. Each value is a
 * count of workers times a rate of the year, and the counts are kept anyway: a national run's pay lines
 * are 9.6 MB of new pages most runs (a sweep, a goal seek's probes) never read. A line is worked out with
 * the same operations in the same order as recurringCosts.ts would have stored it, so every bit is the
 * same: the staff counted before hires (in post less the year's hires, exact in 32-bit counts) times the
 * rate, then the hires times the rate added, where there were hires.
 *
 * It holds only where nothing reads the lines while the run lasts (no earmark for staff pay: budgetPools.ts
 * itemSpent recounts an earmarked item's line) and where in post less hires gives the staff before hires
 * exactly (counts kept as whole numbers, wholeCounts.ts).
 */
import type { CostValues, Series } from '../projection';
import { KIND_CODE, type Flat } from '../flatten';
import { PAYERS, type Scenario } from '../scenario';
import { onFirstRead } from '../onFirstRead';

/** What a year's pay lines were worked out from (recurringCosts.ts payCosts). */
export interface PayYear {
  /** recurringCosts.ts payTable: at 4d + c the city's part of a community worker's pay, at 4d + 2 + c the district's */
  rates: number[];
  /** whether districts set their own split (else every community is paid at district 0's rates) */
  byDistrict: boolean;
  /** a street station worker's pay, city's and district's part, where the stations' posts are in force */
  stations: readonly [number, number] | null;
}

/** The pay lines (COST_LINES' first two: the city's, the district's), which wait to be made when read. */
export const PAY_LINES = [0, 1] as const;

/**
 * Whether the run may leave its pay lines to be made when read, given which cost lines can be non-zero
 * (active). Both must be: a line that stays zero is the run's shared bytes of zeros, and the steps' sums
 * of the pay are then what those bytes read back, not what was multiplied.
 */
export function payCanWait(scenario: Scenario, wholeCounts: boolean, active: readonly boolean[]): boolean {
  return wholeCounts && PAY_LINES.every((k) => active[k]) && PAYERS.every((p) => scenario.plan.earmarks?.[p]?.staffPay === undefined);
}

/** recurringCosts.ts payClassOf: rural communities are paid as class 1, the others as class 0. */
const RURAL = KIND_CODE.rural;

/** Pay line `part` (0 the city's, 1 the district's) over every year. */
function payLine(flat: Flat, series: Series, years: readonly PayYear[], part: 0 | 1): Float64Array {
  const { nCommunities: nc, nStreets: ns, nEntities: n, entities } = flat;
  const line = new Float64Array(n * years.length);
  for (let y = 0; y < years.length; y++) communities(line, y * n, nc, entities.kind, years[y].byDistrict ? entities.district : null, series, years[y].rates, 2 * part);
  for (let y = 0; y < years.length; y++) {
    const st = years[y].stations;
    if (st) stations(line, y * n + nc, ns, series, st[part], part === 1);
  }
  return line;
}

function communities(line: Float64Array, o: number, nc: number, kind: Uint8Array, district: Int32Array | null, series: Series, rates: number[], side: number): void {
  const { inPost, hires, established } = series;
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    const h = hires[i];
    const at = (district === null ? 0 : 4 * district[e]) + (kind[e] === RURAL ? 1 : 0) + side;
    if (established[i] !== 0) line[i] = (inPost[i] - h) * rates[at];
    if (h !== 0) line[i] += h * rates[at];
  }
}

/** The stations' staff before hires are paid by the district; both parts add the hires. */
function stations(line: Float64Array, from: number, ns: number, series: Series, rate: number, staffed: boolean): void {
  const { inPost, hires } = series;
  for (let i = from; i < from + ns; i++) {
    const h = hires[i];
    if (staffed) line[i] = (inPost[i] - h) * rate;
    if (h !== 0) line[i] += h * rate;
  }
}

/** Makes each pay line its costs entry, worked out on its first read from the run's series and each year's rates. */
export function payOnRead(costs: CostValues[], years: readonly PayYear[], flat: Flat, series: Series): void {
  for (const k of PAY_LINES) onFirstRead(costs, k, () => payLine(flat, series, years, k === 0 ? 0 : 1));
}
