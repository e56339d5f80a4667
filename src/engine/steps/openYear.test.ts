/**
 * The year's opening lists a district quota's pool as it works out the shares (GOV2020-3a), and reads
 * the base staff from the first year's own arrays: the gaps it places must be those placeDistrictGaps
 * places from the year's figures, with the pool listed by its own pass (poolMembers).
 */
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { Arena } from '../arena';
import { flatten } from '../flatten';
import { horizonYears, ruleSetOf } from '../project';
import { resolveParams } from '../resolveParams';
import { createRun } from '../runState';
import { quotaLevelIn } from '../staffQuota';
import { openYear } from './openYear';
import { placeDistrictGaps } from './pooledHires';

describe("the year's opening under a district quota", () => {
  it('places the gaps placeDistrictGaps places from the same year', () => {
    const scenario = demoScenario();
    const years = horizonYears(scenario);
    const params = resolveParams(ruleSetOf(scenario), scenario.ruleSet.overrides, years);
    const flat = flatten(scenario.city);
    const run = createRun(scenario, flat, params, years);
    const { nCommunities: nc, nDistricts: nd, nEntities: n, entities } = flat;
    let placed = 0;
    for (let y = 0; y < 3; y++) {
      expect(quotaLevelIn(params, y)).toBe('district');
      openYear(run, y);
      const o = y * n;
      const { staffRequired, established, inPost } = run.series;
      const expected = new Float64Array(nc);
      const committee = params['staffing.countCommitteeMembers']?.[y] === 1 ? entities.committee : null;
      placeDistrictGaps(nd, entities.district, (staffRequired as Float64Array).subarray(o, o + nc), established.subarray(o, o + nc), run.quotas.subarray(y * nd, (y + 1) * nd), inPost.subarray(o, o + n), committee, expected);
      expect([...run.gap.subarray(0, nc)], `year ${years[y]}`).toEqual([...expected]);
      placed += expected.reduce((a, b) => a + b, 0);
    }
    // The years open without hiring in between, so workers are missing every year.
    expect(placed).toBeGreaterThan(0);
  });

  it('starts the first year from the base staff', () => {
    const scenario = demoScenario();
    const years = horizonYears(scenario);
    const flat = flatten(scenario.city);
    // On an Arena's arrays the opening writes the leavers (a fresh run makes them when read: leaversLater.ts).
    const run = createRun(scenario, flat, resolveParams(ruleSetOf(scenario), scenario.ruleSet.overrides, years), years, null, undefined, new Arena());
    openYear(run, 0);
    const { inPost, leavers } = run.series;
    // Staff in post after leavers plus those who left are the base year's staff, entity by entity.
    for (let e = 0; e < flat.nEntities; e++) expect(inPost[e] + leavers[e]).toBe(flat.base.inPost[e]);
  });
});
