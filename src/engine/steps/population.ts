/** Households grown from the base year (the year's opening, openYear.ts, works out residents and establishment from them). */
import { round as roundExported } from '../round';

// A module constant: an imported binding is read through its module cell, which optimised code tests at each call in growHouseholds' loop, every community.
const round = roundExported;

/**
 * The furthest ahead a scenario can look: a horizon of at most 200 years (1900–2100) and a building
 * lead time of at most 10 (src/io/fieldBounds.ts), with room to spare.
 */
export const YEARS_AHEAD_MAX = 256;

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
  return round(Math.min(dwellings, h0 * factor));
}
