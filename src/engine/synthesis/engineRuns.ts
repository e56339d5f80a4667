/**
 * The engine's runs of a synthesis's successive plans. The plans differ in their levers alone, so the
 * city's flat arrays are made once. Coverage moves with the facilities and the residents alone: while
 * a plan opens the same sites as the one before and its residents come out the same, its coverage is
 * the one already computed — the same figures (Prepared.coverage), not computed again.
 */
import { coverage as computeCoverage, type ResidentsByYear } from '../coverage/coverage';
import { prepareCoverage, type PreparedCoverage } from '../coverage/prepare';
import type { CoverageResult } from '../coverage/types';
import { flatten } from '../flatten';
import { project } from '../project';
import type { Counts, Projection } from '../projection';
import type { Scenario } from '../scenario';

/** withCoverage: a chosen target asks for coverage (the engine computes it only then). */
export function engineRuns(scenario: Scenario, withCoverage: boolean): (applied: Scenario) => Projection {
  const flat = flatten(scenario.city);
  let sitesKey: string | null = null;
  let prep: PreparedCoverage | null = null;
  let last: { residents: Counts; result: CoverageResult | null } | null = null;
  const coverage = (p: PreparedCoverage, years: number[], residents: ResidentsByYear): CoverageResult | null => {
    if (last && same(last.residents, residents.values)) return last.result;
    const result = computeCoverage(p, years, residents);
    last = { residents: residents.values.slice(), result };
    return result;
  };
  return (applied) => {
    if (!withCoverage) return project(applied, {}, { flat, prep: null });
    // The plan's facilities and candidates are all a synthesis changes of what coverage is prepared from.
    const key = JSON.stringify([applied.plan.facilities ?? null, applied.plan.candidateSites ?? null]);
    if (key !== sitesKey) {
      sitesKey = key;
      prep = prepareCoverage(applied);
      last = null;
    }
    return project(applied, {}, { flat, prep, coverage });
  };
}

function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
