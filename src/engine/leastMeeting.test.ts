import { describe, expect, it } from 'vitest';
import { leastMeeting, type Grid, type Probe, type SearchResult } from './leastMeeting';

/** Drives the search with an outcome function; threshold t: met when outcome ≥ t. */
function run(g: Grid, outcome: (v: number) => number, t: number, samples = 9): SearchResult {
  const search = leastMeeting(g, samples);
  let step = search.next();
  while (!step.done) {
    const score = outcome(step.value);
    step = search.next({ score, met: score >= t } satisfies Probe);
  }
  return step.value;
}

describe('leastMeeting', () => {
  it.each([
    // outcome = v on 0, 1, …, 100: the least v with v ≥ 37 is 37
    { name: 'a straight line', g: { lo: 0, hi: 100, step: 1 }, f: (v: number) => v, t: 37, value: 37 },
    // steps of 0.1 from 0 to 1: v² ≥ 0.2 first at 0.5 (0.4² = 0.16); values come out as typed, not 0.30000000000000004
    { name: 'a curve on a decimal grid', g: { lo: 0, hi: 1, step: 0.1 }, f: (v: number) => v * v, t: 0.2, value: 0.5 },
    // met already at lo
    { name: 'met at the bottom of the range', g: { lo: 5, hi: 50, step: 5 }, f: () => 1, t: 0, value: 5 },
    // hi is not a whole number of steps from lo: it is still the last point
    { name: 'a range that is not a whole number of steps', g: { lo: 0, hi: 10, step: 3 }, f: (v: number) => v, t: 10, value: 10 },
  ])('$name', ({ g, f, t, value }) => {
    const r = run(g, f, t);
    expect(r.value).toBe(value);
    expect(r.reversals).toEqual([]);
  });

  it('probes each point once: 9 samples plus bisection', () => {
    const r = run({ lo: 0, hi: 1000, step: 1 }, (v) => v, 600);
    // samples at 0, 125, …, 1000; 600 lies between 500 and 625: ⌈log₂ 125⌉ = 7 more probes
    expect(r.value).toBe(600);
    expect(r.probes.length).toBe(9 + 7);
    expect(new Set(r.probes.map((p) => p.value)).size).toBe(r.probes.length);
  });

  it('names the sampled points where the outcome falls, and returns null when none meets', () => {
    const r = run({ lo: 0, hi: 8, step: 1 }, (v) => -Math.abs(v - 4), 1);
    expect(r.value).toBeNull();
    expect(r.reversals).toEqual([
      { from: 4, to: 5 },
      { from: 5, to: 6 },
      { from: 6, to: 7 },
      { from: 7, to: 8 },
    ]);
  });
});
