/**
 * Narrow storage must not move a figure: cost lines kept in 32-bit integers (wholeLines.ts) and counts
 * (wholeCounts.ts) give, through every reader of a run, what 64-bit floats give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../fixtures/arbScenario';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { smallScenario } from '../fixtures/smallScenario';
import type { Alloc } from './arena';
import { prepareCoverage } from './coverage/prepare';
import { flatten } from './flatten';
import { horizonYears, ruleSetOf } from './project';
import { COST_LINES, costLineIndex } from './runState';
import { resolveParams } from './resolveParams';
import { runScenario, type RunResult } from './run';
import { buildRunView } from './runView';
import type { Scenario } from './scenario';
import { summarize } from './summary';
import { wholeLines } from './wholeLines';

function whole(s: Scenario): boolean[] {
  const years = horizonYears(s);
  return wholeLines(COST_LINES, resolveParams(ruleSetOf(s), s.ruleSet.overrides, years), years);
}

const legal = costLineIndex('legalAdviser', 'district');

describe('whole-yuan cost lines', () => {
  it('are the once-per-entity lines whose unit cost is whole every year, and no per-worker line or pay', () => {
    const w = whole(smallScenario());
    // GOV2020-5: 20,000 yuan a community a year for a legal adviser, 36,000 a village for a police assistant.
    expect([w[legal], w[costLineIndex('policeAssistant', 'district')], w[costLineIndex('elections', 'district')]]).toEqual([true, true, true]);
    expect([w[costLineIndex('staffPay', 'city')], w[costLineIndex('operatingFunds', 'district')], w[costLineIndex('building', 'district')]]).toEqual([false, false, false]);
  });

  it('are not whole when a unit cost has a fraction of a yuan or passes 2³¹ − 1 in any year', () => {
    const at = (value: number) => {
      const s = smallScenario();
      s.ruleSet.overrides = { ...s.ruleSet.overrides, 'funds.legalAdviserPerCommunity': value };
      return whole(s)[legal];
    };
    expect([at(20_000.5), at(2 ** 31), at(-(2 ** 31)), at(2 ** 31 - 1), at(-(2 ** 31 - 1))]).toEqual([false, false, false, true, true]);
  });
});

/** Arrays as a fresh run makes them, except that 32-bit integer arrays are 64-bit floats: the wide storage. */
const wide: Alloc = {
  f64: (k) => new Float64Array(k),
  i32: (k) => new Float64Array(k) as unknown as Int32Array,
  u8: (k) => new Uint8Array(k),
};

/** Everything the readers make of a run, −0 told from +0 and typed arrays as plain numbers. */
function read(r: RunResult, s: Scenario): string {
  const p = r.projection;
  const mark = (_: string, v: unknown) => (Object.is(v, -0) ? '-0' : ArrayBuffer.isView(v) ? Array.from(v as Float64Array, (x) => (Object.is(x, -0) ? '-0' : x)) : v);
  return JSON.stringify({ series: p.series, costs: p.costs, view: buildRunView(r, s), summary: summarize(r, s.targets) }, mark);
}

const narrowAndWide = (s: Scenario) => {
  const narrow = runScenario(s);
  const wideRun = runScenario(s, {}, { flat: flatten(s.city), prep: prepareCoverage(s), alloc: wide });
  return { narrow, same: read(narrow, s) === read(wideRun, s) };
};

describe('runs on narrow storage', () => {
  it('read as on 64-bit floats for the demo', () => {
    const { narrow, same } = narrowAndWide(demoScenario());
    expect(narrow.projection.costs.some((c) => c instanceof Int32Array)).toBe(true);
    expect(same).toBe(true);
  });

  it('read as on 64-bit floats where a per-community fund has a fraction of a yuan', () => {
    const s = smallScenario();
    s.ruleSet.overrides = { ...s.ruleSet.overrides, 'funds.legalAdviserPerCommunity': 20_000.5 };
    expect(narrowAndWide(s).same).toBe(true);
  });

  it('read as on 64-bit floats for random scenarios under every rule set', () => {
    let narrowed = 0;
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { narrow, same } = narrowAndWide(s);
        if (narrow.projection.costs.some((c) => c instanceof Int32Array)) narrowed++;
        return same;
      }),
      { numRuns: 40 },
    );
    // The property is not empty: GOV2020's and NT2011's per-community funds are whole yuan.
    expect(narrowed).toBeGreaterThan(0);
  });
});
