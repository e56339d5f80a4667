/**
 * What every draw of one scenario shares, made once: the flat arrays, the coverage preparation and a
 * coverage cache. runOne(draw) then projects the draw as runScenario(applyDraw(scenario, draw)) would,
 * without flattening the city, placing its cells or rastering its facilities again. Its projections are
 * for reading targets and key series: coverage figures other than those are left out.
 */
import { Arena } from '../arena';
import { facilitiesOf, prepareCoverage } from '../coverage/prepare';
import type { CoverageKey } from '../coverage/types';
import { flatten, type Flat } from '../flatten';
import { metricById } from '../metrics';
import { project } from '../project';
import type { Projection } from '../projection';
import type { Scenario } from '../scenario';
import { chargeFacilities, type FacilityCharge } from '../steps/facilityCharges';
import { CoverageCache } from './coverageCache';
import { clampGrowth, effectOf, perturbPlan } from './applyDraw';
import type { Draw } from './drawInputs';

export interface DrawContext {
  scenario: Scenario;
  /** the draw's projection; its arrays are reused by the next call, so read it before calling again */
  runOne(draw: Draw): Projection;
}

export function createDrawContext(scenario: Scenario): DrawContext {
  const flat = flatten(scenario.city);
  const prep = prepareCoverage(scenario);
  // Only the coverage figures the draws read are reweighed: all5 for the key series, and the targets'.
  const keys = new Set<CoverageKey>(['all5']);
  for (const t of scenario.targets) {
    const key = metricById(t.metric)?.coverageKey;
    if (key) keys.add(key);
  }
  const cache = prep && new CoverageCache(prep, facilitiesOf(scenario).length - (scenario.plan.facilities?.length ?? 0), [...keys]);
  // Booking a facility's costs to the community around it is a search over communities; a draw moves
  // only opening years (by its delay), so each delay's bookings are made once.
  const charges = new Map<number, FacilityCharge[]>();
  const arena = new Arena();
  return {
    scenario,
    runOne(draw) {
      arena.reset();
      const effect = effectOf(scenario, draw);
      const perturbed: Scenario = { ...scenario, plan: perturbPlan(scenario.plan, effect) };
      const delay = scenario.plan.facilities?.length ? effect.buildingDelay : 0;
      const delayedPrep = cache && cache.prepFor(delay);
      let booked = charges.get(delay);
      if (!booked) charges.set(delay, (booked = chargeFacilities(perturbed, flat, delayedPrep)));
      return project(perturbed, {}, {
        flat: effect.householdGrowth === 0 ? flat : shifted(flat, effect.householdGrowth),
        prep: delayedPrep,
        coverage: cache?.coverageFor(delay),
        facilityCharges: booked,
        alloc: arena.f64,
      });
    },
  };
}

/** The flat arrays with every community's growth shifted; streets and districts have none. */
function shifted(flat: Flat, by: number): Flat {
  const growth = flat.base.growth.slice();
  for (let e = 0; e < flat.nCommunities; e++) growth[e] = clampGrowth(growth[e] + by);
  return { ...flat, base: { ...flat.base, growth } };
}
