/**
 * The page's handle on the engine worker. Only the worker's type is imported here, so the engine
 * itself is bundled into the worker chunk and never into the page. cancel() ends the worker (a
 * projection cannot be interrupted from outside) and the next call starts a fresh one.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { CoverageKey } from '../engine/coverage/types';
import type { EngineApi, ExplainOutcome, LayersOutcome, RunOutcome, SuggestOutcome, ValidationError } from '../../workers/engine.worker';

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

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface EngineClient {
  run(scenario: unknown, onProgress?: (done: number, total: number) => void): Promise<RunOutcome>;
  explain(path: string): Promise<ExplainOutcome>;
  validate(input: unknown): Promise<ValidationError[]>;
  // Optional only so that stand-in clients written before the map (src/ui/state/runner.test.ts) still type-check.
  /** the last run's population cells and coverage by year and type, for the map */
  coverageLayers(): Promise<LayersOutcome>;
  /** sites for `count` more facilities of a type (or full sets of the five), on the last run's cells */
  suggestSites(type: CoverageKey, count: number): Promise<SuggestOutcome>;
  /** abandon whatever is in flight; its promise rejects with CancelledError */
  cancel(): void;
  dispose(): void;
}

export function createEngineClient(): EngineClient {
  let worker: Worker | null = null;
  let api: Remote<EngineApi> | null = null;
  let abandon: (() => void)[] = [];

  const connect = (): Remote<EngineApi> => {
    if (!api) {
      worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
      api = wrap<EngineApi>(worker);
    }
    return api;
  };

  /** Settle with the call's result, or reject when cancelled first. */
  const call = <T>(f: (a: Remote<EngineApi>) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const onCancel = () => reject(new CancelledError());
      abandon.push(onCancel);
      f(connect()).then(resolve, reject).finally(() => (abandon = abandon.filter((x) => x !== onCancel)));
    });

  const stop = () => {
    api?.[releaseProxy]();
    worker?.terminate();
    api = null;
    worker = null;
    const pending = abandon;
    abandon = [];
    for (const reject of pending) reject();
  };

  return {
    run: (scenario, onProgress) => call<RunOutcome>((a) => a.run(scenario, onProgress ? proxy(onProgress) : undefined)),
    explain: (path) => call<ExplainOutcome>((a) => a.explain(path)),
    validate: (input) => call<ValidationError[]>((a) => a.validate(input)),
    coverageLayers: () => call<LayersOutcome>((a) => a.coverageLayers()),
    suggestSites: (type, count) => call<SuggestOutcome>((a) => a.suggestSites(type, count)),
    cancel: stop,
    dispose: stop,
  };
}
