/**
 * The districts side by side: the worker gap, the floor-space gap and spending per district and year,
 * as the small multiples draw them and as one long table for the CSV.
 */
import type { MetricSeries, RunView } from '../../engine/runView';
import type { ResultsMessages } from '../../i18n/results';
import type { TableData } from '../charts/table';
import type { ValueUnit } from '../charts/units';
import { round, toWan } from './chartTables';

/** One row per district and year: the two gaps and what was spent there. */
export function districtTable(view: RunView, m: ResultsMessages): TableData {
  const gap = (id: string) => view.metrics.find((s) => s.id === id);
  const staff = gap('staffGap');
  const space = gap('spaceGap');
  const at = (s: MetricSeries | undefined, d: number, y: number) => {
    const v = s?.byDistrict[d]?.[y];
    return v === null || v === undefined ? null : round(v, 2);
  };
  return {
    header: [
      m.district,
      m.year,
      m.withUnit(m.series.staffGap, m.unit.person),
      m.withUnit(m.series.spaceGap, m.unit.m2),
      m.withUnit(m.series.spending, m.unit.wan),
    ],
    rows: view.districts.flatMap((district, d) =>
      view.summary.years.map((year, y) => [district.name, year, at(staff, d, y), at(space, d, y), toWan(view.spendingByDistrict[d][y])]),
    ),
    keys: 2,
  };
}

export type DistrictMeasure = 'staffGap' | 'spaceGap' | 'spending';

export interface DistrictPanels {
  measure: DistrictMeasure;
  unit: Exclude<ValueUnit, 'share'>;
  /** [district][year], in the shown unit */
  values: (number | null)[][];
  /** the top of every panel's axis in this row */
  max: number;
}

/** Per-district series for the small multiples; a measure the rule set cannot compute is left out. */
export function districtPanels(view: RunView): DistrictPanels[] {
  const metric = (id: string) => view.metrics.find((s) => s.id === id);
  const rows: DistrictPanels[] = [];
  const add = (measure: DistrictMeasure, unit: DistrictPanels['unit'], values: (number | null)[][]) => {
    if (!values.some((r) => r.some((v) => v !== null))) return;
    rows.push({ measure, unit, values, max: Math.max(0, ...values.flat().map((v) => v ?? 0)) });
  };
  add('staffGap', 'person', metric('staffGap')?.byDistrict ?? []);
  add('spaceGap', 'm2', (metric('spaceGap')?.byDistrict ?? []).map((r) => r.map((v) => (v === null ? null : round(v, 2)))));
  add('spending', 'yuan', view.spendingByDistrict.map((r) => r.map(toWan)));
  return rows;
}
