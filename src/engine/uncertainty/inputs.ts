/**
 * The uncertain inputs a scenario may name: a key for each (the same input twice would be drawn twice
 * and applied twice), the values a draw may take and its neutral value. Their names are in the registry
 * (src/registry/uncertainInputs.ts).
 */
import type { UncertainInput, UncertainWhat } from '../scenario';

export interface InputSpec {
  /** the values a draw may take; a draw outside them (the tail of an unbounded normal) is clamped */
  range: [number, number];
  /** the value that leaves the scenario as it is */
  neutral: number;
  /** whole numbers only */
  whole: boolean;
}

export const INPUT_SPECS: Record<UncertainWhat, InputSpec> = {
  // Estimate: ten points a year faster or slower than the communities' own rates is beyond any city's swing.
  householdGrowth: { range: [-0.1, 0.1], neutral: 0, whole: false },
  // Estimate: as for household growth.
  wageGrowth: { range: [-0.1, 0.1], neutral: 0, whole: false },
  // Estimate: a budget may be cut to nothing or trebled, not more.
  budget: { range: [0, 3], neutral: 1, whole: false },
  // Estimate: five years late is a stalled project, which a plan should name, not draw.
  buildingDelay: { range: [0, 5], neutral: 0, whole: true },
  // A share of the planned recruitment filled: no more than all of it.
  hiringSuccess: { range: [0, 1], neutral: 1, whole: false },
};

/** "householdGrowth", "budget.district": one key per thing perturbed. */
export function inputKey(input: UncertainInput): string {
  return input.what === 'budget' ? `budget.${input.payer}` : input.what;
}
