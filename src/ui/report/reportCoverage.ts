/**
 * The report's life-circle table: each district's share of residents within a walk of each type and
 * of all five, the residents out of reach of all five, and the city's row last (the same figures as
 * the map tab's tables, src/ui/map/figures.ts).
 */
import type { CoverageFigures, CoverageKey } from '../../engine/coverage/types';
import type { RunView } from '../../engine/runView';
import { COVERAGE_KEYS } from '../../registry';
import type { CityRow } from '../map/figures';
import { districtRows } from '../map/figures';

export interface CoverageRow {
  /** '' for the city */
  id: string;
  name: string;
  shares: Record<CoverageKey, number | null>;
  /** residents out of reach of all five; null until the map's layers (which hold residents by district) arrive */
  uncovered: number | null;
}

export function coverageTable(view: RunView, byDistrict: Record<CoverageKey, CoverageFigures>[] | null, city: readonly CityRow[], year: number): CoverageRow[] {
  const perKey = new Map(COVERAGE_KEYS.map((k) => [k, districtRows(view, byDistrict, k, year)]));
  const all5 = perKey.get('all5')!;
  const rows: CoverageRow[] = all5.map((d, i) => ({
    id: d.id,
    name: d.name,
    shares: Object.fromEntries(COVERAGE_KEYS.map((k) => [k, perKey.get(k)![i]?.share ?? null])) as Record<CoverageKey, number | null>,
    uncovered: d.uncovered,
  }));
  if (rows.length === 0) return rows;
  const byKey = new Map(city.map((r) => [r.key, r]));
  rows.push({
    id: '',
    name: '',
    shares: Object.fromEntries(COVERAGE_KEYS.map((k) => [k, byKey.get(k)?.share ?? null])) as Record<CoverageKey, number | null>,
    uncovered: byKey.get('all5')?.uncovered ?? null,
  });
  return rows;
}
