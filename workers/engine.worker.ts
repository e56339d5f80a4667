/**
 * The app's one worker entry: the engine runs here so the page stays responsive. The page starts
 * copies of it through src/ui/workers (one for the scenario being edited, one for the analysis tab's
 * goal seek and plan synthesis, a pool for Monte Carlo draws, one for comparisons, one for reading
 * imported files), imports only the type EngineApi and talks to it through comlink. The calls are
 * grouped by what they serve; the same functions run on the main thread in tests.
 */
import { expose } from 'comlink';
import { builtInApi, runAtStart } from './builtInApi';
import { compareApi } from './compareApi';
import { drawsApi } from './drawsApi';
import { helpApi } from './helpApi';
import { importApi } from './importApi';
import { runApi } from './runApi';
import { seekApi } from './seekApi';
import { synthesisApi } from './synthesisApi';
import { loadValidator } from './validator';

export type { ValidationError } from '../src/io/validateScenario';
export type { DrawKit } from '../src/engine/uncertainty/drawKit';
export type { CompareOutcome } from './compareApi';
export type { CoverageLayers, SiteSuggestionsView, SiteView } from './coverageLayers';
export type { DrawsOutcome } from './drawsApi';
export type { HelpRunOutcome } from './helpApi';
export type { ExplainOutcome, LayersOutcome, RunOutcome, RunSuccess, SuggestOutcome } from './runApi';
export type { LeverFacts, SeekOutcome } from './seekApi';
export type { LeadTimeOutcome, SynthesisOutcome } from './synthesisApi';

const api = { ...runApi, ...builtInApi, ...drawsApi, ...seekApi, ...compareApi, ...synthesisApi, ...helpApi, ...importApi };

export type EngineApi = typeof api;

/**
 * Draws sent no scenario check none: the worker holds it, or is given a draw kit made where it was
 * checked (workers/drawsApi.ts). A draw worker then never loads the validator.
 */
const unchecked = (name: string, args: unknown[]): boolean => name === 'runDraws' && args[0] === null;

/**
 * Every call waits for the validator to load (workers/validator.ts), except a built-in's first run
 * (builtInApi.ts), which needs none and starts loading it for the calls that follow, and draws that
 * check nothing.
 */
function afterValidator(calls: EngineApi): EngineApi {
  const waiting: Record<string, (...args: never[]) => unknown> = {};
  for (const [name, call] of Object.entries(calls) as [string, (...args: never[]) => unknown][]) {
    waiting[name] =
      name === 'runBuiltInFile'
        ? (...args) => {
            const outcome = call(...args) as Promise<unknown>;
            // Once the run has answered, so the validator's download and compiling do not hold it up.
            const load = () => void loadValidator();
            outcome.then(load, load);
            return outcome;
          }
        : async (...args) => {
            if (!unchecked(name, args)) await loadValidator();
            return call(...args);
          };
  }
  // comlink answers a call once its promise settles, so the page sees the same API.
  return waiting as unknown as EngineApi;
}

expose(afterValidator(api));
// A worker named for a built-in's file (src/ui/early) runs it before any message from the page comes.
runAtStart(self.name);
