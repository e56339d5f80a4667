/**
 * What a community's hire costs each payer, and how many community hires the money left pays for.
 * Made once a run and told each year's unit costs: staffing.ts asks affordable of every community
 * with a gap, several times a year when money binds, so nothing here is made anew a year or a call.
 */
import { CHUNK } from '../chunk';
import type { Counts } from '../projection';
import type { Run } from '../runState';
import { PAYERS, payerAt, type Payer } from '../scenario';
import { payClassOf } from './payClass';
import type { UnitCosts } from './unitCosts';

const BIT: Record<Payer, number> = { city: 1, district: 2, street: 4 };

export class HiringMoney {
  /** the payer whose money ran out first in the last call of affordable, and what a hire cost it */
  short: { payer?: Payer; perHire: number } = { perHire: 0 };
  private u: UnitCosts | null = null;
  private defer = false;
  /** payers whose rates are worked out for this year, as BIT flags */
  private worked = 0;
  /** payers with a rate this year that is not finite, as BIT flags */
  private infinite = 0;
  /** the payers whose money binds, in PAYERS order: the first `nBound` */
  private readonly bound: Payer[] = ['city', 'city', 'city'];
  private readonly sums = [new Float64Array(3), new Float64Array(3)];
  private readonly stations = new Float64Array(1);

  constructor(private readonly run: Run) {}

  /** Starts a year: its unit costs, and whether money limits hiring (deferring) or not. */
  year(u: UnitCosts, defer: boolean): this {
    this.u = u;
    this.defer = defer;
    this.worked = 0;
    this.infinite = 0;
    this.short.payer = undefined;
    this.short.perHire = 0;
    return this;
  }

  /** ratesOf(p)[2 × district + pay class]: what a community's hire costs payer p this year. */
  ratesOf(p: Payer): Float64Array {
    const r = this.run.byDistrict.hireRates[p];
    if (this.worked & BIT[p]) return r;
    const u = this.u!;
    const fixed = (u.training.payer === p ? u.training.perHire : 0) + u.perWorker[p];
    const key = p === 'city' ? 'payCity' : 'payDistrict';
    let finite = true;
    for (let d = 0; d < this.run.flat.nDistricts; d++) {
      for (let c = 0; c < 2; c++) {
        r[2 * d + c] = p === 'street' ? fixed + 0 : fixed + (u.payByDistrict?.[d] ?? u)[key][c];
        finite &&= Number.isFinite(r[2 * d + c]);
      }
    }
    this.worked |= BIT[p];
    if (!finite) this.infinite |= BIT[p];
    return r;
  }

  /**
   * How many community hires of the mix in hires the money left after the stations' hires pays for;
   * communities lists those that can hire (a gap), by index: no other community has hires to cost.
   * Without deferring, money never limits hiring. Sets short.
   */
  readonly affordable = (hires: Counts, communities: Int32Array): number => {
    if (!this.defer) return Infinity;
    const { run, bound, sums } = this;
    let nBound = 0;
    for (let k = 0; k < PAYERS.length; k++) if (run.remaining[k] !== Infinity) bound[nBound++] = PAYERS[k];
    let most = Infinity;
    if (nBound === 0) return most;
    // Every payer whose budget binds is costed in one pass (two for all three), each sum in community order.
    const { district, kind } = run.flat.entities;
    const r0 = this.ratesOf(bound[0]);
    const r1 = this.ratesOf(bound[Math.min(1, nBound - 1)]);
    costOfHires(hires, communities, district, kind, r0, r1, this.infinite === 0, sums[0]);
    if (nBound === 3) {
      const r2 = this.ratesOf(bound[2]);
      costOfHires(hires, communities, district, kind, r2, r2, this.infinite === 0, sums[1]);
    }
    const count = sums[0][2];
    for (let j = 0; j < nBound; j++) {
      const p = bound[j];
      const cost = j < 2 ? sums[0][j] : sums[1][0];
      if (cost <= 0) continue;
      const stations = p === 'district' && this.u!.stationsPaid ? this.stationHires(hires) * this.u!.payDistrict[2] : 0;
      const k = Math.max(0, run.remaining[payerAt(p)] - stations) / (cost / count);
      if (k < most) {
        most = k;
        this.short.payer = p;
        this.short.perHire = cost / count;
      }
    }
    return most;
  };

  /** The stations' hires, added in index order as sumOf adds; a loop of its own, as hires may be 32-bit integers. */
  private stationHires(hires: Counts): number {
    const { nCommunities, nEntities } = this.run.flat;
    const acc = this.stations;
    acc[0] = 0;
    for (let e = nCommunities; e < nEntities; e++) acc[0] += hires[e];
    return acc[0];
  }
}

/**
 * The listed communities' hires costed at two payers' rates, each sum in community order, into
 * acc[0] and acc[1], and their number into acc[2], a chunk of communities at a time (chunk.ts). With costAll (every rate finite), communities without hires are
 * costed too, which spares a branch the predictor misses whenever capacity leaves some without: each
 * adds h × rate = ±0, and a sum that starts at +0 is never −0 (x + y rounds to −0 only when both are
 * −0), so ±0 leaves it as it was. At an infinite rate 0 × rate is NaN, so those hires are skipped.
 */
function costOfHires(hires: Counts, communities: Int32Array, district: Int32Array, kind: Uint8Array, r0: Float64Array, r1: Float64Array, costAll: boolean, acc: Float64Array): void {
  acc.fill(0);
  for (let j = 0; j < communities.length; j += CHUNK) costOfChunk(hires, communities, j, Math.min(communities.length, j + CHUNK), district, kind, r0, r1, costAll, acc);
}

/** costOfHires over communities[from, to), its sums taken from acc and put back (chunk.ts). */
function costOfChunk(hires: Counts, communities: Int32Array, from: number, to: number, district: Int32Array, kind: Uint8Array, r0: Float64Array, r1: Float64Array, costAll: boolean, acc: Float64Array): void {
  let c0 = acc[0];
  let c1 = acc[1];
  let count = acc[2];
  for (let j = from; j < to; j++) {
    const e = communities[j];
    const h = hires[e];
    if (h === 0 && !costAll) continue;
    const a = 2 * district[e] + payClassOf(kind[e]);
    c0 += h * r0[a];
    c1 += h * r1[a];
    count += h;
  }
  acc[0] = c0;
  acc[1] = c1;
  acc[2] = count;
}
