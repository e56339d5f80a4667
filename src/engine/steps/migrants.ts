/** People the rules count beyond households: registered migrant households (QY-8) and migrant coordinators (QY-9). */
import { isBlank, type Flat } from '../flatten';
import type { Run } from '../runState';

/**
 * Registered households to date: the community's registrations a year times the years since the base
 * year, since QY-8 pays 每户每年 — for each household every year from its registration, not once.
 * Coordinators: ⌈migrants ÷ migrants per coordinator⌉ where the rule set (or the plan's override) sets a
 * ratio. Streets and districts keep 0: both figures are community counts.
 */
export function stepMigrants(run: Run, y: number): void {
  const { flat, series, years, baseYear } = run;
  const { nCommunities: nc, nEntities: n, base } = flat;
  const o = y * n;
  const sinceBase = Math.max(0, years[y] - baseYear);
  const perCoordinator = run.params['migrants.perCoordinator']?.[y] ?? 0;
  const { registeredHouseholds, coordinators } = series;
  // A city without migrants keeps both series as one shared zero array (runState.ts): writing its zeros would only touch its pages.
  if (registeredHouseholds === coordinators) return;
  for (let e = 0; e < nc; e++) {
    registeredHouseholds[o + e] = base.registrations[e] * sinceBase;
    coordinators[o + e] = perCoordinator > 0 ? Math.ceil(base.migrants[e] / perCoordinator) : 0;
  }
}

/** Whether any community has migrants or registrations (QY-8, QY-9); anything but +0 counts. */
export function withMigrants({ nCommunities, base }: Flat): boolean {
  // A city that gives none keeps flatten's shared array of +0 (flatten.ts blank): nothing to look through.
  if (isBlank(base.migrants, 0) && isBlank(base.registrations, 0)) return false;
  for (let e = 0; e < nCommunities; e++) if (!Object.is(base.migrants[e], 0) || !Object.is(base.registrations[e], 0)) return true;
  return false;
}
