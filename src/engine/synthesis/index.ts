/** Plan synthesis: the least-cost plan that meets the chosen targets, verified by the engine. */
export { synthesize, type SynthesisResult, type SynthesisStatus } from './synthesize';
export { highsSolver } from './highsSolver';
export { warmUp } from './warmUp';
export { LinearModel, type Group, type Solver, type Solution, type SolveOptions } from './model';
export { DEFAULT_ROUNDS, type Objective, type SynthesisOptions } from './options';
export { sitesByYear, type SiteYear, type SynthesizedPlan } from './apply';
export { type SiteSource } from './siteCandidates';
export { type LimitValue } from './duals';
export { leadTimeValues, type LeadTimeBasis, type LeadTimeValue } from './leadTime';
