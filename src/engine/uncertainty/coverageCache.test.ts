import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { coverage } from '../coverage/coverage';
import { prepareCoverage } from '../coverage/prepare';
import { horizonYears } from '../project';
import { CoverageCache } from './coverageCache';
import { valueBounds } from './drawInputs';

describe('valueBounds', () => {
  it('gives the whole years a building delay can take', () => {
    // triangular on [0, 1.5]: values run from just above 0 to just below 1.5, which round to 0 and 1
    expect(valueBounds({ what: 'buildingDelay', distribution: { kind: 'triangular', min: 0, mode: 0, max: 1.5 } })).toEqual([0, 1]);
    // uniform on [1.6, 2.4]: every value rounds to 2
    expect(valueBounds({ what: 'buildingDelay', distribution: { kind: 'uniform', min: 1.6, max: 2.4 } })).toEqual([2, 2]);
    // a normal around 3 without bounds is held to the input's range, 0–5 years
    expect(valueBounds({ what: 'buildingDelay', distribution: { kind: 'normal', mean: 3, sd: 4 } })).toEqual([0, 5]);
  });
});

describe('CoverageCache', () => {
  const demo = demoScenario();
  const prep = prepareCoverage(demo)!;
  const years = horizonYears(demo);
  const nc = prep.nCommunities;
  const planned = prep.facilities.count - demo.plan.facilities!.length;
  const residents = (k: number) => ({ values: Float64Array.from({ length: years.length * nc }, (_, i) => 1000 + k * (i % 13)), stride: nc });

  it('keeps the cells until every possible delay has its raster, then lets them go and reweighs the same', () => {
    const cache = new CoverageCache(prep, planned, ['all5'], [0, 1]);
    const at = (delay: number, k: number) => cache.coverageFor(delay)(cache.prepFor(delay), years, residents(k))!;
    at(0, 0);
    expect(cache.prepFor(0).cells.count).toBe(prep.cells.count);
    // The one-year delay's raster, made without the uncovered cells, which draws never read.
    expect(at(1, 0).uncovered.count).toBe(0);
    expect(cache.prepFor(0).cells.count).toBe(0);
    expect(cache.prepFor(1).cells.count).toBe(0);
    // After that, each delay's figures for other residents are coverage()'s own.
    for (const delay of [0, 1]) {
      const own = { ...prep, facilities: { ...prep.facilities, openingYear: prep.facilities.openingYear.map((y, f) => (f >= planned ? y + delay : y)) } };
      expect(at(delay, 3).city.all5).toEqual(coverage(own, years, residents(3))!.city.all5);
    }
  });

  it('refuses a delay it was not told of once the cells are gone', () => {
    const cache = new CoverageCache(prep, planned, ['all5'], [0]);
    cache.coverageFor(0)(cache.prepFor(0), years, residents(0));
    expect(() => cache.coverageFor(2)(cache.prepFor(2), years, residents(0))).toThrow(/after the cells were let go/);
  });
});
