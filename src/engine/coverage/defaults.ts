/**
 * The life circle's defaults and the walking reach they give. A scenario may set each one in
 * city.spatial; the documents give no distance, so speed and detour are scenario parameters
 * (RULES.md, notes for modelling).
 */
import type { Spatial, Walk } from '../scenario';

export const DEFAULT_WALK: Required<Walk> = {
  // GOV2020-4b: the 15-minute life circle.
  minutes: 15,
  // STANDARDS.md: life-circle audits use 60–80 m per minute; 70 is the middle.
  speedMetresPerMinute: 70,
  // Estimate: streets and blocks make a walk about a quarter longer than the straight line. With the
  // two above the straight-line radius is 15 × 70 / 1.25 = 840 m, inside GB 50180-2018's 800–1,000 m
  // for the 15-minute circle (STANDARDS.md).
  detourFactor: 1.25,
};

/** Estimate: 100 m cells resolve a 840 m circle to within half a cell (50 m) at its edge. */
export const DEFAULT_CELL_SIZE = 100;

/**
 * A community counts as covered when at least 90% of its residents are within the walk (estimate).
 * The share of residents decides rather than one representative point, so a community is never in or
 * out on the strength of one cell; 90% rather than 100% keeps a sliver of boundary cells (the grid
 * places residents to within half a cell) from failing a community whose people are served.
 */
export const COMMUNITY_COVERED_SHARE = 0.9;

export function walkOf(spatial: Spatial): Required<Walk> {
  return { ...DEFAULT_WALK, ...stripUndefined(spatial.walk ?? {}) };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Metres walked in the time: the network's limit. */
export function walkLimit(walk: Required<Walk>): number {
  return walk.minutes * walk.speedMetresPerMinute;
}

/** The straight-line radius: the walk shortened by the detour factor. */
export function straightReach(walk: Required<Walk>): number {
  return walkLimit(walk) / walk.detourFactor;
}
