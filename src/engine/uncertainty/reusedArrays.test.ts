/**
 * Draws reuse their arrays (arena.ts), and those a run overwrites whole every year are lent as the last
 * draw left them, not cleared. A run whose overwritten arrays start full of junk gives every figure of
 * a run on fresh zeroed arrays, to the last bit; and one array left out of the clear that a run only
 * adds to would change figures, which shows the test can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { arbScenario } from '../../fixtures/arbScenario';
import { projectionDifferences as differences } from '../../fixtures/projectionDifferences';
import type { Alloc } from '../arena';
import { prepareCoverage } from '../coverage/prepare';
import { flatten } from '../flatten';
import { RULE_SET_IDS } from '../policyLibrary';
import { project } from '../project';
import type { Scenario } from '../scenario';
import { hashOf } from './hashSummary';
import { createDrawContext } from './drawContext';
import { runDraws } from './runDraws';

/** Junk unlike any figure: NaN, a huge value, −0 and a negative count, in turn. */
const JUNK = [NaN, 1e300, -0, -12345];

/**
 * Arrays as an Arena lends them, except that those asked for as overwritten come full of junk; with
 * `alsoJunk`, so does every array of that type and length, the first time one is asked for zeroed.
 */
function junkAlloc(alsoJunk?: { type: 'f64' | 'i32'; done: boolean }): Alloc {
  const fill = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(a: T): T => {
    for (let i = 0; i < a.length; i++) a[i] = JUNK[i % JUNK.length];
    return a;
  };
  const lend = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(make: () => T, type: 'f64' | 'i32' | 'u16' | 'u8', overwritten?: boolean): T => {
    if (overwritten) return fill(make());
    if (alsoJunk && !alsoJunk.done && alsoJunk.type === type) {
      alsoJunk.done = true;
      return fill(make());
    }
    return make();
  };
  return {
    f64: (k, over) => lend(() => new Float64Array(k), 'f64', over),
    i32: (k, over) => lend(() => new Int32Array(k), 'i32', over),
    u16: (k, over) => lend(() => new Uint16Array(k), 'u16', over),
    u8: (k, over) => lend(() => new Uint8Array(k), 'u8', over),
  };
}

const fresh = (s: Scenario) => project(s);
const onJunk = (s: Scenario, alloc: Alloc = junkAlloc()) => project(s, {}, { flat: flatten(s.city), prep: prepareCoverage(s), alloc });

const scenariosDir = new URL('../../../scenarios/', import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(file, scenariosDir)), 'utf8'));
const read = (file: string): Scenario => (file.startsWith('training/') ? json(file).scenario : json(file));
const BUILT_INS = ['demo-15th-fyp.json', 'nanjing-2007-2010.json', 'qinghu-2026-2030.json'];
const TRAINING = readdirSync(fileURLToPath(new URL('training/', scenariosDir))).filter((f) => f.endsWith('.json')).map((f) => `training/${f}`);

describe('arrays a run overwrites, lent full of junk', () => {
  it('give every figure of fresh arrays on the built-ins and exercises under every rule set', () => {
    for (const file of [...BUILT_INS, ...TRAINING]) {
      for (const id of RULE_SET_IDS) {
        const s = { ...read(file), ruleSet: { ...read(file).ruleSet, id } };
        expect(differences(onJunk(s), fresh(s)), `${file} under ${id}`).toEqual([]);
      }
    }
  });

  it('give every figure of fresh arrays on random scenarios', () => {
    fc.assert(
      fc.property(arbScenario, (s) => differences(onJunk(s), fresh(s)).length === 0),
      { numRuns: 60 },
    );
  });

  it('give every figure of fresh arrays under each building order, with money binding building and hiring', () => {
    // The building scratch (claims, and the order's or shares' out) is read by a different path per
    // order, and the claims by hiring when money cuts it: each must be written before it is read.
    const orders = ['worstFirst', 'nearestFirst', 'proRata'] as const;
    const bound = { building: 0, hiring: 0 };
    fc.assert(
      fc.property(arbScenario, fc.constantFrom(...orders), (s, order) => {
        const ordered: Scenario = { ...s, plan: { ...s.plan, building: { ...s.plan.building, order } } };
        const p = fresh(ordered);
        if (p.building.some((b) => b.limitedBy === 'budget' && b.started > 0)) bound.building++;
        if (p.hiring.some((h) => h.limitedBy === 'budget' && h.hired > 0)) bound.hiring++;
        return differences(onJunk(ordered), p).length === 0;
      }),
      { numRuns: 150 },
    );
    // Money cut building part-way, and hiring, in some of the scenarios compared.
    expect(bound.building).toBeGreaterThan(0);
    expect(bound.hiring).toBeGreaterThan(0);
  });

  it('would change figures if an array the run adds to were left uncleared', () => {
    // hires and the cost lines are added to, never written whole: junk in the first of them shows.
    const s = demoScenario();
    expect(differences(onJunk(s, junkAlloc({ type: 'i32', done: false })), fresh(s)).length).toBeGreaterThan(0);
    expect(differences(onJunk(s, junkAlloc({ type: 'f64', done: false })), fresh(s)).length).toBeGreaterThan(0);
  });
});

describe('draws in one context', () => {
  it('give each draw as a context of its own does, whatever the draws before it left in the arrays', () => {
    const s = demoScenario();
    const ctx = createDrawContext(s);
    // Draws 5–9 after 0–4 in one context, against 5–9 in a fresh one, and each of them alone.
    runDraws(s, 0, 5, undefined, ctx);
    const after = runDraws(s, 5, 10, undefined, ctx);
    expect(hashOf(after)).toBe(hashOf(runDraws(s, 5, 10)));
    for (let k = 5; k < 10; k++) expect(hashOf(runDraws(s, k, k + 1, undefined, ctx).series), `draw ${k}`).toBe(hashOf(runDraws(s, k, k + 1).series));
  });
});
