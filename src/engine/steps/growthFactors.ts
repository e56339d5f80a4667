/**
 * Households ahead for the building programme, which looks one year further each year of a run. Each
 * community's growth factor is multiplied out as householdsAfter does it (population.ts), from 1, one
 * (1 + growth) a year; it is kept with the run and the years ahead it was worked out for, so the next
 * year's programme of the same run multiplies each by one more (1 + growth) instead of starting again
 * from 1: the same products in the same order, so the same households to the last bit.
 */
import { round } from '../round';
import type { Run } from '../runState';
import { householdsAfter, YEARS_AHEAD_MAX } from './population';

/**
 * The factors, kept from one call to the next, and whose run they are: the one key of a WeakMap, not a
 * WeakRef, which keeps its target alive to the end of the task that made or read it, and so every run of
 * a sweep or the CLI made one after another in one task.
 */
let kept = { owner: new WeakMap<Run, true>(), y: -1, ahead: -1, factors: new Float64Array(0) };

/** Every community's households `ahead` years after the base year into households, as householdsAfter gives them, for year y of the run. */
export function householdsAhead(run: Run, y: number, ahead: number, households: Float64Array): void {
  const { nCommunities: nc, base } = run.flat;
  const { households: h0, growth, dwellings } = base;
  if (ahead < 1 || ahead > YEARS_AHEAD_MAX) {
    kept.owner = new WeakMap();
    for (let e = 0; e < nc; e++) households[e] = householdsAfter(h0[e], growth[e], dwellings[e], ahead);
    return;
  }
  // Made at the city's size, like the building order's arrays (buildingOrder.ts); a larger run's are kept for a smaller one.
  if (kept.factors.length < nc) kept = { owner: new WeakMap(), y: -1, ahead: -1, factors: new Float64Array(run.flat.nEntities) };
  const next = kept.y === y - 1 && kept.ahead === ahead - 1 && kept.owner.has(run);
  const factors = kept.factors;
  if (next) {
    for (let e = 0; e < nc; e++) factors[e] *= 1 + growth[e];
  } else {
    for (let e = 0; e < nc; e++) {
      let factor = 1;
      for (let i = 0; i < ahead; i++) factor *= 1 + growth[e];
      factors[e] = factor;
    }
    kept.owner = new WeakMap([[run, true]]);
  }
  kept.y = y;
  kept.ahead = ahead;
  for (let e = 0; e < nc; e++) households[e] = round(Math.min(dwellings[e], h0[e] * factors[e]));
}
