/**
 * What a draw's building delay changes in the books besides coverage: the facilities' charges (when
 * each is paid) and the elderly care network (when each station serves). Both are worked out where the
 * scenario was run, once per delay a draw can have, and sent in the draw kit (drawKit.ts) in typed
 * arrays: a draw worker then never reads the city's facilities, a province's 13,000 objects, whose
 * structured copy cost more than the rest of the kit, and never books them again in each worker.
 */
import { careNetworkOf, type CareNetwork } from '../careNetwork';
import type { PreparedCoverage } from '../coverage/prepare';
import type { Flat } from '../flatten';
import { horizonYears } from '../project';
import { PAYERS, type FacilityType, type Scenario } from '../scenario';
import { chargeFacilities, type FacilityCharge } from '../steps/facilityCharges';
import { delayedOpenings } from './applyDraw';

/** Each delay's charges and care network, by the delay's place in `delays`. */
export interface DelayBookings {
  delays: number[];
  /** every delay's charges share all but their opening years */
  charges: {
    /** ids and names end to end; ends[2k] ends charge k's id and ends[2k + 1] its name */
    text: string;
    ends: Uint32Array;
    types: FacilityType[];
    type: Uint8Array;
    payer: Uint8Array;
    entity: Int32Array;
    capitalCost: Float64Array;
    runningCost: Float64Array;
    /** per delay */
    openingYear: Float64Array[];
  };
  careNetworks: CareNetwork[];
}

/** The scenario with its planned openings delayed, as a draw with that delay has it (applyDraw.ts). */
const delayedBy = (scenario: Scenario, delay: number): Scenario =>
  delay === 0 || !scenario.plan.facilities ? scenario : { ...scenario, plan: { ...scenario.plan, facilities: delayedOpenings(scenario.plan.facilities, delay) } };

/** flat and prep: the scenario city's, as a run of it made them. */
export function delayBookings(scenario: Scenario, flat: Flat, prep: PreparedCoverage | null, delays: number[]): DelayBookings {
  const years = horizonYears(scenario);
  // A delay moves opening years only: where a facility is booked does not depend on it.
  const each = delays.map((d) => chargeFacilities(delayedBy(scenario, d), flat, prep));
  const first = each[0];
  const types = [...new Set(first.map((c) => c.type))];
  const ends = new Uint32Array(2 * first.length);
  let at = 0;
  first.forEach((c, k) => {
    ends[2 * k] = at += c.id.length;
    ends[2 * k + 1] = at += c.name.length;
  });
  return {
    delays,
    charges: {
      text: first.map((c) => c.id + c.name).join(''),
      ends,
      types,
      type: Uint8Array.from(first, (c) => types.indexOf(c.type)),
      payer: Uint8Array.from(first, (c) => PAYERS.indexOf(c.payer)),
      entity: Int32Array.from(first, (c) => c.entity),
      capitalCost: Float64Array.from(first, (c) => c.capitalCost),
      runningCost: Float64Array.from(first, (c) => c.runningCost),
      openingYear: each.map((charges) => Float64Array.from(charges, (c) => c.openingYear)),
    },
    careNetworks: delays.map((d) => careNetworkOf(delayedBy(scenario, d), flat, years)),
  };
}

/** The charges of a draw with delays[k], as chargeFacilities gives them for it. */
export function chargesOf(b: DelayBookings, k: number): FacilityCharge[] {
  const { text, ends, types, type, payer, entity, capitalCost, runningCost, openingYear } = b.charges;
  return Array.from(entity, (e, c) => ({
    id: text.slice(c === 0 ? 0 : ends[2 * c - 1], ends[2 * c]),
    name: text.slice(ends[2 * c], ends[2 * c + 1]),
    type: types[type[c]],
    entity: e,
    payer: PAYERS[payer[c]],
    openingYear: openingYear[k][c],
    capitalCost: capitalCost[c],
    runningCost: runningCost[c],
  }));
}
