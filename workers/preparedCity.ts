/**
 * The city of the worker's last run, flattened, with its coverage prepared, kept while the page sends
 * the same city revision: a lever edit (plan, targets, rule set) changes no city, so its run neither
 * flattens nor indexes the city nor places its cells again. The revision comes from the page
 * (src/ui/cityRevision.ts), which numbers city objects; the scenario is edited as immutable snapshots,
 * so a city object never changes once sent.
 */
import type { Counts, CoverageResult, Flat, Prepared, PreparedCoverage, ResidentsByYear, Scenario } from '../src/engine';
import { coverage } from '../src/engine/coverage/coverage';
import { prepareCoverage } from '../src/engine/coverage/prepare';
import { flatten } from '../src/engine/flatten';

interface KeptCity {
  revision: number;
  flat: Flat;
  /** coverage also depends on the plan's facilities and the base year, so it is kept with them as its key */
  coverage?: { key: string; prep: PreparedCoverage | null };
}

let kept: KeptCity | null = null;

/**
 * Coverage without the list of uncovered cells: the page never reads it (the map draws its own layers
 * from the prepared cells, coverageLayers.ts), and for a province it is 2.5 million cells, 71 MB, kept
 * with the projection and copied to the page on every run.
 */
const sharesOnly = (prep: PreparedCoverage, years: readonly number[], residents: ResidentsByYear) => coverage(prep, years, residents, false);

/** The last coverage worked out, with everything it was worked out from. */
let lastCoverage: { prep: PreparedCoverage; years: readonly number[]; values: Counts; stride: number; result: CoverageResult | null } | null = null;

/**
 * coverage(), skipped when its inputs are those of the last call: the same prepared facilities and
 * cells, the same years and the same projected residents. Coverage is the slowest part of a run, and
 * most levers (hiring, pay, budgets, targets) change none of these.
 */
function coverageReused(prep: PreparedCoverage, years: readonly number[], residents: ResidentsByYear): CoverageResult | null {
  const l = lastCoverage;
  if (l && l.prep === prep && l.stride === residents.stride && sameNumbers(l.years, years) && sameNumbers(l.values, residents.values)) {
    // A fresh object, as coverage() gives: the run's view replaces some of its arrays with copies.
    return l.result && { ...l.result };
  }
  const result = sharesOnly(prep, years, residents);
  lastCoverage = { prep, years: [...years], values: residents.values.slice(), stride: residents.stride, result };
  return result && { ...result };
}

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The coverage last worked out on prep (for the years it names), if any: Monte Carlo draws reuse its shares. */
export function coverageRanOn(prep: PreparedCoverage): CoverageResult | null {
  return lastCoverage?.prep === prep ? lastCoverage.result : null;
}

/** What a run of this scenario can reuse; without a revision, everything is made afresh. */
export function preparedCity(scenario: Scenario, revision: number | undefined): Prepared {
  if (revision === undefined) return { flat: flatten(scenario.city), prep: prepareCoverage(scenario), coverage: sharesOnly };
  if (kept?.revision !== revision) kept = { revision, flat: flatten(scenario.city) };
  const key = JSON.stringify([scenario.horizon.baseYear, scenario.plan.facilities ?? null]);
  if (kept.coverage?.key !== key) kept.coverage = { key, prep: prepareCoverage(scenario) };
  return { flat: kept.flat, prep: kept.coverage.prep, coverage: coverageReused };
}
