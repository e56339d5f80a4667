/**
 * The demo plan's life-circle openings: community service complexes at the sites the engine suggests
 * for all five GOV2020-4b types (src/engine/coverage/suggestSites.ts), each with the types not already
 * within reach of its site, opening one a year. Costs are estimates.
 */
import { pairOf, toX, toY } from '../../engine/coverage/plane';
import { prepareCoverage, TYPE_CODE, type PreparedCoverage } from '../../engine/coverage/prepare';
import { suggestSites } from '../../engine/coverage/suggestSites';
import type { Community, Facility, Scenario } from '../../engine/scenario';
import { FACILITY_COST_ESTIMATE, FACILITY_TYPE_NAME, LIFE_CIRCLE_TYPES, type FacilityType, type Payer } from '../../registry';

const round5 = (x: number) => Math.round(x * 1e5) / 1e5 + 0;

export function planFacilities(scenario: Scenario, openingYears: readonly number[], payer: Payer): Facility[] {
  const prep = prepareCoverage(scenario);
  if (!prep) return [];
  // Candidates one per 2 × 2 block of cells: quick, and a 200 m grid is finer than any site search needs.
  const suggested = suggestSites(prep, 'all5', openingYears.length, { year: scenario.horizon.lastYear, spacing: 2 })!;
  const communities = scenario.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));
  const r2 = prep.straightReach ** 2;
  return suggested.sites.flatMap((site, k) => {
    const x = toX(prep.plane, site.x);
    const y = toY(prep.plane, site.y);
    const named = nearestName(communities, prep, x, y);
    const has = (type: FacilityType) => {
      const { facilities: f } = prep;
      for (let i = 0; i < f.count; i++) if (f.type[i] === TYPE_CODE[type] && (f.x[i] - x) ** 2 + (f.y[i] - y) ** 2 <= r2) return true;
      return false;
    };
    return LIFE_CIRCLE_TYPES.filter((type) => !has(type)).map(
      (type): Facility => ({
        id: `P${k + 1}-${type}`,
        // 凤湾社区 + 社区服务中心 reads 凤湾社区服务中心.
        name: `${FACILITY_TYPE_NAME[type].zh.startsWith('社区') ? named.replace(/社区$/, '') : named}${FACILITY_TYPE_NAME[type].zh}（规划）`,
        type,
        location: { lon: round5(site.x), lat: round5(site.y) },
        openingYear: openingYears[k],
        capitalCost: FACILITY_COST_ESTIMATE[type].capital,
        runningCost: FACILITY_COST_ESTIMATE[type].running,
        payer,
      }),
    );
  });
}

/** The name of the community nearest a site, so a planner can tell where it is. */
function nearestName(communities: Community[], prep: PreparedCoverage, x: number, y: number): string {
  let best = communities[0].name;
  let bestD = Infinity;
  for (const c of communities) {
    if (!c.location) continue;
    const [a, b] = pairOf(c.location);
    const d = (toX(prep.plane, a) - x) ** 2 + (toY(prep.plane, b) - y) ** 2;
    if (d < bestD) [best, bestD] = [c.name, d];
  }
  return best;
}
