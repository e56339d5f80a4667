/**
 * The user's guide's call: validate and run a scenario (the demo) and send back the whole run, so a
 * help page's worked example reads its figures from the same projection and verdicts the app shows.
 * Unlike run(), it keeps nothing: explanations and the map stay with the scenario being edited.
 */
import { runScenario, type RunResult, type Scenario } from '../src/engine';
import type { ValidationError } from '../src/io/validateScenario';
import { validateScenario } from './validator';

export type HelpRunOutcome = { ok: true; scenario: Scenario; result: RunResult } | { ok: false; errors: ValidationError[] };

export const helpApi = {
  helpRun(input: unknown): HelpRunOutcome {
    const checked = validateScenario(input);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    return { ok: true, scenario: checked.scenario, result: runScenario(checked.scenario) };
  },
};
