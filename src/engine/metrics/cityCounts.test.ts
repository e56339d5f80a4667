/**
 * One pass for the city's space share, its minimum by kind and the district totals gives each figure
 * as its own pass does (shareAtLeast, countDistrictStaffing), to the bit: on random cities, in every
 * year, with committee members counted or not as the rule set says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../../fixtures/arbMoneyBinding';
import { arbScenario } from '../../fixtures/arbScenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { exactJson } from '../../fixtures/projectionDifferences';
import { project } from '../project';
import type { Projection } from '../projection';
import type { Scenario } from '../scenario';
import { districtStaffing } from '../staffQuota';
import { countCity } from './cityCounts';
import { metricById } from './index';
import { minimaByKind } from './space';

/**
 * Each year's figures from the pass and from the metrics' own passes, a year without a minimum by kind
 * left out; then again with committee members counted (YX2008-5), which no shipped rule set with a
 * minimum by kind does, and some members in every community.
 */
function bothWays(s: Scenario): [string, string][] {
  const p = project(s);
  const out = yearsOf(p);
  p.params['staffing.countCommitteeMembers'] = p.years.map(() => 1);
  // The generated cities have no committee members: give them some, and the city back its own after.
  const { committee } = p.entities;
  const own = committee.slice();
  committee.forEach((_, e) => (committee[e] = (e % 3) + 0.5));
  try {
    return [...out, ...yearsOf(p)];
  } finally {
    committee.set(own);
  }
}

function yearsOf(p: Projection): [string, string][] {
  const out: [string, string][] = [];
  p.years.forEach((_, y) => {
    const minima = minimaByKind(p, y);
    if (!minima) return;
    const apart = {
      space: metricById('spaceShareMet')!.compute(p, y, -1),
      min: metricById('spaceMinShareMet')!.compute(p, y, -1),
      staffing: districtStaffing(p, y),
    };
    // spaceShareMet is null in a year without a space rule; the pass counts it all the same, and is not asked then
    const together = countCity(p, y, minima);
    if (apart.space === null) together.space = null;
    out.push([exactJson(together), exactJson(apart)]);
  });
  return out;
}

describe('the city counts of one pass', () => {
  it('give the demo’s figures as their own passes do', () => {
    const years = bothWays(demoScenario());
    expect(years.length).toBeGreaterThan(0);
    for (const [together, apart] of years) expect(together).toBe(apart);
  });

  it('give random cities’ figures as their own passes do', () => {
    fc.assert(
      fc.property(fc.oneof(arbScenario, arbMoneyBinding), (s) => {
        for (const [together, apart] of bothWays(s)) expect(together).toBe(apart);
      }),
      { numRuns: 400 },
    );
  });
});
