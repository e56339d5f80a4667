/**
 * 10,000 scenario files, generated or damaged (./jsonMutations.ts), through validateScenario: it never
 * throws, never changes its input, accepts only finite numbers, and every rejection names a path and
 * says what is wrong in Chinese and in English.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateScenario } from '../validateScenario';
import { applyMutation, mutation, targetsOf } from './jsonMutations';
import { smallSources, wholeSources, type Source } from '../../fixtures/fuzzSources';

// 4 small sources × 2,000 + 2 whole built-ins × 400 + 1,200 generated = 10,000 files.
const RUNS = { small: 2000, whole: 400, generated: 1200 };

const stats = { runs: 0, rejected: 0, accepted: 0, errors: 0, migratedFromV0: 0 };

function isPlainObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object') return true;
  return Object.values(v).every(allFinite);
}

function check(input: unknown, snapshot: boolean): void {
  stats.runs++;
  const before = snapshot ? JSON.stringify(input) : null;
  const result = validateScenario(input);
  if (before !== null) expect(JSON.stringify(input)).toBe(before);
  if (result.ok) {
    stats.accepted++;
    expect(allFinite(result.scenario)).toBe(true);
    return;
  }
  stats.rejected++;
  stats.errors += result.errors.length;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(typeof e.path).toBe('string');
    // Only a file that is not an object at all is wrong as a whole.
    if (isPlainObject(input)) expect(e.path, e.en).not.toBe('');
    expect(e.zh, e.path).toMatch(/[\u4e00-\u9fff]/);
    expect(e.en, e.path).toMatch(/[A-Za-z]{3}/);
    // zod's own English text means an issue kind went untranslated.
    expect(e.en, e.path).not.toMatch(/^is not valid:/);
  }
}

function fuzz(source: Source, numRuns: number, snapshot: boolean): void {
  const targets = targetsOf(source.make());
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      const doc = source.make();
      for (const m of mutations) applyMutation(doc, targets, m);
      check(doc, snapshot);
    }),
    { numRuns, seed: 20260101 },
  );
}

describe('validateScenario under fuzzing', () => {
  for (const source of smallSources()) {
    it(`${source.name}: ${RUNS.small} damaged copies`, () => fuzz(source, RUNS.small, true));
  }

  for (const source of wholeSources()) {
    it(`${source.name} whole: ${RUNS.whole} damaged copies`, () => fuzz(source, RUNS.whole, false), 60_000);
  }

  it(`${RUNS.generated} generated files: random JSON, and random objects with the scenario's keys`, () => {
    const scenarioish = fc.dictionary(
      fc.constantFrom('schemaVersion', 'name', 'horizon', 'city', 'ruleSet', 'plan', 'targets', 'seed', 'ruleSetOverrides'),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), scenarioish), (input) => check(input, true)),
      { numRuns: RUNS.generated, seed: 20260102 },
    );
  });

  afterAll(() => {
    console.log(
      `scenario fuzz: ${stats.runs} files, ${stats.rejected} rejected (${stats.errors} problems named), ${stats.accepted} accepted`,
    );
  });
});
