/**
 * The app's one worker entry: the engine runs here so the page stays responsive while a city is
 * projected. The page imports only the type EngineApi and talks to it through comlink. The last
 * projection stays here, so explanations are answered without sending the typed arrays across.
 */
import { expose, transfer } from 'comlink';
import { RULE_SETS, buildRunView, explain, runScenario, type Explanation, type Projection, type RunView, type Text } from '../src/engine';
import { validateScenario, type ValidationError } from '../src/io/validateScenario';

export type { ValidationError } from '../src/io/validateScenario';

export interface RunSuccess {
  ok: true;
  view: RunView;
  ruleSetName: Text;
  /** time spent in the worker, validation included */
  elapsedMs: number;
}

export type RunOutcome = { ok: false; errors: ValidationError[] } | RunSuccess;

export type ExplainOutcome = { ok: true; explanation: Explanation } | { ok: false; message: string };

let last: Projection | null = null;

const api = {
  /** Check a scenario without running it. */
  validate(input: unknown): ValidationError[] {
    const checked = validateScenario(input);
    return checked.ok ? [] : checked.errors;
  },

  /**
   * Validate and run a scenario. onProgress (years done, years in all) must be wrapped in comlink's
   * proxy() on the page side to cross the worker boundary.
   */
  run(input: unknown, onProgress?: (done: number, total: number) => void): RunOutcome {
    const started = performance.now();
    const checked = validateScenario(input);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const scenario = checked.scenario;
    const result = runScenario(scenario, { onProgress });
    last = result.projection;
    const view = buildRunView(result, scenario);
    const c = view.communities;
    const buffers = [c.district, c.kind, c.established, c.households, c.staffRequired, c.inPost, c.spaceRequired, c.space, c.spending].map((a) => a.buffer);
    const outcome: RunSuccess = {
      ok: true,
      view,
      ruleSetName: RULE_SETS[scenario.ruleSet.id]?.name ?? { zh: scenario.ruleSet.id, en: scenario.ruleSet.id },
      elapsedMs: Math.round(performance.now() - started),
    };
    return transfer<RunOutcome>(outcome, buffers as ArrayBuffer[]);
  },

  /** The formula, inputs and rule behind a figure of the last run (paths: src/engine/explain/index.ts). */
  explain(path: string): ExplainOutcome {
    if (!last) return { ok: false, message: 'no run yet' };
    try {
      return { ok: true, explanation: explain(last, path) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
};

export type EngineApi = typeof api;

expose(api);
