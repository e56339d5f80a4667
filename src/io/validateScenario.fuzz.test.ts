/** Random damage to the small fixture: validation never throws, never mutates, and always says where and what. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenario';
import { smallScenario } from '../fixtures/smallScenario';
import { validateScenario } from './validateScenario';
import type { Loose } from './validateScenarioCases';

/** Every path to a value inside v, containers included, root excluded. */
function pathsIn(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  return entries.flatMap(([k, x]) => [[...prefix, k], ...pathsIn(x, [...prefix, k])]);
}

const FIXTURE_PATHS = pathsIn(smallScenario());

type Mutation = { kind: 'delete' | 'replace' | 'add'; at: (string | number)[]; value: unknown; key: string };

function apply(s: Scenario, m: Mutation): unknown {
  const root = s as unknown as Loose;
  const parent = m.at.slice(0, -1).reduce<Loose>((o, k) => o[k], root);
  const last = m.at[m.at.length - 1];
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'add' && parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    parent[last][m.key] = m.value;
  } else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return root;
}

describe('validateScenario: random damage', () => {
  it('never throws, and every rejection says where and what in both languages', () => {
    const mutation = fc.record({
      kind: fc.constantFrom<Mutation['kind']>('delete', 'replace', 'add'),
      at: fc.constantFrom(...FIXTURE_PATHS),
      value: fc.jsonValue(),
      key: fc.string({ minLength: 1, maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const s = smallScenario();
        let input: unknown = s;
        for (const m of mutations) {
          // An earlier mutation may have removed or replaced this path's parents.
          try {
            input = apply(s, m);
          } catch {
            continue;
          }
        }
        const snapshot = structuredClone(input);
        const result = validateScenario(input);
        expect(input).toEqual(snapshot);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(e.path).not.toBe('');
          expect(e.zh.trim()).not.toBe('');
          expect(e.en.trim()).not.toBe('');
          // The fallback carries zod's English text; reaching it means an issue kind went untranslated.
          expect(e.en).not.toMatch(/^is not valid:/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
