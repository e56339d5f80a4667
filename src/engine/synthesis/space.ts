/**
 * Communities short of floor space in some horizon year, with no automatic programme: what one start
 * must add to meet the rule in every year after it completes (the largest shortfall, whole m²).
 */
import { KIND_CODE } from '../flatten';
import type { Projection } from '../projection';
import { param } from '../metrics/scope';
import type { Calibration } from './calibrate';

export interface Candidate {
  entity: number;
  district: number;
  m2: number;
}

export function spaceCandidates(cal: Calibration): Candidate[] {
  const p = cal.keptRun;
  const { nCommunities: nc, nEntities: n } = p;
  const out: Candidate[] = [];
  for (let e = 0; e < nc; e++) {
    let short = 0;
    for (let y = 0; y < p.years.length; y++) {
      const i = y * n + e;
      if (p.series.established[i] === 1) short = Math.max(short, p.series.spaceRequired[i] - p.series.space[i]);
    }
    if (short > 1e-9) out.push({ entity: e, district: p.entities.district[e], m2: Math.ceil(short - 1e-9) });
  }
  return out;
}

/** The floor a community must reach for a space metric in year y: the requirement, or its kind's minimum; null when outside the rule. */
export function floorFor(p: Projection, metric: 'spaceShareMet' | 'spaceMinShareMet', y: number, e: number): number | null {
  const i = y * p.nEntities + e;
  if (metric === 'spaceShareMet') {
    const rule = param(p, 'space.perHundredHouseholds', y) !== null || param(p, 'space.minUrbanExisting', y) !== null;
    return rule ? p.series.spaceRequired[i] : null;
  }
  const mins = [param(p, 'space.minUrbanExisting', y), param(p, 'space.minUrbanNew', y), param(p, 'space.minRural', y)];
  const kind = p.entities.kind[e];
  return mins[kind] ?? (kind === KIND_CODE.rural ? null : mins[KIND_CODE.urbanExisting]);
}
