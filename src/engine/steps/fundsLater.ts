/**
 * A fresh run's per-community fund lines (a unit cost booked once on each community or village,
 * bookLine.ts) made when first read, not stored as the run goes. Each value is the year's unit cost or
 * +0, fixed by whether the community stands, whether it stood the year before (a one-off already in
 * force falls only on new ones) and, for a village fund, its kind: the same test bookLine makes, on the
 * same kept figures, stored into an array of the same kind. The line's sum the steps use is added up by
 * bookLine as before. A national run's three such lines are 3.8 MB of new pages most runs never read.
 *
 * It holds only where nothing reads the line while the run lasts: no payer earmarks its item
 * (budgetPools.ts itemSpent recounts an earmarked item's line); bookLine alone writes it.
 */
import { COST_PARAMS } from '../costParams';
import { KIND_CODE, type Flat } from '../flatten';
import { onFirstRead } from '../onFirstRead';
import type { CostLine, CostValues } from '../projection';
import { PAYERS, type Scenario } from '../scenario';
import type { LineBytes } from '../wholeLines';

/** What bookLine booked a waiting line with in one year (null in a year it booked none): its unit cost, and whether only communities new that year pay it. */
export type FundYear = { unit: number; newOnly: boolean } | null;

/** A line that waits: each year's booking, the bytes of a value and whether only villages pay it. */
export interface FundLater {
  years: FundYear[];
  bytes: LineBytes;
  ruralOnly: boolean;
}

/** For each cost line, how it waits, or null where the steps write it: a line counted once per community or village, active, whose item no payer earmarks. */
export function fundsLater(lines: readonly CostLine[], scenario: Scenario, stored: readonly boolean[], widths: readonly LineBytes[], ny: number): (FundLater | null)[] {
  const earmarked = new Set(PAYERS.flatMap((p) => Object.keys(scenario.plan.earmarks?.[p] ?? {})));
  return Array.from(lines, ({ key, item }, k) => {
    const basis = COST_PARAMS.find((c) => c.key === key)?.basis;
    if (!stored[k] || (basis !== 'community' && basis !== 'ruralCommunity') || earmarked.has(item)) return null;
    return { years: Array.from({ length: ny }, (): FundYear => null), bytes: widths[k], ruralOnly: basis === 'ruralCommunity' };
  });
}

const RURAL = KIND_CODE.rural;

function fundLine(flat: Flat, established: Uint8Array, { years, bytes, ruralOnly }: FundLater): CostValues {
  const { nCommunities: nc, nEntities: n, entities } = flat;
  const size = n * years.length;
  const line = bytes === 2 ? new Uint16Array(size) : bytes === 4 ? new Int32Array(size) : new Float64Array(size);
  for (let y = 0; y < years.length; y++) {
    const booked = years[y];
    if (booked) book(line, y * n, n, nc, established, entities.kind, booked.unit, booked.newOnly, ruralOnly);
  }
  return line;
}

/** bookLine's test for a community or village: standing, new this year where only new ones pay, a village where only villages do. */
function book(line: CostValues, o: number, n: number, nc: number, established: Uint8Array, kind: Uint8Array, unit: number, newOnly: boolean, ruralOnly: boolean): void {
  for (let e = 0; e < nc; e++) {
    const i = o + e;
    if (established[i] === 0 || (newOnly && established[i - n] === 1) || (ruralOnly && kind[e] !== RURAL)) continue;
    line[i] = unit;
  }
}

/** Makes each waiting line its costs entry, worked out on its first read. */
export function fundsOnRead(costs: CostValues[], later: readonly (FundLater | null)[], flat: Flat, established: Uint8Array): void {
  later.forEach((f, k) => {
    if (f) onFirstRead(costs, k, () => fundLine(flat, established, f));
  });
}
