/** The hires the budget made wait in a year, booked to the payer that was short (project.ts hire). */
import type { Run } from '../runState';
import { payerAt } from '../scenario';
import type { HiringMoney } from './hiringMoney';
import { payClassOf } from './payClass';

/**
 * When the budget limited the year's hiring: names the short payer in the year's log with what it
 * lacked for the hires wanted, and books the hires that wait as its deferred spending, a funding gap of
 * its. The short payer's figures are read by its position: a worker's first draws may all be short of
 * one payer, and a read by name compiled for that one dropped back to the interpreter at the first draw
 * short of another. claims and places: stepHiring's.
 */
export function bookWaitingHires(run: Run, y: number, money: HiringMoney, wanted: number, claims: Float64Array | undefined, places: Int32Array): void {
  const log = run.hiring[y];
  const short = money.short.payer;
  if (log.limitedBy !== 'budget' || !short) return;
  const at = payerAt(short);
  log.payer = short;
  log.shortBy = wanted * money.short.perHire - Math.max(0, run.remaining[at]);
  const { hires } = run.series;
  const o = y * run.flat.nEntities;
  const { district, kind } = run.flat.entities;
  const rates = money.ratesOf(short);
  const [deferred, deferredHires] = [run.deferred[at], run.deferredHires[at]];
  // Only places with a gap were given hires by capacity; they are listed by index, communities first.
  for (let j = 0; claims && j < places.length && places[j] < claims.length; j++) {
    const e = places[j];
    const waiting = claims[e] - hires[o + e];
    if (waiting <= 0) continue;
    const d = district[e];
    const cost = waiting * rates[2 * d + payClassOf(kind[e])];
    deferred[d] += cost;
    deferredHires[d] += cost;
  }
}
