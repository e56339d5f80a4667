/**
 * Figures of the demo run that several help pages quote, read from the run and formatted for the
 * locale: the pages' worked examples name them as {placeholders}, so none is ever typed.
 */
import type { Verdict } from '../../../engine/verdict';
import { formatBinding } from '../../binding';
import { formatGrouped, formatShare, formatWan, formatWhole } from '../../format';
import { uncertainInputName, verdictName } from '../../names';
import type { HelpContext } from '../helpPage';

const list = (items: string[], ctx: HelpContext): string => items.join(ctx.locale === 'en' ? ', ' : '、');

/** The name of a verdict's target as the verdict table shows it. */
export function targetName(ctx: HelpContext, v: Verdict): string {
  const target = ctx.scenario.targets.find((t) => t.id === v.targetId);
  return verdictName({ label: target?.label, metric: v.metric }, ctx.locale);
}

/** The first target not met that names what binds it. */
export function firstBound(ctx: HelpContext): Verdict & { binding: NonNullable<Verdict['binding']> } {
  const v = ctx.result.verdicts.find((x) => !x.met && x.binding);
  if (!v?.binding) throw new Error('the demo has no target held back by a binding constraint');
  return v as Verdict & { binding: NonNullable<Verdict['binding']> };
}

export function verdictCounts(ctx: HelpContext): Record<string, string> {
  const { verdicts } = ctx.result;
  const bound = firstBound(ctx);
  return {
    targets: formatWhole(verdicts.length, ctx.locale),
    met: formatWhole(verdicts.filter((v) => v.met).length, ctx.locale),
    notMet: formatWhole(verdicts.filter((v) => !v.met).length, ctx.locale),
    boundTarget: targetName(ctx, bound),
    boundYear: String(bound.year),
    binding: formatBinding(bound.binding, ctx.locale),
  };
}

export function cityFacts(ctx: HelpContext): Record<string, string> {
  const { city, horizon } = ctx.scenario;
  const communities = city.districts.reduce((n, d) => n + d.streets.reduce((m, s) => m + s.communities.length, 0), 0);
  return {
    city: city.name,
    districts: formatWhole(city.districts.length, ctx.locale),
    communities: formatWhole(communities, ctx.locale),
    firstYear: String(horizon.firstYear),
    lastYear: String(horizon.lastYear),
    scenario: ctx.scenario.name,
  };
}

export function planFacts(ctx: HelpContext): Record<string, string> {
  const { plan } = ctx.scenario;
  const year = String(ctx.scenario.horizon.firstYear);
  const districtBudget = plan.budgets.district?.[year];
  return {
    hiringCapacity: formatWhole(plan.hiring.capacityPerYear, ctx.locale),
    payPerWorker: formatWan(plan.pay.perWorker, ctx.locale),
    budgetYear: year,
    districtBudget: typeof districtBudget === 'number' ? formatWan(districtBudget, ctx.locale) : '—',
  };
}

export function uncertaintyFacts(ctx: HelpContext): Record<string, string> {
  const u = ctx.scenario.uncertainty;
  if (!u) throw new Error('the demo sets no uncertainty');
  return {
    draws: formatGrouped(u.draws, ctx.locale, 0),
    seed: String(ctx.scenario.seed ?? 0),
    inputCount: formatWhole(u.inputs.length, ctx.locale),
    inputs: list(u.inputs.map((i) => uncertainInputName(i, ctx.locale)), ctx),
  };
}

/** A share verdict's value and threshold, as percentages. */
export function shareVerdict(ctx: HelpContext, metric: string): Record<string, string> {
  const v = ctx.result.verdicts.find((x) => x.metric === metric && x.value !== null);
  if (!v || v.value === null) throw new Error(`the demo has no verdict on ${metric}`);
  return { shareTarget: targetName(ctx, v), shareValue: formatShare(v.value, ctx.locale), shareThreshold: formatShare(v.threshold, ctx.locale), shareYear: String(v.year) };
}
