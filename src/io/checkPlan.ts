/** The plan's building programme, budgets and shortfall order: ids unique, targets found, years in the horizon. */
import type { Scenario } from '../engine/scenario';
import { describePlace, type Places } from './checkCity';
import { uniqueIds, type Report, type YearCheck } from './checkScenario';

export function checkPlan(s: Scenario, places: Places, inHorizon: YearCheck, report: Report): void {
  const { building, budgets, shortfall } = s.plan;
  const { lastYear } = s.horizon;
  // An earlier year simply means "from the start"; a later one would never take effect.
  if (building.autoCloseFrom !== undefined && building.autoCloseFrom > lastYear) {
    report(
      ['plan', 'building', 'autoCloseFrom'],
      `应不晚于规划期末年 ${lastYear}，否则不会生效，实际为 ${building.autoCloseFrom}`,
      `must not be after the last year ${lastYear}, or it never takes effect; got ${building.autoCloseFrom}`,
    );
  }
  const projectId = uniqueIds('projects', { zh: '项目', en: 'project' }, report);
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
      report(
        ['plan', 'shortfall', 'priority', i],
        `“${item}”重复出现，已在第 ${first + 1} 位`,
        `"${item}" is listed twice; it is already at position ${first + 1}`,
      );
    }
  });
}
