/**
 * One Monte Carlo draw's values: every uncertain input of the scenario from its distribution, with the
 * random numbers of streamFor(seed, drawIndex). A draw depends on the seed, its index and the inputs
 * before it in the list, never on which worker runs it or on the other draws (DESIGN.md, convention 6).
 */
import { streamFor } from '../random';
import type { Scenario, UncertainInput } from '../scenario';
import { INPUT_SPECS } from './inputs';
import { quantileOf } from './quantileOf';

export interface Draw {
  index: number;
  /** the value applied for each of scenario.uncertainty.inputs, in order, after clamping and rounding */
  values: number[];
}

/** Half a step of the generator (2⁻³³): moves u off 0, so every quantile is finite, and keeps it below 1. */
const HALF_STEP = 2 ** -33;

export function drawInputs(scenario: Scenario, drawIndex: number): Draw {
  const inputs = scenario.uncertainty?.inputs ?? [];
  const r = streamFor(scenario.seed, drawIndex);
  // Array.from, not map: an optimised map makes holey arrays, a new map for the optimised code reading them to drop back on.
  return { index: drawIndex, values: Array.from(inputs, (input) => valueOf(input, r.next() + HALF_STEP)) };
}

/** The least and the greatest value a draw can give the input; every value between is possible (every whole one for a whole input). */
export function valueBounds(input: UncertainInput): [number, number] {
  // valueOf rises with u, and u runs from HALF_STEP to 1 − HALF_STEP
  return [valueOf(input, HALF_STEP), valueOf(input, 1 - HALF_STEP)];
}

/** The value an input takes at probability u, held to what the input allows. */
export function valueOf(input: UncertainInput, u: number): number {
  const spec = INPUT_SPECS[input.what];
  const [lo, hi] = spec.range;
  const x = Math.min(hi, Math.max(lo, quantileOf(input.distribution, u)));
  return spec.whole ? Math.round(x) : x;
}
