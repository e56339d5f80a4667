/** The figures beside the map (its text alternative): the city's coverage per type for a year, its service circles, and each district's for one type. */
import type { CoverageFigures, CoverageKey } from '../../engine/coverage/types';
import type { RunView } from '../../engine/runView';
import type { CircleYear } from '../../engine/summary';

export interface CityRow {
  key: CoverageKey;
  share: number | null;
  communityShare: number | null;
  uncovered: number | null;
}

/** all5 first: it is the figure GOV2020-4b asks about; then each type in the glossary's order. */
export function cityRows(view: RunView, year: number): CityRow[] {
  const rows = (view.summary.coverage ?? []).filter((c) => c.year === year);
  const ordered = [...rows.filter((r) => r.type === 'all5'), ...rows.filter((r) => r.type !== 'all5')];
  return ordered.map((r) => ({
    key: r.type,
    share: r.residentShare,
    communityShare: r.communityShare,
    uncovered: r.residentShare === null ? null : r.residents - r.coveredResidents,
  }));
}

export interface CircleRow {
  id: string;
  minutes: number;
  types: CircleYear['types'];
  share: number | null;
  communityShare: number | null;
  uncovered: number | null;
}

/** The scenario's service circles (CASES-wuhai) in its order, for the year. */
export function circleRows(view: RunView, year: number): CircleRow[] {
  return (view.summary.serviceCircles ?? [])
    .filter((c) => c.year === year)
    .map((c) => ({
      id: c.circle,
      minutes: c.minutes,
      types: c.types,
      share: c.residentShare,
      communityShare: c.communityShare,
      uncovered: c.residentShare === null ? null : c.residents - c.coveredResidents,
    }));
}

export interface DistrictRow {
  id: string;
  name: string;
  share: number | null;
  /** null until the map's layers (which carry residents by district) have arrived */
  uncovered: number | null;
}

export function districtRows(view: RunView, byDistrict: Record<CoverageKey, CoverageFigures>[] | null, key: CoverageKey, year: number): DistrictRow[] {
  const y = view.summary.years.indexOf(year);
  const cov = view.coverage;
  if (!cov || y < 0) return [];
  return view.districts.map((d, i) => {
    const f = byDistrict?.[i]?.[key];
    return {
      id: d.id,
      name: d.name,
      share: cov.byDistrict[key][i][y],
      uncovered: f && f.residents[y] > 0 ? f.residents[y] - f.coveredResidents[y] : null,
    };
  });
}
