import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { coverage } from '../coverage/coverage';
import { prepareCoverage } from '../coverage/prepare';
import { horizonYears } from '../project';
import { delayed } from './coverageCache';
import { coverageSeed, firstPlanned, possibleDelays, seedFits } from './coverageSeed';

const demo = demoScenario();
const prep = prepareCoverage(demo)!;
const seed = coverageSeed(demo, prep);

describe('coverageSeed', () => {
  it('rasters every delay a draw can have, keeping only the shares the draws read', () => {
    // the demo's building delay is triangular on [0, 1.5] years, which rounds to 0 or 1
    expect(seed.delays).toEqual([0, 1]);
    expect(possibleDelays(demo)).toEqual([0, 1]);
    const r = seed.results[0];
    expect(r.uncovered.count).toBe(0);
    // all5 for the key series, plus each coverage target's key, no other
    expect(Object.keys(r.communityShare).sort()).toEqual([...r.keys].sort());
    expect(r.keys).toContain('all5');
    expect(r.communityShare.all5.length).toBe(seed.years.length * prep.nCommunities);
  });

  it('does not fit a scenario it was not made for: another horizon, or delays it has no raster for', () => {
    expect(seedFits(seed, demo, prep.nCommunities)).toBe(true);
    const longer = { ...demo, horizon: { ...demo.horizon, lastYear: demo.horizon.lastYear + 1 } };
    expect(seedFits(seed, longer, prep.nCommunities)).toBe(false);
    const later = structuredClone(demo);
    later.uncertainty!.inputs = later.uncertainty!.inputs.map((i) => (i.what === 'buildingDelay' ? { ...i, distribution: { kind: 'uniform', min: 1.6, max: 2.4 } } : i));
    expect(seedFits(seed, later, prep.nCommunities)).toBe(false);
  });

  it('takes the shares of a run on the same prep for no delay, whatever residents it ran with, as copies', () => {
    const years = horizonYears(demo);
    // residents a tenth above the base year's in every year: the shares do not depend on them
    const residents = { values: Float64Array.from({ length: years.length * prep.nCommunities }, (_, i) => 1.1 * prep.base.residents[i % prep.nCommunities]), stride: prep.nCommunities };
    const ran = coverage(prep, years, residents, false)!;
    const reused = coverageSeed(demo, prep, ran);
    expect(reused).toEqual(seed);
    expect(reused.results[0].communityShare.all5).not.toBe(ran.communityShare.all5);
    expect(reused.results[0].communityResidents).not.toBe(ran.communityResidents);
    // a run over other years serves for nothing
    const shorter = coverage(prep, years.slice(1), undefined, false)!;
    expect(coverageSeed(demo, prep, shorter)).toEqual(seed);
  });

  it('keeps for each delay the very shares a whole coverage of the delayed plan works out', () => {
    const years = horizonYears(demo);
    seed.delays.forEach((delay, d) => {
      const whole = coverage(delayed(prep, firstPlanned(demo, prep), delay), years)!;
      const kept = seed.results[d];
      for (const key of kept.keys) kept.communityShare[key].forEach((v, i) => expect(Object.is(v, whole.communityShare[key][i])).toBe(true));
      kept.communityResidents.forEach((v, i) => expect(Object.is(v, whole.communityResidents[i])).toBe(true));
    });
    // the delay moves a planned opening, so the two rasters differ somewhere
    expect(seed.results[1].communityShare.all5).not.toEqual(seed.results[0].communityShare.all5);
  });
});
