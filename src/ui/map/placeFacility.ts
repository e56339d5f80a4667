/**
 * A facility placed by clicking the map: the form starts from what the Plan tab's 添加设施 would
 * write (the horizon's first year, the type's cost estimate from scenarios/facilityCosts.json, the
 * programme's payer) and the confirmed facility goes into the plan through addFacilities, as one
 * undo step.
 */
import type { FacilityType, Scenario } from '../../engine/scenario';
import { FACILITY_COST_ESTIMATE, YUAN_PER_WAN } from '../../registry';
import { addFacilities } from '../editor/plan/facilities';
import type { Pair } from './mapGeometry';

export interface PlaceDraft {
  type: FacilityType;
  openingYear: number;
  /** 万元, as the Plan tab's cost columns show them */
  capitalWan: number;
  runningWan: number;
}

/** The form's values for a type: its cost estimate in 万元, opening in the given year or the horizon's first. */
export function draftFor(scenario: Scenario, type: FacilityType, openingYear = scenario.horizon.firstYear): PlaceDraft {
  const cost = FACILITY_COST_ESTIMATE[type];
  return { type, openingYear, capitalWan: cost.capital / YUAN_PER_WAN, runningWan: cost.running / YUAN_PER_WAN };
}

/** Costs a facility can carry: finite and not negative. */
export function draftValid(d: PlaceDraft): boolean {
  return [d.capitalWan, d.runningWan].every((v) => Number.isFinite(v) && v >= 0);
}

/** The scenario with the drafted facility at the end of plan.facilities, its costs in yuan. */
export function placeFacility(scenario: Scenario, draft: PlaceDraft, at: Pair, name: string): Scenario {
  return addFacilities(scenario, [
    {
      type: draft.type,
      name,
      at,
      openingYear: draft.openingYear,
      capitalCost: Math.round(draft.capitalWan * YUAN_PER_WAN),
      runningCost: Math.round(draft.runningWan * YUAN_PER_WAN),
    },
  ]);
}
