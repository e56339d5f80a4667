/** The one lever vocabulary: paths into a scenario, what they name, which are levers, their values and ranges. */
export { itemPath, joinPath, splitPath } from './path';
export { fieldOf, fieldOfKeys, paramLabel, unitOf, PLAN_NUMBERS, type FieldRef, type HorizonField, type LeverUnit, type PlanField, type PlanNumber } from './fields';
export { FACILITIES_PATH, isFacilitiesLever, leverInfo, leverPathsFor, stepOf, type FacilitiesLever, type Lever, type LeverInfo } from './lever';
export { applyLevers, readLever, ruleValue, sameValue, setLever, startingValues, type LeverValue, type LeverValues } from './value';
export { leverRange } from './range';
