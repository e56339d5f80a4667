/// <reference types="vite/client" />
/**
 * The engine worker's plan synthesis: the same synthesize() the CLI runs, with HiGHS loaded on the
 * first call only (its WebAssembly is 3.5 MB; most sessions never synthesize). The .wasm is the
 * app's own asset, precached with the rest, so a synthesis runs offline and never fetches from
 * elsewhere. The synthesis tool asks for it as soon as it is opened, so that the download, the
 * compile and a warm-up solve (warmUp.ts: the runtime compiles the solver for speed only once it has
 * run a while) are done before the first synthesis. A solve cannot be interrupted from
 * outside: cancel ends the worker (src/ui/workers/bridge.ts).
 */
import highsWasm from 'highs/runtime?url';
import { DEFAULT_ROUNDS, highsSolver, leadTimeValues, synthesize, warmUp, type LeadTimeBasis, type LeadTimeValue, type Solver, type SynthesisOptions, type SynthesisResult } from '../src/engine';
import type { ValidationError } from '../src/io/validateScenario';
import { validateScenario } from './validator';
import { failure } from './failure';

/**
 * The most columns the browser takes on. The bench's largest city (3,000 communities, five years) is
 * about 15,000 columns and solves in under 30 s; past three times that, branch and bound in one
 * WebAssembly thread runs for minutes and its memory grows past what a phone gives a tab.
 */
export const MAX_BROWSER_COLUMNS = 50_000;

export type SynthesisOutcome =
  | { ok: true; result: SynthesisResult; elapsedMs: number }
  | { ok: false; errors: ValidationError[] }
  | { ok: false; tooLarge: SynthesisResult['size'] & { max: number } }
  | { ok: false; message: string };

export type LeadTimeOutcome = { ok: true; values: LeadTimeValue[] } | { ok: false; errors: ValidationError[] } | { ok: false; message: string };

/** round of at most rounds: a solve of the programme, each followed by an engine run */
type Progress = (round: number, rounds: number) => void;

let solver: Promise<Solver> | null = null;
/** Warmed once per worker, from prepareSolver only: a synthesis that loads the solver itself gains nothing from warming it first. */
let warmed = false;

function loadSolver(): Promise<Solver> {
  solver ??= import('highs').then(({ default: loadHighs }) => loadHighs({ locateFile: () => highsWasm })).then(highsSolver);
  return solver;
}

export const synthesisApi = {
  /** Fetch, compile and warm up the solver while the user is still filling in the form (the synthesis tool was opened). */
  async prepareSolver(): Promise<void> {
    const loaded = await loadSolver().catch(() => (solver = null));
    if (loaded && !warmed) {
      warmed = true;
      warmUp(loaded);
    }
  },

  async synthesize(input: unknown, options: SynthesisOptions, onProgress?: Progress): Promise<SynthesisOutcome> {
    const started = performance.now();
    const v = validateScenario(input);
    if (!v.ok) return { ok: false, errors: v.errors };
    try {
      const highs = await loadSolver();
      const rounds = options.maxRounds ?? DEFAULT_ROUNDS;
      // The programme is built before anything is solved: one past the cap is turned away with its size.
      const max = Math.min(options.maxColumns ?? Infinity, MAX_BROWSER_COLUMNS);
      const result = synthesize(v.scenario, highs, { ...options, maxColumns: max }, (round) => onProgress?.(round, rounds));
      if (result.status === 'tooLarge') return { ok: false, tooLarge: { ...result.size, max } };
      return { ok: true, result, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      solver = null;
      return failure(error);
    }
  },
  /** A year of building lead time either way, solved from the basis a synthesis of the same scenario and options left: asked for once its plan is shown. */
  async leadTime(input: unknown, options: SynthesisOptions, basis: LeadTimeBasis): Promise<LeadTimeOutcome> {
    const v = validateScenario(input);
    if (!v.ok) return { ok: false, errors: v.errors };
    try {
      return { ok: true, values: leadTimeValues(v.scenario, await loadSolver(), options, basis) };
    } catch (error) {
      solver = null;
      return failure(error);
    }
  },
};
