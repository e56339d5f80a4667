/**
 * The map's colours and symbols: few, muted, print-friendly. Facility types differ by symbol as well
 * as colour, so they still tell apart in grey; covered cells are pale and the uncovered darken with
 * the number of residents left out, so the eye goes to where most people lack a service.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import { COMMUNITY_COVERED_SHARE } from '../../engine/coverage/defaults';
import type { FacilityType } from '../../engine/scenario';

export const FACILITY_STYLE: Record<FacilityType, { color: string; shape: SymbolType }> = {
  market: { color: '#b07d2a', shape: symbolSquare },
  sports: { color: '#5f7f32', shape: symbolTriangle },
  culture: { color: '#6a4c93', shape: symbolDiamond },
  service: { color: '#8c1c13', shape: symbolStar },
  medical: { color: '#2a7f7f', shape: symbolCross },
  elderly: { color: '#3b6994', shape: symbolCircle },
  health: { color: '#7a5a3a', shape: symbolWye },
};

/** SVG path of a facility's symbol centred on the origin; area in square pixels. */
export function facilityPath(type: FacilityType, area = 42): string {
  return symbol(FACILITY_STYLE[type].shape, area)() ?? '';
}

/** Covered cells, then uncovered by residents per hectare: under 50, 50–150, 150 and more (bands are a reading aid, estimate). */
export const CELL_COLORS = ['#dfe7ec', '#f1d2c2', '#e0a083', '#c0603f'] as const;
export const DENSITY_BANDS = [50, 150] as const;

/** A community's share within reach of all five: under half, half to the 90% that counts it covered, covered. */
export const SHARE_COLORS = ['#a61b1b', '#d9a441', '#1f6f43'] as const;
/** 0.9 is the share at which the engine counts a community covered (COMMUNITY_COVERED_SHARE). */
export const SHARE_BANDS = [0.5, COMMUNITY_COVERED_SHARE] as const;

export function shareClass(share: number): 0 | 1 | 2 | null {
  if (!Number.isFinite(share)) return null;
  return share >= SHARE_BANDS[1] - 1e-12 ? 2 : share >= SHARE_BANDS[0] ? 1 : 0;
}

export const SITE_COLOR = '#1d2329';
