/**
 * The page's handle on the engine worker for the scenario being edited, through the worker bridge
 * (src/ui/workers/bridge.ts). cancel() ends the worker (a projection cannot be interrupted from
 * outside) and the next call starts a fresh one; a worker that fails to load or crashes rejects the
 * call in flight with WorkerFailedError, and the next call likewise starts afresh.
 */
import { transfer } from 'comlink';
import type { CoverageKey } from '../engine/coverage/types';
import type { CommunityTable } from '../engine/runView';
import type { DrawHome } from './analysis/drawPool';
import { digestOf } from '../io/valueDigest';
import { cityRevision } from './cityRevision';
import { WorkerBridge, type Progress, type WorkerLike } from './workers/bridge';
import { spawnEngineWorker, type EngineApi } from './workers/engineWorker';
import type { DrawsOutcome, ExplainOutcome, LayersOutcome, RunOutcome, SuggestOutcome, ValidationError } from '../../workers/engine.worker';

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
  /** run a built-in scenario from its file, fetched by the worker and taken as checked (workers/builtInApi.ts) */
  runBuiltIn(url: string): Promise<RunOutcome>;
  explain(path: string): Promise<ExplainOutcome>;
  validate(input: unknown): Promise<ValidationError[]>;
  /** the last run's population cells and coverage by year and type, for the map */
  coverageLayers(): Promise<LayersOutcome>;
  /** sites for `count` more facilities of a type (or full sets of the five), on the last run's cells */
  suggestSites(type: CoverageKey, count: number): Promise<SuggestOutcome>;
  /**
   * the worker as the home of the scenario's Monte Carlo draws: it draws a range on the city of its
   * last run, and makes the other workers' kit with the coverage rasters made on its cells; it
   * prepares nothing when it holds no such city
   */
  drawHome(scenario: unknown): DrawHome;
  /** abandon whatever is in flight; its promise rejects with CancelledError */
  cancel(): void;
  dispose(): void;
}

/** The client of a new worker, or of a bridge to one already started (src/ui/early). */
export function createEngineClient(spawn: () => WorkerLike = spawnEngineWorker, bridge = new WorkerBridge<EngineApi>(spawn)): EngineClient {
  /** the city revision of the last run the worker passed: it keeps that city, so it need not be sent again */
  let held: number | undefined;
  /** that run's community ids and names, which runs on the kept city leave out (workers/runApi.ts) */
  let labels: Pick<CommunityTable, 'id' | 'name' | 'street'> = { id: [], name: [], street: [] };
  /** the worker's last call was a check that passed, whose scenario it keeps for the next run (workers/checkedOnce.ts) */
  let justChecked = false;
  /** Send the scenario whole, unless the worker has just checked this very scenario (checked) and is told so by its digest. */
  const runWhole = async (scenario: unknown, revision: number | undefined, onProgress?: Progress, checked = false) => {
    const digest = checked ? digestOf(scenario) : null;
    const kept = digest === null ? null : await bridge.call<RunOutcome | null>((a, progress) => a.runJustChecked(digest, progress, revision), onProgress);
    const outcome = kept ?? (await bridge.call<RunOutcome>((a, progress) => a.run(scenario, progress, revision), onProgress));
    held = outcome.ok ? revision : undefined;
    if (outcome.ok) {
      const { id, name, street } = outcome.view.communities;
      labels = { id, name, street };
    }
    return outcome;
  };
  return {
    run: async (scenario, onProgress) => {
      const revision = cityRevision(scenario);
      // Any run ends the worker's kept check (workers/checkedOnce.ts).
      const checked = justChecked;
      justChecked = false;
      if (revision === undefined || revision !== held) return runWhole(scenario, revision, onProgress, checked);
      const { city: _sent, ...rest } = scenario as Record<string, unknown>;
      const outcome = await bridge.call<RunOutcome | null>((a, progress) => a.runKeptCity(rest, progress, revision), onProgress);
      if (outcome?.ok) outcome.view.communities = { ...outcome.view.communities, ...labels };
      // null: a restarted worker, which holds no city yet.
      return outcome ?? runWhole(scenario, revision, onProgress);
    },
    runBuiltIn: (url) => bridge.call<RunOutcome>((a) => a.runBuiltInFile(url)),
    explain: (path) => bridge.call<ExplainOutcome>((a) => a.explain(path)),
    validate: async (input) => {
      justChecked = false;
      const errors = await bridge.call((a) => a.validate(input));
      justChecked = errors.length === 0;
      return errors;
    },
    coverageLayers: () => bridge.call<LayersOutcome>((a) => a.coverageLayers()),
    suggestSites: (type, count) => bridge.call<SuggestOutcome>((a) => a.suggestSites(type, count)),
    drawHome: (scenario) => ({
      prepare: async (revision, ports) => {
        const city = cityRevision(scenario);
        // Only on the city the worker holds: placing a province's cells here too would defeat the purpose.
        if (city === undefined || city !== held) return false;
        const { city: _sent, ...rest } = scenario as Record<string, unknown>;
        return bridge.call((a) => a.prepareDraws(rest, city, revision, transfer(ports, ports)));
      },
      draws: (revision, from, to, onProgress) => bridge.call<DrawsOutcome | null>((a, progress) => a.drawsHere(revision, from, to, progress), onProgress),
      // An ended worker draws nothing, and a call would start a fresh one only to stop it.
      stop: () => {
        if (bridge.alive) void bridge.call((a) => a.stopDraws()).catch(() => undefined);
      },
    }),
    cancel: () => bridge.cancel(),
    dispose: () => bridge.dispose(),
  };
}
