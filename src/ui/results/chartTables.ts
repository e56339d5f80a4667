/**
 * Each chart's data as one table: the chart draws its columns, the data table shows its rows and the
 * CSV holds them as they are. Built from the RunView only; money becomes 万元 and shares become %,
 * with the unit in the header, so a spreadsheet gets numbers it can add up.
 */
import { COST_ITEMS, type CostItem } from '../../engine/projection';
import type { Text } from '../../engine/ruleSet';
import type { MetricSeries, RunView } from '../../engine/runView';
import { PAYERS, type Payer } from '../../engine/scenario';
import type { ResultsMessages } from '../../i18n/results';
import { METRIC_NAME } from '../../registry/metrics';
import { REQUIRED_STYLE, SUPPLY_STYLE, type LineSeries } from '../charts/palette';
import { column, type TableData } from '../charts/table';
import { toShown } from '../charts/units';

export type Pick = (text: Text) => string;

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** yuan → 万元, kept to the yuan so that sums in a spreadsheet match the engine's. */
export function toWan(yuan: number): number {
  return toShown(yuan, 'yuan');
}

export function toPercent(share: number): number {
  return round(share * 100, 2);
}


export function staffTable(view: RunView, m: ResultsMessages): TableData {
  const u = m.unit.person;
  return {
    header: [m.year, m.withUnit(m.series.staffRequired, u), m.withUnit(m.series.inPost, u), m.withUnit(m.series.staffGap, u)],
    rows: view.summary.totals.map((t) => [t.year, round(t.staffRequired, 2), round(t.inPost, 2), round(t.staffGap, 2)]),
    keys: 1,
  };
}

/** What the rules require (dashed, ink) against what is there (solid, blue): workers or floor space. */
export function supplySeries(view: RunView, m: ResultsMessages, which: 'staff' | 'space'): { table: TableData; series: LineSeries[] } {
  const table = which === 'staff' ? staffTable(view, m) : spaceTable(view, m);
  return {
    table,
    series: [
      { key: 'required', label: which === 'staff' ? m.series.staffRequired : m.series.spaceRequired, values: column(table, 1), ...REQUIRED_STYLE },
      { key: 'supply', label: which === 'staff' ? m.series.inPost : m.series.space, values: column(table, 2), ...SUPPLY_STYLE },
    ],
  };
}

export function spaceTable(view: RunView, m: ResultsMessages): TableData {
  const u = m.unit.m2;
  return {
    header: [m.year, m.withUnit(m.series.spaceRequired, u), m.withUnit(m.series.space, u)],
    rows: view.summary.totals.map((t) => [t.year, round(t.spaceRequired, 2), round(t.space, 2)]),
    keys: 1,
  };
}

/** Cost items any payer carries in this run, in the engine's order. */
export function itemsCarried(view: RunView): CostItem[] {
  return COST_ITEMS.filter((item) => view.summary.funding.some((f) => f.items[item] !== undefined));
}

/** One row per year and payer: spending, budget, shortfall and each item, all in 万元. */
export function fundingTable(view: RunView, m: ResultsMessages, itemLabel: (item: CostItem) => string): TableData {
  const u = m.unit.wan;
  const items = itemsCarried(view);
  return {
    header: [
      m.year,
      m.payerHeader,
      m.withUnit(m.series.spending, u),
      m.withUnit(m.series.budget, u),
      m.withUnit(m.series.shortfall, u),
      m.withUnit(m.series.deferred, u),
      ...items.map((item) => m.withUnit(itemLabel(item), u)),
    ],
    rows: view.summary.funding.map((f) => [
      f.year,
      m.payer[f.payer],
      toWan(f.spent),
      f.budget === null ? null : toWan(f.budget),
      toWan(f.shortfall),
      toWan(f.deferred),
      ...items.map((item) => (f.items[item] === undefined ? null : toWan(f.items[item]!))),
    ]),
    keys: 2,
  };
}

/** Share metrics the rule set can compute in at least one year. */
export function shareSeries(view: RunView): MetricSeries[] {
  return view.metrics.filter((s) => s.unit === 'share' && s.city.some((v) => v !== null));
}

export function sharesTable(view: RunView, m: ResultsMessages, pick: Pick): TableData {
  const series = shareSeries(view);
  return {
    header: [m.year, ...series.map((s) => m.withUnit(pick(METRIC_NAME[s.id]), m.unit.percent))],
    rows: view.summary.years.map((year, y) => [year, ...series.map((s) => (s.city[y] === null ? null : toPercent(s.city[y]!)))]),
    keys: 1,
  };
}

/** Spending, budget (or null), shortfall and deferred spending of each payer in each year, in 万元. */
export function fundingByYear(
  view: RunView,
): { year: number; spent: Record<Payer, number>; budget: Record<Payer, number | null>; shortfall: Record<Payer, number>; deferred: Record<Payer, number> }[] {
  return view.summary.years.map((year) => {
    const of = (payer: Payer) => view.summary.funding.find((f) => f.year === year && f.payer === payer);
    const spent = {} as Record<Payer, number>;
    const budget = {} as Record<Payer, number | null>;
    const shortfall = {} as Record<Payer, number>;
    const deferred = {} as Record<Payer, number>;
    for (const payer of PAYERS) {
      const f = of(payer);
      spent[payer] = f ? toWan(f.spent) : 0;
      budget[payer] = f && f.budget !== null ? toWan(f.budget) : null;
      shortfall[payer] = f ? toWan(f.shortfall) : 0;
      deferred[payer] = f ? toWan(f.deferred) : 0;
    }
    return { year, spent, budget, shortfall, deferred };
  });
}
