/**
 * What every draw of one scenario shares, made once: the flat arrays, the coverage preparation and a
 * coverage cache. runOne(draw) then projects the draw as runScenario(applyDraw(scenario, draw)) would,
 * without flattening the city, placing its cells or rastering its facilities again. Its projections are
 * for reading targets and key series: coverage figures other than those are left out, and so is what
 * drawReads.ts names.
 */
import { Arena } from '../arena';
import { prepareCoverage, type PreparedCoverage } from '../coverage/prepare';
import type { CoverageResult } from '../coverage/types';
import { flatten, type Flat } from '../flatten';
import { careNetworkOf, type CareNetwork } from '../careNetwork';
import { horizonYears, project, ruleSetOf } from '../project';
import { inForceIn, resolveParams } from '../resolveParams';
import type { Projection } from '../projection';
import type { Scenario } from '../scenario';
import { chargeFacilities, type FacilityCharge } from '../steps/facilityCharges';
import { CoverageCache } from './coverageCache';
import { clampGrowth, copyWith, effectOf, perturbPlan } from './applyDraw';
import { drawCoverageKeys, firstPlanned, possibleDelays, seedFits } from './coverageSeed';
import { chargesOf } from './delayBookings';
import { unreadByDraws } from './drawReads';
import type { DrawKit } from './drawKit';
import type { Draw } from './drawInputs';

export interface DrawContext {
  scenario: Scenario;
  /** the draw's projection; its arrays are reused by the next call, so read it before calling again */
  runOne(draw: Draw): Projection;
  /**
   * Whether the last runOne left its projection's city all5 coverage figures empty, for the caller to
   * work out in its pass over each year's communities (drawSeries.ts readKeySeries), year by year in
   * order, before reading them.
   */
  readonly coverageLeft: boolean;
  /**
   * Lets the arrays the draws reuse go (31 MB at province scale), once a run's last projection is
   * read: the next draw makes them again, in a few milliseconds.
   */
  release(): void;
}

/** Each delay's facility charges and care network; prep: the delay's coverage preparation. */
type Booked = (delay: number, perturbed: Scenario, prep: PreparedCoverage | null) => { charges: FacilityCharge[]; network: CareNetwork };

export function createDrawContext(scenario: Scenario): DrawContext {
  const flat = flatten(scenario.city);
  // Booking a facility's costs to the community around it is a search over communities; a draw moves
  // only opening years (by its delay), so each delay's bookings, and its care network, are made once.
  const made = new Map<number, ReturnType<Booked>>();
  const booked: Booked = (delay, perturbed, prep) => {
    let b = made.get(delay);
    if (!b) made.set(delay, (b = { charges: chargeFacilities(perturbed, flat, prep), network: careNetworkOf(perturbed, flat, horizonYears(scenario)) }));
    return b;
  };
  return contextOf(scenario, flat, prepareCoverage(scenario), booked);
}

/**
 * The context of a kit made where the scenario was run (drawKit.ts): its draws place no cells. shared:
 * arrays the caller's own runs of the same city reuse, for the draws to take theirs from; they stay
 * the caller's, so release() leaves them.
 */
export function kitContext(kit: DrawKit, shared?: Arena): DrawContext {
  const { scenario, flat, prep, seed, bookings } = kit;
  if (prep && !(seed && seedFits(seed, scenario, prep.nCommunities))) throw new Error('a draw kit whose rasters were made for another scenario');
  const delays = possibleDelays(scenario);
  if (!sameNumbers(bookings.delays, delays)) throw new Error('a draw kit whose bookings were made for another scenario');
  const charges: FacilityCharge[][] = [];
  const booked: Booked = (delay) => {
    const k = delays.indexOf(delay);
    if (k < 0) throw new Error(`a draw delayed ${delay} years, which the kit has no bookings for`);
    return { charges: (charges[k] ??= chargesOf(bookings, k)), network: bookings.careNetworks[k] };
  };
  return contextOf(scenario, flat, prep, booked, seed?.results, shared);
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, k) => v === b[k]);

/** booked: each delay's charges and care network; seeded: the rasters of every delay a draw can have, in the order of possibleDelays, when prep has no cells */
function contextOf(scenario: Scenario, flat: Flat, prep: PreparedCoverage | null, booked: Booked, seeded?: readonly CoverageResult[], shared?: Arena): DrawContext {
  // Only the coverage figures the draws read are reweighed: all5 for the key series, and the targets',
  // the districts' only when a target has a district's scope.
  const districts = scenario.targets.some((t) => t.scope?.district !== undefined);
  const keys = drawCoverageKeys(scenario);
  // Where that is the city's all5 alone, the draws' own pass works them out with their key series.
  const cityOnly = !districts && keys.length === 1 && prep?.circles.length === 0;
  const cache = prep && new CoverageCache(prep, firstPlanned(scenario, prep), keys, possibleDelays(scenario), seeded, districts, cityOnly);
  const arena = shared ?? new Arena();
  // A draw's shifted growth rates, in one array rewritten by each draw (its projection is read before the next).
  const growth = new Float64Array(flat.base.growth.length);
  const unread = unreadByDraws(scenario);
  // A draw changes neither the rule set, its overrides nor the horizon.
  const ruleSet = ruleSetOf(scenario);
  const inForceAtBase = inForceIn(ruleSet, scenario.horizon.baseYear);
  const params = resolveParams(ruleSet, scenario.ruleSet.overrides, horizonYears(scenario));
  return {
    scenario,
    get coverageLeft() {
      return cache?.left ?? false;
    },
    runOne(draw) {
      arena.reset();
      const effect = effectOf(scenario, draw);
      const perturbed = copyWith(scenario, { plan: perturbPlan(scenario.plan, effect) });
      const delay = scenario.plan.facilities?.length ? effect.buildingDelay : 0;
      const delayedPrep = cache && cache.prepFor(delay);
      const { charges, network } = booked(delay, perturbed, delayedPrep);
      return project(perturbed, {}, {
        flat: effect.householdGrowth === 0 ? flat : shifted(flat, effect.householdGrowth, growth),
        prep: delayedPrep,
        coverage: cache?.coverageFor(delay),
        facilityCharges: charges,
        alloc: arena,
        careNetwork: network,
        unread,
        inForceAtBase,
        params,
      });
    },
    release() {
      if (!shared) arena.clear();
    },
  };
}

/**
 * The flat arrays with every community's growth shifted, written into `growth`; streets and districts have
 * none. Copied with copyWith, not a spread: a spread's copies change map from the tenth draw or so, and
 * the run's flat field then changes type under the optimised steps, which drop back to the interpreter.
 */
function shifted(flat: Flat, by: number, growth: Float64Array): Flat {
  growth.set(flat.base.growth);
  for (let e = 0; e < flat.nCommunities; e++) growth[e] = clampGrowth(growth[e] + by);
  return copyWith(flat, { base: copyWith(flat.base, { growth }) });
}
