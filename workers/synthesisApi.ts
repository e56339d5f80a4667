/// <reference types="vite/client" />
/**
 * The engine worker's plan synthesis: the same synthesize() the CLI runs, with HiGHS loaded on the
 * first call only (its WebAssembly is 3.5 MB; most sessions never synthesize). The .wasm is the
 * app's own asset, precached with the rest, so a synthesis runs offline and never fetches from
 * elsewhere. A solve cannot be interrupted from outside: cancel ends the worker (src/ui/workers/bridge.ts).
 */
import highsWasm from 'highs/runtime?url';
import { DEFAULT_ROUNDS, flatten, highsSolver, synthesize, type Scenario, type Solver, type SynthesisOptions, type SynthesisResult } from '../src/engine';
import { validateScenario, type ValidationError } from '../src/io/validateScenario';
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
  | { ok: false; tooLarge: { cols: number; max: number; communities: number; years: number } }
  | { ok: false; message: string };

/** round of at most rounds: a solve of the programme, each followed by an engine run */
type Progress = (round: number, rounds: number) => void;

/**
 * The programme's columns, at most: per year, a start per community and a hire and a stock per
 * district, a binary, three budgets; plus the capacity. Counted before anything is solved.
 */
export function columnBound(scenario: Scenario): { cols: number; communities: number; years: number } {
  const flat = flatten(scenario.city);
  const years = scenario.horizon.lastYear - scenario.horizon.firstYear + 1;
  return { cols: years * (flat.nCommunities + 2 * flat.nDistricts + 4) + 1, communities: flat.nCommunities, years };
}

let solver: Promise<Solver> | null = null;

function loadSolver(): Promise<Solver> {
  solver ??= import('highs').then(({ default: loadHighs }) => loadHighs({ locateFile: () => highsWasm })).then(highsSolver);
  return solver;
}

export const synthesisApi = {
  async synthesize(input: unknown, options: SynthesisOptions, onProgress?: Progress): Promise<SynthesisOutcome> {
    const started = performance.now();
    const v = validateScenario(input);
    if (!v.ok) return { ok: false, errors: v.errors };
    const bound = columnBound(v.scenario);
    if (bound.cols > MAX_BROWSER_COLUMNS) return { ok: false, tooLarge: { ...bound, max: MAX_BROWSER_COLUMNS } };
    try {
      const highs = await loadSolver();
      const rounds = options.maxRounds ?? DEFAULT_ROUNDS;
      const result = synthesize(v.scenario, highs, options, (round) => onProgress?.(round, rounds));
      return { ok: true, result, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      solver = null;
      return failure(error);
    }
  },
};
