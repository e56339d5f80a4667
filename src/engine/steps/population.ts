/** Households, residents and establishment of new estates for one year. */
import { KIND_CODE, type BaseArrays } from '../flatten';
import type { Run } from '../runState';

const URBAN_NEW = KIND_CODE.urbanNew;

/**
 * The furthest ahead a scenario can look: a horizon of at most 200 years (1900–2100) and a building
 * lead time of at most 10 (src/io/fieldBounds.ts), with room to spare.
 */
const YEARS_AHEAD_MAX = 256;

/**
 * Households k years after the base year: compound growth, capped at the dwellings built. Repeated
 * multiplication rather than Math.pow: k is a handful of years, it is several times faster over a
 * national sweep, and its result does not depend on a JavaScript engine's pow. Past YEARS_AHEAD_MAX,
 * which no checked scenario reaches, pow keeps the loop from running for as many years as it is told.
 */
export function householdsAfter(h0: number, growth: number, dwellings: number, k: number): number {
  if (k > YEARS_AHEAD_MAX) return Math.round(Math.min(dwellings, h0 * (1 + growth) ** k));
  let factor = 1;
  for (let i = 0; i < k; i++) factor *= 1 + growth;
  return Math.round(Math.min(dwellings, h0 * factor));
}

/** Every community's households k years after the base year, into out (one loop, for the steps that need them all). */
export function householdsAllAfter(base: BaseArrays, nc: number, k: number, out: Float64Array): Float64Array {
  for (let e = 0; e < nc; e++) out[e] = householdsAfter(base.households[e], base.growth[e], base.dwellings[e], k);
  return out;
}

export function stepPopulation(run: Run, y: number): void {
  const { flat, series, years, baseYear } = run;
  const { nCommunities: nc, nEntities: n, entities, base } = flat;
  const k = years[y] - baseYear;
  const o = y * n;
  const occupancy = run.params['community.establishOccupancy']?.[y] ?? null;
  const { households, residents, established } = series;
  householdsAllAfter(base, nc, k, households.subarray(o, o + nc));
  for (let e = 0; e < nc; e++) {
    const h = households[o + e];
    residents[o + e] = base.households[e] > 0 ? Math.round((base.residents[e] * h) / base.households[e]) : base.residents[e];
    // GOV2020-2b: a new estate gets its own committee once occupancy reaches the threshold, and keeps it.
    const waits = entities.kind[e] === URBAN_NEW && occupancy !== null && Number.isFinite(base.dwellings[e]);
    const wasEstablished = y > 0 && established[o - n + e] === 1;
    established[o + e] = !waits || wasEstablished || h >= occupancy * base.dwellings[e] ? 1 : 0;
  }
  for (let e = nc; e < n; e++) {
    established[o + e] = 1;
    households[o + e] = 0;
    residents[o + e] = 0;
  }
  // Streets and districts show the households and residents of their communities.
  for (let e = 0; e < nc; e++) {
    const s = entities.street[e];
    const d = flat.nCommunities + flat.nStreets + entities.district[e];
    households[o + s] += households[o + e];
    households[o + d] += households[o + e];
    residents[o + s] += residents[o + e];
    residents[o + d] += residents[o + e];
  }
}
