/**
 * The engine worker's comparison call: two to four scenarios run and set side by side
 * (src/engine/compare.ts). Each scenario is validated first; one that fails is reported with its position.
 */
import { compare, type Comparison, type Scenario } from '../src/engine';
import type { ValidationError } from '../src/io/validateScenario';
import { validateScenario } from './validator';
import { failure } from './failure';

export type CompareOutcome =
  | { ok: true; comparison: Comparison; elapsedMs: number }
  | { ok: false; index: number; errors: ValidationError[] }
  | { ok: false; index: -1; message: string };

export const compareApi = {
  compare(inputs: unknown[]): CompareOutcome {
    const started = performance.now();
    const scenarios: Scenario[] = [];
    for (const [index, input] of inputs.entries()) {
      const v = validateScenario(input);
      if (!v.ok) return { ok: false, index, errors: v.errors };
      scenarios.push(v.scenario);
    }
    try {
      return { ok: true, comparison: compare(scenarios), elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      return { index: -1, ...failure(error) };
    }
  },
};
