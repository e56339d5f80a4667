/** The plan's building programme, budgets and shortfall order: ids unique, targets found, years in the horizon. */
import { COST_LINES } from '../engine/runState';
import type { Scenario } from '../engine/scenario';
import { both, ITEM, PLAN_CHECK } from '../i18n/checks';
import { COST_ITEM_NAME, PAYER_NAME, type CostItem, type Payer } from '../registry';
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
  checkBudgets(s, inHorizon, report);
  shortfall.priority.forEach((item, i) => {
    const first = shortfall.priority.indexOf(item);
    if (first !== i) {
      report(['plan', 'shortfall', 'priority', i], ...both(PLAN_CHECK.listedTwice(item, first + 1)));
    }
  });
}

/** Budget rows cover the whole horizon; earmarks name an item their payer pays for and fit in its budget. */
function checkBudgets(s: Scenario, inHorizon: YearCheck, report: Report): void {
  const { budgets, earmarks = {} } = s.plan;
  const { firstYear, lastYear } = s.horizon;
  for (const [payer, byYear] of Object.entries(budgets) as [Payer, Record<string, number | 'unlimited'>][]) {
    for (const year of Object.keys(byYear)) inHorizon(['plan', 'budgets', payer, year], Number(year));
    for (let y = firstYear; y <= lastYear; y++) {
      if (!Object.hasOwn(byYear, String(y))) report(['plan', 'budgets', payer, String(y)], ...both(PLAN_CHECK.budgetYearMissing(PAYER_NAME[payer], y)));
    }
  }
  for (const [payer, byItem] of Object.entries(earmarks) as [Payer, Partial<Record<CostItem, Record<string, number>>>][]) {
    const total = new Map<string, number>();
    for (const [item, byYear] of Object.entries(byItem) as [CostItem, Record<string, number>][]) {
      if (!COST_LINES.some((l) => l.item === item && l.payer === payer)) {
        report(['plan', 'earmarks', payer, item], ...both(PLAN_CHECK.earmarkNotPaidBy(PAYER_NAME[payer], COST_ITEM_NAME[item])));
      }
      for (const [year, amount] of Object.entries(byYear)) {
        inHorizon(['plan', 'earmarks', payer, item, year], Number(year));
        total.set(year, (total.get(year) ?? 0) + amount);
      }
    }
    for (const [year, earmarked] of total) {
      const budget = budgets[payer]?.[year];
      if (typeof budget === 'number' && earmarked > budget) {
        report(['plan', 'earmarks', payer], ...both(PLAN_CHECK.earmarksOverBudget(PAYER_NAME[payer], Number(year), earmarked, budget)));
      }
    }
  }
}
