/** One call for hosts: project a validated scenario and judge its targets. */
import { project } from './project';
import type { Projection } from './projection';
import type { RuleSet } from './ruleSet';
import type { Scenario } from './scenario';
import { evaluateTargets } from './targets';
import type { Verdict } from './verdict';

export interface RunResult {
  projection: Projection;
  verdicts: Verdict[];
}

export function runScenario(scenario: Scenario, ruleSets?: Record<string, RuleSet>): RunResult {
  const projection = project(scenario, ruleSets);
  return { projection, verdicts: evaluateTargets(projection, scenario.targets) };
}
