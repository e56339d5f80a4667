/**
 * Passes that hand a national city to their loops a chunk at a time (chunk.ts) give every figure of a
 * pass in one go, to the last bit: each run is made with chunks of 1 to 5 entities, so every loop's sums
 * cross many chunk boundaries, and compared with a run whose chunk holds the whole city; random
 * targets on every metric read the metrics' passes in chunks too.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { arbMoneyBinding } from '../fixtures/arbMoneyBinding';
import { arbScenario } from '../fixtures/arbScenario';
import { withTargets } from '../fixtures/arbTargets';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { exactJson, projectionDifferences } from '../fixtures/projectionDifferences';
import { runScenario } from './run';
import type { Scenario } from './scenario';

const chunk = vi.hoisted(() => ({ size: 1024 }));
vi.mock('./chunk', () => ({
  get CHUNK() {
    return chunk.size;
  },
}));

/** The differences between a run in chunks of `size` and one in a single chunk. */
function differences(s: Scenario, size: number): string[] {
  chunk.size = size;
  const chunked = runScenario(s);
  chunk.size = 2 ** 30;
  const whole = runScenario(s);
  const found = projectionDifferences(chunked.projection, whole.projection, Infinity);
  if (exactJson(chunked.verdicts) !== exactJson(whole.verdicts)) found.push('verdicts differ');
  return found;
}

describe('passes in chunks', () => {
  it('give the demo city in chunks of 7 every bit of one pass', () => {
    expect(differences(demoScenario(), 7)).toEqual([]);
  });

  it('give random cities in chunks of 1 to 5 every bit of one pass', () => {
    fc.assert(
      fc.property(withTargets(arbScenario), fc.integer({ min: 1, max: 5 }), (s, size) => {
        expect(differences(s, size)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('give random cities whose money binds hiring, in chunks of 1 to 5, every bit of one pass', () => {
    fc.assert(
      fc.property(withTargets(arbMoneyBinding), fc.integer({ min: 1, max: 5 }), (s, size) => {
        expect(differences(s, size)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
