/**
 * The community hires' costs of a year (recurringCosts.ts addHireCosts), a chunk of places a call
 * (chunk.ts): pay, the per-worker lines and pre-job training (CS2010-7d).
 */
import type { CostValues, Counts } from '../projection';
import { payClassOf } from './payClass';

/** What communityHireCosts costs a community's hires with, in the year's row at o. */
export interface HireCosting {
  o: number;
  nc: number;
  hires: Counts;
  kind: Uint8Array;
  district: Int32Array | null;
  rates: number[];
  /** the pay lines (city's, district's), or null where they are not written */
  pay: [CostValues, CostValues] | null;
  lines: CostValues[];
  units: Float64Array;
  perHire: number;
  train: CostValues | null;
  /** who pays for training: 0 the city, 1 the district, 2 the street */
  trainer: number;
}

/** The communities among places[from, to) costed into acc (city, district, street, hires); returns where it stopped, at to or at the first place past the communities. */
export function hireCostsOf({ o, nc, hires, kind, district, rates, pay, lines, units, perHire, train, trainer }: HireCosting, places: Int32Array, from: number, to: number, acc: Float64Array): number {
  let city = acc[0];
  let byDistrict = acc[1];
  let street = acc[2];
  let count = acc[3];
  const nl = lines.length;
  let j = from;
  for (; j < to && places[j] < nc; j++) {
    const e = places[j];
    const i = o + e;
    const h = hires[i];
    if (h === 0) continue;
    const at = (district === null ? 0 : 4 * district[e]) + payClassOf(kind[e]);
    if (pay !== null) {
      pay[0][i] += h * rates[at];
      pay[1][i] += h * rates[at + 2];
    }
    city += h * rates[at];
    byDistrict += h * rates[at + 2];
    count += h;
    for (let k = 0; k < nl; k++) lines[k][i] += h * units[k];
    if (perHire > 0) {
      let t = h * perHire;
      if (train) {
        train[i] = t;
        t = train[i];
      }
      if (trainer === 0) city += t;
      else if (trainer === 1) byDistrict += t;
      else street += t;
    }
  }
  acc[0] = city;
  acc[1] = byDistrict;
  acc[2] = street;
  acc[3] = count;
  return j;
}
