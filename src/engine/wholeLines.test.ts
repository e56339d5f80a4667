/**
 * Narrow storage must not move a figure: cost lines kept in 16- or 32-bit integers (wholeLines.ts) and
 * counts (wholeCounts.ts) give, through every reader of a run, what 64-bit floats give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../fixtures/arbScenario';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { generateCity } from '../fixtures/demo/generateCity';
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
import { lineBytes } from './wholeLines';

function bytes(s: Scenario): number[] {
  const years = horizonYears(s);
  return lineBytes(COST_LINES, resolveParams(ruleSetOf(s), s.ruleSet.overrides, years), years);
}

const legal = costLineIndex('legalAdviser', 'district');

describe('whole-yuan cost lines', () => {
  it('are the once-per-entity lines whose unit cost is whole every year, and no per-worker line or pay', () => {
    const b = bytes(smallScenario());
    // GOV2020-5: 20,000 yuan a community a year for a legal adviser, 36,000 a village for a police assistant: both below 65,536.
    expect([b[legal], b[costLineIndex('policeAssistant', 'district')], b[costLineIndex('elections', 'district')]]).toEqual([2, 2, 2]);
    expect([b[costLineIndex('staffPay', 'city')], b[costLineIndex('operatingFunds', 'district')], b[costLineIndex('building', 'district')]]).toEqual([8, 8, 8]);
  });

  it('take 16 bits from 0 to 65,535 yuan, 32 bits to ±(2³¹ − 1), and 64-bit floats for a fraction of a yuan or beyond', () => {
    const at = (value: number) => {
      const s = smallScenario();
      s.ruleSet.overrides = { ...s.ruleSet.overrides, 'funds.legalAdviserPerCommunity': value };
      return bytes(s)[legal];
    };
    expect([at(1), at(65_535), at(65_536), at(-1), at(2 ** 31 - 1), at(-(2 ** 31 - 1))]).toEqual([2, 2, 4, 4, 4, 4]);
    expect([at(20_000.5), at(2 ** 31), at(-(2 ** 31))]).toEqual([8, 8, 8]);
  });
});

/** Arrays as a fresh run makes them, except that integer arrays are 64-bit floats: the wide storage. */
const wide: Alloc = {
  f64: (k) => new Float64Array(k),
  i32: (k) => new Float64Array(k) as unknown as Int32Array,
  u16: (k) => new Float64Array(k) as unknown as Uint16Array,
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
    expect(narrow.projection.costs.some((c) => c instanceof Uint16Array)).toBe(true);
    expect(same).toBe(true);
  });

  it('read as on 64-bit floats where a per-community fund is at either edge of 16 bits, negative or has a fraction of a yuan', () => {
    const kinds = [65_535, 65_536, -1, 20_000.5].map((value) => {
      const s = smallScenario();
      s.ruleSet.overrides = { ...s.ruleSet.overrides, 'funds.legalAdviserPerCommunity': value };
      const { narrow, same } = narrowAndWide(s);
      expect(same).toBe(true);
      return narrow.projection.costs[legal].constructor.name;
    });
    expect(kinds).toEqual(['Uint16Array', 'Int32Array', 'Int32Array', 'Float64Array']);
  });

  it('read as on 64-bit floats for a generated city of 3,000 communities', () => {
    const demo = demoScenario();
    const city = generateCity({ seed: 20260101, districts: 10, streetsPerDistrict: 15, communitiesPerStreet: 20, baseYear: demo.horizon.baseYear });
    const s: Scenario = { ...demo, city, plan: { ...demo.plan, building: { ...demo.plan.building, projects: [] }, facilities: undefined }, targets: [] };
    const { narrow, same } = narrowAndWide(s);
    expect(narrow.projection.costs.filter((c) => c instanceof Uint16Array).length).toBeGreaterThan(0);
    expect(same).toBe(true);
  });

  it('read as on 64-bit floats for random scenarios under every rule set', () => {
    let narrowed = 0;
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { narrow, same } = narrowAndWide(s);
        if (narrow.projection.costs.some((c) => c instanceof Uint16Array || c instanceof Int32Array)) narrowed++;
        return same;
      }),
      { numRuns: 40 },
    );
    // The property is not empty: GOV2020's and NT2011's per-community funds are whole yuan.
    expect(narrowed).toBeGreaterThan(0);
  });
});
