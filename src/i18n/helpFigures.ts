/**
 * Figures the guide's worked examples quote, made from the demo run exactly as the screens make them
 * (the verdict table's cells, the city's counts), so a page and the screen it explains show the same text.
 */
import { buildRunView, type RunView } from '../engine';
import type { ParamKey } from '../engine/params';
import type { HelpContext } from './help/helpPage';
import { formatBinding } from './binding';
import { formatGap, formatMetric, formatWan, formatWhole } from './format';
import { MESSAGES } from './messages';
import { verdictName } from './names';

const views = new WeakMap<object, RunView>();

/** The run as the results tab receives it from the worker. */
export function demoView(ctx: HelpContext): RunView {
  let view = views.get(ctx.result);
  if (!view) views.set(ctx.result, (view = buildRunView(ctx.result, ctx.scenario)));
  return view;
}

/** One target's row of the verdict table, cell by cell as VerdictTable.svelte writes it. */
export function verdictCells(ctx: HelpContext, targetId: string) {
  const row = demoView(ctx).verdicts.find((v) => v.targetId === targetId);
  if (!row) throw new Error(`the demo has no target "${targetId}"`);
  const m = MESSAGES[ctx.locale];
  return {
    name: verdictName(row, ctx.locale),
    year: String(row.year),
    threshold: `${row.better === 'higher' ? '≥' : '≤'} ${formatMetric(row.threshold, row.unit, ctx.locale)}`,
    value: row.value === null ? m.notInRuleSet : formatMetric(row.value, row.unit, ctx.locale),
    verdict: row.met ? m.met : m.notMet,
    firstYearMet: row.firstYearMet === null ? m.none : String(row.firstYearMet),
    shortfall: row.met ? m.none : formatGap(row.shortfall, row.unit, ctx.locale),
    binding: row.binding ? formatBinding(row.binding, ctx.locale) : m.none,
  };
}

/** verdictCells with each key prefixed, for a page's figures table: prefixed('space', …) → spaceValue … */
export function prefixed(prefix: string, cells: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [prefix + k[0].toUpperCase() + k.slice(1), v]));
}

/** How many targets the demo meets, of how many. */
export function verdictCount(ctx: HelpContext): { met: string; total: string } {
  const verdicts = demoView(ctx).verdicts;
  return { met: String(verdicts.filter((v) => v.met).length), total: String(verdicts.length) };
}

/** The city's tree and base-year households, counted from the scenario. */
export function cityCounts(ctx: HelpContext): { districts: string; streets: string; communities: string; households: string } {
  const districts = ctx.scenario.city.districts;
  const streets = districts.flatMap((d) => d.streets);
  const communities = streets.flatMap((s) => s.communities);
  return {
    districts: String(districts.length),
    streets: String(streets.length),
    communities: String(communities.length),
    households: formatWhole(
      communities.reduce((sum, c) => sum + c.households, 0),
      ctx.locale,
    ),
  };
}

/** A payer's budget in a year as the plan tab shows it, or null where the plan sets none. */
export function budgetOf(ctx: HelpContext, payer: 'city' | 'district' | 'street', year: number): string | null {
  const yuan = ctx.scenario.plan.budgets?.[payer]?.[String(year)];
  return typeof yuan === 'number' ? formatWan(yuan, ctx.locale) : null;
}

/** A rule-set parameter's value in force in the horizon's first year, as the run used it. */
export function paramInForce(ctx: HelpContext, key: ParamKey): number {
  const value = ctx.result.projection.params[key]?.[0];
  if (typeof value !== 'number') throw new Error(`the demo's rule set has no ${key} in force`);
  return value;
}
