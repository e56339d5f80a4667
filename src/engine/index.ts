/** The engine's public API: the app's worker, the tests and the CLI all call these. */
export type * from './scenario';
export type * from './projection';
export type * from './verdict';
export type * from './ruleSet';
export { SCHEMA_VERSION, PAYERS } from './scenario';
export { PARAMS, PARAM_KEYS, isParamKey } from './params';
export { COST_ITEMS, SERIES, LEVEL } from './projection';
export { METRICS, METRIC_IDS, metricById } from './metrics';
export { RULE_SETS, RULE_SET_IDS, DOCUMENTS, RULES, ruleById, documentById } from './policyLibrary';
export { project } from './project';
export { evaluateTargets } from './targets';
export { runScenario, type RunResult, type RunOptions } from './run';
export { explain, type Explanation } from './explain/index';
export { seriesTotal, costTotal } from './aggregate';
export { summarize, type RunSummary, type YearTotals, type FundingYear, type CentreTotals, type SummaryVerdict } from './summary';
export { buildRunView, type RunView, type VerdictRow, type MetricSeries, type CommunityTable } from './runView';
