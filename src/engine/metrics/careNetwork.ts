/**
 * NT2011-4 elderly care metrics: the share of communities with their own home-based care station
 * (urban: every one by end 2011; rural: at least 60%), how many stations the rule still lacks, and
 * how many NT2011-4c points (30 day-care stations, 30 meal points, 10 rehabilitation points in 2012)
 * are still to open. Presence and counts, not walking reach.
 */
import type { DistrictFilter } from '../aggregate';
import { KIND_CODE } from '../flatten';
import { LEVEL, type Projection } from '../projection';
import { CARE_POINTS } from '../../registry/facilityTypes';
import type { MetricId } from '../../registry/metrics';
import { eachOf, param, shareOf } from './scope';
import type { MetricDef } from './types';

const RULES = ['NT2011-4'];
const POINT_KEY = { dayCare: 'elderly.dayCarePoints', meal: 'elderly.mealPoints', rehab: 'elderly.rehabPoints' } as const;

const hasStation = (p: Projection, e: number, y: number) => p.careNetwork.stationFrom[e] <= p.years[y];
const isRural = (p: Projection, e: number) => p.entities.kind[e] === KIND_CODE.rural;

function stationShare(rural: boolean) {
  const key = rural ? 'elderly.stationShareRural' : 'elderly.stationShareUrban';
  return (p: Projection, y: number, d: DistrictFilter) =>
    param(p, key, y) === null ? null : shareOf(p, y, LEVEL.community, d, (_, e) => (isRural(p, e) === rural ? hasStation(p, e, y) : null));
}

/** Stations short of the rule: for urban and rural communities, max(0, ⌈required share × communities⌉ − with a station). */
function stationsShort(p: Projection, y: number, d: DistrictFilter): number | null {
  const shares = [param(p, 'elderly.stationShareUrban', y), param(p, 'elderly.stationShareRural', y)];
  if (shares.every((s) => s === null)) return null;
  const n = [0, 0];
  const have = [0, 0];
  const base = y * p.nEntities;
  eachOf(p, LEVEL.community, d, (e) => {
    if (p.series.established[base + e] === 0) return;
    const k = isRural(p, e) ? 1 : 0;
    n[k]++;
    if (hasStation(p, e, y)) have[k]++;
  });
  return shares.reduce<number>((sum, s, k) => (s === null ? sum : sum + Math.max(0, Math.ceil(s * n[k] - 1e-9) - have[k])), 0);
}

/** NT2011-4c points still to open, all three kinds: Σ max(0, required − open). The clause counts the city area, so a district scope has none. */
function pointsShort(p: Projection, y: number, d: DistrictFilter): number | null {
  const required = CARE_POINTS.map((k) => param(p, POINT_KEY[k], y));
  if (required.every((r) => r === null) || d >= 0) return null;
  return CARE_POINTS.reduce((sum, k, j) => sum + Math.max(0, (required[j] ?? 0) - p.careNetwork.points[k][y]), 0);
}

export const CARE_METRICS = {
  careStationShare: { unit: 'share', better: 'higher', rules: RULES, concerns: 'elderlyCare', compute: stationShare(false) },
  careStationShareRural: { unit: 'share', better: 'higher', rules: RULES, concerns: 'elderlyCare', compute: stationShare(true) },
  careStationsShort: { unit: 'count', better: 'lower', rules: RULES, concerns: 'elderlyCare', compute: stationsShort },
  carePointsShort: { unit: 'count', better: 'lower', rules: ['NT2011-4c'], concerns: 'elderlyCare', compute: pointsShort },
} satisfies Partial<Record<MetricId, MetricDef>>;
