/**
 * What a life-circle facility costs, by type: capital in its opening year and running costs a year, in
 * yuan. The figures are estimates kept as data, with their source, in scenarios/facilityCosts.json;
 * the demo plan and the Plan tab's suggested sites both price facilities from them.
 */
import table from '../../scenarios/facilityCosts.json';
import type { FacilityType } from './facilityTypes';

export interface FacilityCost {
  capital: number;
  running: number;
}

export const FACILITY_COST_ESTIMATE: Record<FacilityType, FacilityCost> = table.costs;
