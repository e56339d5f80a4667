import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { runScenario } from '../run';
import type { Scenario } from '../scenario';
import { applyDraw } from './applyDraw';
import { mergeChunks } from './drawChunk';
import { drawInputs } from './drawInputs';
import { hashOf } from './hashSummary';
import { runDraws } from './runDraws';
import { summariseDraws } from './summariseDraws';

const N = 40;
const demo = demoScenario();
const whole = runDraws(demo, 0, N);

describe('runDraws split among workers', () => {
  it('hashes the same summary for 1, 2 and 3 contiguous ranges, merged in order', () => {
    const one = hashOf(summariseDraws([whole]));
    const k = 17;
    const two = [runDraws(demo, 0, k), runDraws(demo, k, N)];
    expect(hashOf(summariseDraws(two))).toBe(one);
    // Chunks may arrive in any order; summariseDraws merges them by draw index.
    expect(hashOf(summariseDraws([...two].reverse()))).toBe(one);
    const three = [[0, 13], [13, 27], [27, N]].map(([from, to]) => runDraws(demo, from, to));
    expect(hashOf(summariseDraws(three))).toBe(one);
    expect(hashOf(mergeChunks(three))).toBe(hashOf(whole));
  });

  it('changes the hash when the seed changes', () => {
    const other = runDraws({ ...demo, seed: demo.seed + 1 }, 0, N);
    expect(hashOf(summariseDraws([other]))).not.toBe(hashOf(summariseDraws([whole])));
  });

  it('reads the rule set as overridden, year by year, as each draw’s own full run does', () => {
    // The draws' context resolves the parameters once for every draw; an override from 2028 on tells
    // a table made for the wrong years, and one left out, from the draws' own runs.
    const s: Scenario = { ...demo, ruleSet: { ...demo.ruleSet, overrides: { 'staffing.householdsPerWorker': { '2028': 250 } } } };
    const chunk = runDraws(s, 0, 4);
    const nt = s.targets.length;
    for (let k = 0; k < 4; k++) {
      runScenario(applyDraw(s, drawInputs(s, k))).verdicts.forEach((v, t) => {
        expect(chunk.values[k * nt + t], `draw ${k} ${v.targetId}`).toBe(v.value ?? NaN);
        expect(chunk.met[k * nt + t], `draw ${k} ${v.targetId}`).toBe(v.met ? 1 : 0);
      });
    }
    expect(hashOf(chunk.values)).not.toBe(hashOf(whole.values.subarray(0, 4 * nt)));
  });

  it('refuses chunks with a gap between them', () => {
    expect(() => mergeChunks([runDraws(demo, 0, 2), runDraws(demo, 3, 4)])).toThrow(/missing/);
  });
});

describe('summariseDraws', () => {
  const s = summariseDraws([whole]);
  const nt = whole.targetIds.length;

  it('gives each target the share of draws that meet it, a probability in [0, 1]', () => {
    s.targets.forEach((t, j) => {
      let met = 0;
      for (let k = 0; k < N; k++) met += whole.met[k * nt + j];
      expect(t.probability).toBe(met / N);
      expect(t.probability).toBeGreaterThanOrEqual(0);
      expect(t.probability).toBeLessThanOrEqual(1);
    });
    // Not every draw agrees: some targets are uncertain under the demo's inputs.
    expect(s.targets.some((t) => t.probability > 0 && t.probability < 1)).toBe(true);
  });

  it('orders each fan’s quantiles and keeps coverage as a share', () => {
    expect(s.fans.map((f) => f.name)).toEqual(['inPost', 'staffGap', 'spaceGap', 'spending.city', 'spending.district', 'spending.street', 'coverage.all5']);
    for (const f of s.fans) {
      for (const y of f.years) expect(y.p5 <= y.p25 && y.p25 <= y.p50 && y.p50 <= y.p75 && y.p75 <= y.p95).toBe(true);
    }
    const cov = s.fans.find((f) => f.name === 'coverage.all5')!;
    for (const y of cov.years) expect(y.p5 >= 0 && y.p95 <= 1).toBe(true);
  });

  it('ranks hiring success first for the worker gap, with household growth among the first three pulling the other way', () => {
    const gap = s.tornado.find((t) => t.targetId === 'staff-gap-2028')!;
    // More of the planned recruitment filled, a smaller gap; faster growth, more workers required. Under
    // GOV2020-3a's district quotas the city's budget (its half of the pay of each hire) ranks beside growth.
    expect([gap.bars[0].input, Math.sign(gap.bars[0].swing)]).toEqual(['hiringSuccess', -1]);
    const growth = gap.bars.findIndex((b) => b.input === 'householdGrowth');
    expect(growth).toBeLessThan(3);
    expect(Math.sign(gap.bars[growth].swing)).toBe(1);
    const bar = gap.bars[0];
    expect(bar.inputLow).toBeLessThan(bar.inputHigh);
    const sizes = gap.bars.map((b) => Math.abs(b.swing));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('summarises an input that never varies as moving nothing', () => {
    const fixed = { ...demo, uncertainty: { draws: 8, inputs: [{ what: 'wageGrowth' as const, distribution: { kind: 'uniform' as const, min: 0, max: 1e-300 } }] } };
    const bar = summariseDraws([runDraws(fixed, 0, 8)]).tornado[0].bars[0];
    expect(bar.swing).toBe(0);
  });
});
