/**
 * The few city-wide series an analyst follows from run to run: staff in post, the staffing and
 * floor-space gaps, spending per payer and, with spatial data, life-circle coverage. Monte Carlo draws
 * keep them per draw (fan charts) and comparisons subtract them year by year. Their names, units and
 * directions are in the registry (src/registry/keySeries.ts).
 */
import { seriesTotal } from './aggregate';
import { metricById } from './metrics';
import type { Projection } from './projection';
import { KEY_SERIES, KEY_SERIES_INFO, type KeySeriesInfo, type KeySeriesName } from '../registry/keySeries';

export { KEY_SERIES, type KeySeriesName } from '../registry/keySeries';

/** What a run's series carry besides their values: unit and direction, without the name. */
export type KeySeriesSpec = Omit<KeySeriesInfo, 'name'>;

export const KEY_SERIES_SPEC = Object.fromEntries(
  KEY_SERIES.map((k) => [k, { unit: KEY_SERIES_INFO[k].unit, better: KEY_SERIES_INFO[k].better }]),
) as Record<KeySeriesName, KeySeriesSpec>;

const STAFF_GAP = metricById('staffGap')!;
const SPACE_GAP = metricById('spaceGap')!;

/** The names a run has: coverage only with spatial data (a projection's coverage is null without it). */
export function keySeriesNames(withCoverage: boolean): KeySeriesName[] {
  return withCoverage ? [...KEY_SERIES] : KEY_SERIES.filter((k) => k !== 'coverage.all5');
}

/** One value per year; NaN where the rule set lacks the rule behind a gap, or the city has no residents. */
export function keySeriesValue(p: Projection, name: KeySeriesName, y: number): number {
  switch (name) {
    case 'inPost':
      return seriesTotal(p, 'inPost', y);
    case 'staffGap':
      return STAFF_GAP.compute(p, y, -1) ?? NaN;
    case 'spaceGap':
      return SPACE_GAP.compute(p, y, -1) ?? NaN;
    case 'spending.city':
      return p.payers.city[y].spent;
    case 'spending.district':
      return p.payers.district[y].spent;
    case 'spending.street':
      return p.payers.street[y].spent;
    case 'coverage.all5':
      return p.coverage?.city.all5.residentShare[y] ?? NaN;
  }
}

/** Every key series of a projection, one array per name, one value per year. */
export function keySeriesOf(p: Projection): Partial<Record<KeySeriesName, Float64Array>> {
  const out: Partial<Record<KeySeriesName, Float64Array>> = {};
  for (const name of keySeriesNames(p.coverage !== null)) out[name] = Float64Array.from(p.years, (_, y) => keySeriesValue(p, name, y));
  return out;
}
