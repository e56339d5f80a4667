/**
 * The city of the worker's last run, flattened, with its coverage prepared, kept while the page sends
 * the same city revision: a lever edit (plan, targets, rule set) changes no city, so its run neither
 * flattens nor indexes the city nor places its cells again. The revision comes from the page
 * (src/ui/cityRevision.ts), which numbers city objects; the scenario is edited as immutable snapshots,
 * so a city object never changes once sent.
 */
import { flatten, prepareCoverage, type Flat, type Prepared, type PreparedCoverage, type Scenario } from '../src/engine';

interface KeptCity {
  revision: number;
  flat: Flat;
  /** coverage also depends on the plan's facilities and the base year, so it is kept with them as its key */
  coverage?: { key: string; prep: PreparedCoverage | null };
}

let kept: KeptCity | null = null;

/** What a run of this scenario can reuse; without a revision, everything is made afresh. */
export function preparedCity(scenario: Scenario, revision: number | undefined): Prepared {
  if (revision === undefined) return { flat: flatten(scenario.city), prep: prepareCoverage(scenario) };
  if (kept?.revision !== revision) kept = { revision, flat: flatten(scenario.city) };
  const key = JSON.stringify([scenario.horizon.baseYear, scenario.plan.facilities ?? null]);
  if (kept.coverage?.key !== key) kept.coverage = { key, prep: prepareCoverage(scenario) };
  return { flat: kept.flat, prep: kept.coverage.prep };
}
