/**
 * Benchmark scenarios: the demo scenario's rule set, plan and targets over a generated city of the
 * size under test, so the engine runs the same levers at every scale.
 */
import { demoScenario } from '../../src/fixtures/demo/demoScenario';
import { generateCity } from '../../src/fixtures/demo/generateCity';
import { metricById } from '../../src/engine/metrics';
import { cityIds } from '../../src/ui/editor/city/cityEdits';
import type { Budgets, City, Payer, Scenario } from '../../src/engine/scenario';

export interface CitySize {
  label: string;
  districts: number;
  streetsPerDistrict: number;
  communitiesPerStreet: number;
}

/** A city of the size the design plans for in the app: 10 × 15 × 20 = 3,000 communities. */
export const CITY: CitySize = { label: 'city', districts: 10, streetsPerDistrict: 15, communitiesPerStreet: 20 };
/** The national sweep run from the CLI: 40 × 150 × 20 = 120,000 urban communities. */
export const NATION: CitySize = { label: 'nation', districts: 40, streetsPerDistrict: 150, communitiesPerStreet: 20 };

export function countCommunities(city: City): number {
  let n = 0;
  for (const d of city.districts) for (const s of d.streets) n += s.communities.length;
  return n;
}

/** Every amount in a budget table times `k`. */
function scaleBudgets(budgets: Budgets, k: number): Budgets {
  const out: Budgets = {};
  for (const [payer, byYear] of Object.entries(budgets) as [Payer, Record<string, number>][]) {
    out[payer] = Object.fromEntries(Object.entries(byYear).map(([year, yuan]) => [year, Math.round(yuan * k)]));
  }
  return out;
}

/**
 * The demo scenario over a generated city. Budgets and hiring capacity grow with the number of
 * communities: left at the demo's size, a national city would spend every yuan on running costs and
 * never hire or build, and the run would skip the work a real plan asks of it. Projects and district
 * targets that name ids the generated city lacks are dropped, and so are the demo's facilities and
 * life-circle target, which belong to its own geometry (coverage is timed in its own section).
 */
export function scenarioOfSize(size: CitySize, seed = 20260101): Scenario {
  const demo = demoScenario();
  const city = generateCity({
    seed,
    districts: size.districts,
    streetsPerDistrict: size.streetsPerDistrict,
    communitiesPerStreet: size.communitiesPerStreet,
    baseYear: demo.horizon.baseYear,
  });
  const k = countCommunities(city) / countCommunities(demo.city);
  const known = cityIds(city);
  const projects = demo.plan.building.projects.filter((p) => known.has(p.target));
  // The demo's facilities and life-circle target belong to its own geometry; coverage has its own section.
  const targets = demo.targets.filter(
    (t) => (t.scope?.district === undefined || known.has(t.scope.district)) && metricById(t.metric)?.concerns !== 'coverage',
  );
  const { hiring, building, budgets } = demo.plan;
  return {
    ...demo,
    city,
    plan: {
      ...demo.plan,
      hiring: { ...hiring, capacityPerYear: Math.round(hiring.capacityPerYear * k) },
      building: { ...building, projects },
      budgets: scaleBudgets(budgets, k),
      facilities: undefined,
    },
    targets,
  };
}
