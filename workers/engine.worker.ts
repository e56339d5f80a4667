/**
 * The app's one worker entry: the engine runs here so the page stays responsive while a city is
 * projected. The page imports only the type EngineApi and talks to it through comlink.
 */
import { expose } from 'comlink';
import { RULE_SETS, runScenario, type Text } from '../src/engine';
import { validateScenario } from '../src/io/validateScenario';
import { citySummary, type YearSummary } from './citySummary';
import { verdictRows, type VerdictRow } from './verdictRows';

export type { YearSummary } from './citySummary';
export type { VerdictRow } from './verdictRows';

export type RunStage = 'validating' | 'projecting' | 'summarising';

export type ValidationError = Extract<ReturnType<typeof validateScenario>, { ok: false }>['errors'][number];

export interface RunSuccess {
  ok: true;
  scenarioName: string;
  ruleSetId: string;
  ruleSetName: Text;
  years: number[];
  verdicts: VerdictRow[];
  summary: YearSummary[];
  /** time spent in the worker, validation included */
  elapsedMs: number;
}

export type RunOutcome = { ok: false; errors: ValidationError[] } | RunSuccess;

const api = {
  /**
   * Validate and run a scenario. onStage is told as each stage begins; from the page it must be
   * wrapped in comlink's proxy() so that it can cross the worker boundary.
   */
  run(input: unknown, onStage?: (stage: RunStage) => void): RunOutcome {
    const started = performance.now();
    onStage?.('validating');
    const checked = validateScenario(input);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const scenario = checked.scenario;

    onStage?.('projecting');
    const { projection, verdicts } = runScenario(scenario);

    onStage?.('summarising');
    return {
      ok: true,
      scenarioName: projection.scenarioName,
      ruleSetId: projection.ruleSetId,
      ruleSetName: RULE_SETS[projection.ruleSetId]?.name ?? { zh: projection.ruleSetId, en: projection.ruleSetId },
      years: projection.years,
      verdicts: verdictRows(scenario, verdicts),
      summary: citySummary(projection),
      elapsedMs: Math.round(performance.now() - started),
    };
  },
};

export type EngineApi = typeof api;

expose(api);
