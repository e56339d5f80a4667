/** The plan's building programme, budgets and shortfall order: ids unique, targets found, years in the horizon. */
import type { Scenario } from '../engine/scenario';
import { both, ITEM, PLAN_CHECK } from '../i18n/checks';
import { describePlace, type Places } from './checkCity';
import { uniqueIds, type Report, type YearCheck } from './checkScenario';

export function checkPlan(s: Scenario, places: Places, inHorizon: YearCheck, report: Report): void {
  const { building, budgets, shortfall } = s.plan;
  const { lastYear } = s.horizon;
  // An earlier year simply means "from the start"; a later one would never take effect.
  if (building.autoCloseFrom !== undefined && building.autoCloseFrom > lastYear) {
    report(['plan', 'building', 'autoCloseFrom'], ...both(PLAN_CHECK.autoCloseAfterLast(lastYear, building.autoCloseFrom)));
  }
  const projectId = uniqueIds('projects', ITEM.project, report);
  building.projects.forEach((p, i) => {
    const path = ['plan', 'building', 'projects', i];
    projectId(p.id, i, path);
    if (!places.has(p.target)) {
      const msg = describePlace(p.target, places, ['community', 'street', 'district']);
      report([...path, 'target'], msg.zh, msg.en);
    }
    inHorizon([...path, 'startYear'], p.startYear);
  });
  for (const [payer, byYear] of Object.entries(budgets)) {
    for (const year of Object.keys(byYear ?? {})) inHorizon(['plan', 'budgets', payer, year], Number(year));
  }
  shortfall.priority.forEach((item, i) => {
    const first = shortfall.priority.indexOf(item);
    if (first !== i) {
      report(['plan', 'shortfall', 'priority', i], ...both(PLAN_CHECK.listedTwice(item, first + 1)));
    }
  });
}
