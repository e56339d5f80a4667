/**
 * The comparison worker: two to four scenarios run and set side by side (src/engine/compare.ts), off
 * the page's thread. Each scenario is validated first; one that fails is reported with its position.
 */
import { expose } from 'comlink';
import { compare, type Comparison, type Scenario } from '../src/engine';
import { validateScenario, type ValidationError } from '../src/io/validateScenario';

export type { ValidationError } from '../src/io/validateScenario';

export type CompareOutcome =
  | { ok: true; comparison: Comparison; elapsedMs: number }
  | { ok: false; index: number; errors: ValidationError[] }
  | { ok: false; index: -1; message: string };

const api = {
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
      return { ok: false, index: -1, message: error instanceof Error ? error.message : String(error) };
    }
  },
};

export type CompareApi = typeof api;

expose(api);
