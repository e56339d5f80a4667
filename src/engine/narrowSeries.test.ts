/**
 * A run whose counts are kept in 32-bit integers (wholeCounts.ts) gives every figure of the same run in
 * 64-bit floats, to the last bit: series, cost lines, payers, hiring, building and verdicts. And the
 * check that allows it matters: kept in 32 bits where it says no, figures would change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { arbScenario } from '../fixtures/arbScenario';
import { forcedRun } from '../fixtures/forcedRun';
import { exactJson, projectionDifferences } from '../fixtures/projectionDifferences';
import { smallScenario } from '../fixtures/smallScenario';
import { community, tinyCity } from '../fixtures/tinyCity';
import { RULE_SET_IDS } from './policyLibrary';
import { runScenario } from './run';
import type { Scenario } from './scenario';

/** null: the run decides; true or false: every run keeps its counts in 32 bits, or in 64. */
const force = vi.hoisted(() => ({ narrow: null as boolean | null }));
vi.mock('./wholeCounts', async (original) => {
  const real = await original<typeof import('./wholeCounts')>();
  return { ...real, countsFit: (...args: Parameters<typeof real.countsFit>) => force.narrow ?? real.countsFit(...args) };
});

const scenariosDir = new URL('../../scenarios/', import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(file, scenariosDir)), 'utf8'));
const read = (file: string): Scenario => (file.startsWith('training/') ? json(file).scenario : json(file));
const BUILT_INS = ['demo-15th-fyp.json', 'nanjing-2007-2010.json', 'qinghu-2026-2030.json'];
const TRAINING = readdirSync(fileURLToPath(new URL('training/', scenariosDir))).filter((f) => f.endsWith('.json')).map((f) => `training/${f}`);

const run = (s: Scenario, narrow: boolean | null) => forcedRun(force, s, narrow);

/** Where two runs differ, every value of both projections (fixtures/projectionDifferences.ts) and the verdicts. */
function differences(a: ReturnType<typeof runScenario>, b: ReturnType<typeof runScenario>): string[] {
  const out = projectionDifferences(a.projection, b.projection, Infinity);
  if (exactJson(a.verdicts) !== exactJson(b.verdicts)) out.push('verdicts differ');
  return out;
}

describe('counts kept in 32-bit integers', () => {
  it('give every figure of 64-bit floats on the built-ins and exercises under every rule set', () => {
    let narrowed = 0;
    for (const file of [...BUILT_INS, ...TRAINING]) {
      for (const id of RULE_SET_IDS) {
        const s = { ...read(file), ruleSet: { ...read(file).ruleSet, id } };
        const kept = run(s, null);
        if (kept.projection.series.inPost instanceof Int32Array) narrowed++;
        expect(differences(kept, run(s, false)), `${file} under ${id}`).toEqual([]);
      }
    }
    expect(narrowed).toBe((BUILT_INS.length + TRAINING.length) * RULE_SET_IDS.length);
  });

  it('give every figure of 64-bit floats on random scenarios', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const kept = run(s, null);
        return kept.projection.series.households instanceof Int32Array && differences(kept, run(s, false)).length === 0;
      }),
      { numRuns: 60 },
    );
  });

  it('would change figures where the check keeps 64 bits: fractional posts, households past 2³¹', () => {
    // CS2010 counts per community (GOV2020's district quota places whole workers): a minimum of 4.5 makes hires of 2.5.
    const posts = smallScenario();
    posts.ruleSet = { id: 'CS2010', overrides: { ...posts.ruleSet.overrides, 'staffing.minPerCommunity': 4.5 } };
    const growing = tinyCity([community({ id: 'C1', households: 1_000_000, residents: 1_000_000, growth: 1 })], { horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2037 } });
    for (const s of [posts, growing]) {
      const kept = run(s, null);
      expect(kept.projection.series.households).toBeInstanceOf(Float64Array);
      expect(differences(kept, run(s, false))).toEqual([]);
      expect(differences(kept, run(s, true)).length).toBeGreaterThan(0);
    }
  });
});
