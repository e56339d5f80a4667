/**
 * Households ahead for the building programme, which looks one year further each year of a run. Each
 * community's growth factor is multiplied out as householdsAfter does it (population.ts), from 1, one
 * (1 + growth) a year; it is kept with the run and the years ahead it was worked out for, so the next
 * year's programme of the same run multiplies each by one more (1 + growth) instead of starting again
 * from 1: the same products in the same order, so the same households to the last bit.
 */
import { round as roundExported } from '../round';
import type { Run } from '../runState';
import { YEARS_AHEAD_MAX } from './population';

// A module constant: householdsAt is called in the claims pass for every community, and an imported binding is tested at each call.
const round = roundExported;

/**
 * The factors, kept from one call to the next, and whose run they are: the one key of a WeakMap, not a
 * WeakRef, which keeps its target alive to the end of the task that made or read it, and so every run of
 * a sweep or the CLI made one after another in one task.
 */
let kept = { owner: new WeakMap<Run, true>(), y: -1, ahead: -1, factors: new Float64Array(0) };

/**
 * The growth factors of households `ahead` years after the base year for year y of the run, each as
 * householdsAfter multiplies it out, but for the last (1 + growth) when `last` is set: the caller
 * multiplies that in as it reads each factor, writes the product back (the next year's programme goes on
 * from it) and takes households as householdsAt gives them, in the one pass that reads the community.
 */
export function factorsAhead(run: Run, y: number, ahead: number): { factors: Float64Array; last: boolean } {
  const { nCommunities: nc, base } = run.flat;
  const growth = base.growth;
  // Made at the city's size, like the building order's arrays (buildingOrder.ts); a larger run's are kept for a smaller one.
  if (kept.factors.length < nc) kept = { owner: new WeakMap(), y: -1, ahead: -1, factors: new Float64Array(run.flat.nEntities) };
  const factors = kept.factors;
  if (ahead < 1 || ahead > YEARS_AHEAD_MAX) {
    // householdsAfter's own factor, pow past the years multiplied out: Math.round there is round to the bit.
    kept.owner = new WeakMap();
    for (let e = 0; e < nc; e++) factors[e] = ahead < 1 ? 1 : (1 + growth[e]) ** ahead;
    return { factors, last: false };
  }
  const next = kept.y === y - 1 && kept.ahead === ahead - 1 && kept.owner.has(run);
  if (!next) {
    for (let e = 0; e < nc; e++) {
      let factor = 1;
      for (let i = 1; i < ahead; i++) factor *= 1 + growth[e];
      factors[e] = factor;
    }
    kept.owner = new WeakMap([[run, true]]);
  }
  kept.y = y;
  kept.ahead = ahead;
  return { factors, last: true };
}

/** A community's households from its base households, growth factor and dwellings, as householdsAfter rounds them. */
export const householdsAt = (h0: number, factor: number, dwellings: number): number => round(Math.min(dwellings, h0 * factor));
