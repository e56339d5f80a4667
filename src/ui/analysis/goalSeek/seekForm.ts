/**
 * The Goal seek form's boxes as the engine's options, or the problem to show beside them. Pure, so
 * the rules (percent typed, draws whole, range in the lever's unit) are tested without a page.
 */
import type { Scenario } from '../../../engine/scenario';
import { rangeFrom, type LeverChoice } from './levers';

export type SeekMode = 'certain' | 'probable';

export interface SeekForm {
  lo: string;
  hi: string;
  mode: SeekMode;
  /** percent as typed: "80" */
  probability: string;
  /** draws per value tried; empty for the default */
  draws: string;
}

export type SeekProblem = 'unreadable' | 'reversed' | 'needBoth' | 'probability' | 'draws';

export interface SeekRequest {
  range?: [number, number];
  probability?: number;
  draws?: number;
}

/** The schema's most draws (src/io/uncertaintySchema.ts, DRAWS_MAX). */
const DRAWS_MAX = 10_000;

/**
 * Each value tried in a seek over uncertainty runs all its draws, and a seek tries about fifteen
 * values (nine samples, then bisection), so it asks for at most this many draws a value unless told
 * otherwise (estimate: a few minutes for the 800-community demo on a two-core laptop).
 */
export const SEEK_DRAWS_DEFAULT = 200;

export function defaultSeekDraws(scenario: Scenario): number {
  return Math.min(scenario.uncertainty?.draws ?? SEEK_DRAWS_DEFAULT, SEEK_DRAWS_DEFAULT);
}

export function seekRequest(
  form: SeekForm,
  choice: LeverChoice,
  fallback: [number, number] | null,
  scenario: Scenario,
): { ok: true; request: SeekRequest } | { ok: false; problem: SeekProblem } {
  const range = rangeFrom(choice, form.lo, form.hi, fallback);
  if (!range.ok) return { ok: false, problem: range.problem };
  if (form.mode === 'certain' || !scenario.uncertainty) return { ok: true, request: range.range ? { range: range.range } : {} };
  const percent = Number(form.probability.replace('%', '').trim());
  if (form.probability.trim() === '' || !Number.isFinite(percent) || percent < 1 || percent > 100) return { ok: false, problem: 'probability' };
  const draws = form.draws.trim() === '' ? defaultSeekDraws(scenario) : Number(form.draws.replace(/[,，\s]/g, ''));
  if (!Number.isInteger(draws) || draws < 1 || draws > DRAWS_MAX) return { ok: false, problem: 'draws' };
  return { ok: true, request: { ...(range.range && { range: range.range }), probability: percent / 100, draws } };
}
