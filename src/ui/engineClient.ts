/**
 * The page's handle on the engine worker for the scenario being edited, through the worker bridge
 * (src/ui/workers/bridge.ts). cancel() ends the worker (a projection cannot be interrupted from
 * outside) and the next call starts a fresh one; a worker that fails to load or crashes rejects the
 * call in flight with WorkerFailedError, and the next call likewise starts afresh.
 */
import type { CoverageKey } from '../engine/coverage/types';
import { cityRevision } from './cityRevision';
import { WorkerBridge, type Progress, type WorkerLike } from './workers/bridge';
import { spawnEngineWorker, type EngineApi } from './workers/engineWorker';
import type { ExplainOutcome, LayersOutcome, RunOutcome, SuggestOutcome, ValidationError } from '../../workers/engine.worker';

export { CancelledError, WorkerFailedError } from './workers/bridge';
export type {
  CoverageLayers,
  ExplainOutcome,
  LayersOutcome,
  RunOutcome,
  RunSuccess,
  SiteSuggestionsView,
  SiteView,
  SuggestOutcome,
  ValidationError,
} from '../../workers/engine.worker';

/** What the page asks of the engine; tests pass stand-ins that answer in the same thread. */
export interface EngineClient {
  run(scenario: unknown, onProgress?: Progress): Promise<RunOutcome>;
  /** run a built-in scenario from its file's text, taken as checked (workers/runApi.ts) */
  runBuiltIn(text: string): Promise<RunOutcome>;
  explain(path: string): Promise<ExplainOutcome>;
  validate(input: unknown): Promise<ValidationError[]>;
  /** the last run's population cells and coverage by year and type, for the map */
  coverageLayers(): Promise<LayersOutcome>;
  /** sites for `count` more facilities of a type (or full sets of the five), on the last run's cells */
  suggestSites(type: CoverageKey, count: number): Promise<SuggestOutcome>;
  /** abandon whatever is in flight; its promise rejects with CancelledError */
  cancel(): void;
  dispose(): void;
}

/** The client of a new worker, or of a bridge to one already started (src/ui/early). */
export function createEngineClient(spawn: () => WorkerLike = spawnEngineWorker, bridge = new WorkerBridge<EngineApi>(spawn)): EngineClient {
  /** the city revision of the last run the worker passed: it keeps that city, so it need not be sent again */
  let held: number | undefined;
  const runWhole = async (scenario: unknown, revision: number | undefined, onProgress?: Progress) => {
    const outcome = await bridge.call<RunOutcome>((a, progress) => a.run(scenario, progress, revision), onProgress);
    held = outcome.ok ? revision : undefined;
    return outcome;
  };
  return {
    run: async (scenario, onProgress) => {
      const revision = cityRevision(scenario);
      if (revision === undefined || revision !== held) return runWhole(scenario, revision, onProgress);
      const { city: _sent, ...rest } = scenario as Record<string, unknown>;
      const outcome = await bridge.call<RunOutcome | null>((a, progress) => a.runKeptCity(rest, progress, revision), onProgress);
      // null: a restarted worker, which holds no city yet.
      return outcome ?? runWhole(scenario, revision, onProgress);
    },
    runBuiltIn: (text) => bridge.call<RunOutcome>((a) => a.runBuiltIn(text)),
    explain: (path) => bridge.call<ExplainOutcome>((a) => a.explain(path)),
    validate: (input) => bridge.call((a) => a.validate(input)),
    coverageLayers: () => bridge.call<LayersOutcome>((a) => a.coverageLayers()),
    suggestSites: (type, count) => bridge.call<SuggestOutcome>((a) => a.suggestSites(type, count)),
    cancel: () => bridge.cancel(),
    dispose: () => bridge.dispose(),
  };
}
