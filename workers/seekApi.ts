/**
 * The engine worker's goal-seek calls: search for the least value of a lever that meets a target, off
 * the page's thread. A deterministic seek runs here, one projection per value tried. A seek over
 * uncertainty runs its search here too but hands each candidate's draws back to the page, which
 * spreads them over its pool of engine workers (goalSeekAsync); the draws come back merged in order,
 * so the answer is the same for any number of workers.
 */
import {
  goalSeek,
  goalSeekAsync,
  leverRange,
  leverStep,
  setLever,
  type DrawChunk,
  type GoalSeekOptions,
  type GoalSeekResult,
  type Lever,
  type Scenario,
} from '../src/engine';
import type { ValidationError } from '../src/io/validateScenario';
import { validateScenario } from './validator';
import { failure } from './failure';

export type SeekOutcome =
  | { ok: true; result: GoalSeekResult; elapsedMs: number }
  | { ok: false; errors: ValidationError[] }
  | { ok: false; message: string };

/** The range a search covers unless told otherwise, and its step; ok false with a message when the lever has no range of its own. */
export type LeverFacts = { ok: true; range: [number, number]; step: number } | { ok: false; message: string };

type Progress = (done: number, total: number) => void;
type Options = Omit<GoalSeekOptions, 'onProgress'>;

function checked(input: unknown): { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] } {
  const v = validateScenario(input);
  return v.ok ? { ok: true, scenario: v.scenario } : { ok: false, errors: v.errors };
}

export const seekApi = {
  /** What the form shows of the lever before a seek; validation problems in one message, as the form has one line for them. */
  describeLever(input: unknown, lever: Lever, uncertain: boolean): LeverFacts {
    const c = checked(input);
    if (!c.ok) return { ok: false, message: c.errors.map((e) => `${e.path}: ${e.zh} / ${e.en}`).join('\n') };
    try {
      const range = leverRange(c.scenario, lever, uncertain);
      return range ? { ok: true, range, step: leverStep(lever) } : { ok: false, message: lever.path };
    } catch (error) {
      return failure(error);
    }
  },

  /** Deterministic, or over uncertainty in this one worker; onProgress is (values tried, the most the search needs). */
  seek(input: unknown, targetId: string, lever: Lever, options: Options, onProgress?: Progress): SeekOutcome {
    const started = performance.now();
    const c = checked(input);
    if (!c.ok) return c;
    try {
      const result = goalSeek(c.scenario, targetId, lever, { ...options, onProgress });
      return { ok: true, result, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      return failure(error);
    }
  },

  /**
   * Over uncertainty, with each candidate's draws run by the page: runDraws(candidate, draws) resolves
   * with draws [0, draws) of the candidate merged in order. Both callbacks are comlink proxies.
   */
  async seekOverDraws(
    input: unknown,
    targetId: string,
    lever: Lever,
    options: Options & { probability: number },
    runDraws: (candidate: Scenario, draws: number) => Promise<DrawChunk>,
    onProgress?: Progress,
  ): Promise<SeekOutcome> {
    const started = performance.now();
    const c = checked(input);
    if (!c.ok) return c;
    try {
      const result: GoalSeekResult = await goalSeekAsync(c.scenario, targetId, lever, { ...options, onProgress }, runDraws);
      return { ok: true, result, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      return failure(error);
    }
  },

  /** The scenario with the lever set, for "apply to a copy"; the engine's own setter, so nothing is computed twice two ways. */
  applyLever(scenario: Scenario, lever: Lever, value: number): Scenario {
    return setLever(scenario, lever, value);
  },
};
