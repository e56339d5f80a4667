/** One call for hosts: project a validated scenario and judge its targets. */
import { project, type Prepared } from './project';
import type { Projection } from './projection';
import type { RuleSet } from './ruleSet';
import type { Scenario } from './scenario';
import { evaluateTargets } from './targets';
import type { Verdict } from './verdict';

export interface RunResult {
  projection: Projection;
  verdicts: Verdict[];
}

export interface RunOptions {
  /** rule sets to look the scenario's id up in; the built-in ones by default */
  ruleSets?: Record<string, RuleSet>;
  /** told after each projected year: (years done, years in all) */
  onProgress?: (done: number, total: number) => void;
}

/** prepared: the city's flat arrays and coverage made for an earlier run of the same city (project.ts). */
export function runScenario(scenario: Scenario, options: RunOptions = {}, prepared?: Prepared): RunResult {
  const projection = project(scenario, options, prepared);
  return { projection, verdicts: evaluateTargets(projection, scenario.targets) };
}
