/**
 * Worked cases of validation share one form: break the small fixture in one way, and exactly one
 * error comes back, at the path given, naming the offending value and what is allowed in both languages.
 */
import { expect } from 'vitest';
import { validateScenario, type ValidationError } from './validateScenario';

// Loose view of the fixture so a case can break it in ways the type forbids.
export type Loose = Record<string, any>;

export const C = (d: number, s: number, c: number) => `city.districts[${d}].streets[${s}].communities[${c}]`;

export function errorsOf(input: unknown): ValidationError[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

export interface Case {
  name: string;
  break: (s: Loose) => void;
  path: string;
  /** words each message must contain: the offending value or key, and what is allowed */
  zh: string[];
  en: string[];
}

export function expectOnlyProblem(c: Case, fixture: object): void {
  const input = fixture as Loose;
  c.break(input);
  const errors = errorsOf(input);
  expect(errors.map((e) => e.path)).toEqual([c.path]);
  const [error] = errors;
  expect(error.zh.length).toBeGreaterThan(0);
  expect(error.en.length).toBeGreaterThan(0);
  for (const word of c.zh) expect(error.zh).toContain(word);
  for (const word of c.en) expect(error.en).toContain(word);
}
