/**
 * The app's one worker entry: the engine runs here so the page stays responsive. The page starts
 * copies of it through src/ui/workers (one for the scenario being edited, one for the analysis tab's
 * goal seek and plan synthesis, a pool for Monte Carlo draws, one for comparisons, one for reading
 * imported files), imports only the type EngineApi and talks to it through comlink. The calls are
 * grouped by what they serve; the same functions run on the main thread in tests. Only the runs load
 * with the worker: explanations, map layers and site suggestions load on their first call
 * (lastRunCode.ts), the other calls on theirs (laterApi.ts).
 */
// First, so a first visit's demo comes from the browser's cache while the engine's modules evaluate.
import './startFetch';
import { expose } from 'comlink';
import { builtInApi, runAtStart } from './builtInApi';
import type { LaterApi } from './laterApi';
import { LATER_CALLS } from './laterCalls';
import { runApi } from './runApi';
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

const first = { ...runApi, ...builtInApi };

export type EngineApi = typeof first & LaterApi;

type Call = (...args: never[]) => unknown;

let later: Promise<LaterApi> | null = null;

/** The later calls, each loading their chunk on first use; comlink answers once the promise settles. */
function laterCalls(): Record<string, Call> {
  const calls: Record<string, Call> = {};
  for (const name of LATER_CALLS) {
    calls[name] = async (...args) => {
      later ??= import('./laterApi').then((module) => module.laterApi);
      return ((await later)[name] as Call)(...args);
    };
  }
  return calls;
}

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
function afterValidator(calls: Record<string, Call>): EngineApi {
  const waiting: Record<string, Call> = {};
  for (const [name, call] of Object.entries(calls)) {
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

expose(afterValidator({ ...(first as unknown as Record<string, Call>), ...laterCalls() }));
// A worker named for a built-in's file (src/ui/early) runs it before any message from the page comes.
runAtStart(self.name);
