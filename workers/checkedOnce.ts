/**
 * The scenario validate() last passed, kept for the run that usually follows it: the first visit checks
 * the demo before opening it, then the results tab runs the same text, and a second check would cost as
 * much as the first (zod, bounds, cross-field checks: a tenth of the demo's cold run). Kept for one run
 * only, so a lever edit never pays for the comparison; matched on a digest of the value (src/io/valueDigest.ts),
 * since the page sends copies, never the object itself, and a province's JSON text would be 17 MB held
 * from the check to the run and 17 MB more written out to compare.
 */
import type { Scenario } from '../src/engine';
import type { CheckedCity, ValidationResult } from '../src/io/validateScenario';
import { checkedCity, validateScenario, validateWithCheckedCity } from './validator';
import { digestOf } from '../src/io/valueDigest';

let kept: { digest: string; scenario: Scenario } | null = null;
/** the city of the last run that passed, with the page's number for it (src/ui/cityRevision.ts) */
let city: { revision: number; checked: CheckedCity } | null = null;

/** validateScenario, remembering a scenario that passes for checkOnce(). */
export function checkAndKeep(input: unknown): ValidationResult {
  const checked = validateScenario(input);
  const digest = checked.ok ? digestOf(input) : null;
  kept = digest !== null && checked.ok ? { digest, scenario: checked.scenario } : null;
  return checked;
}

/** validateScenario, or the scenario kept by checkAndKeep when the input is the same value. */
export function checkOnce(input: unknown): ValidationResult {
  const last = kept;
  kept = null;
  if (last && digestOf(input) === last.digest) return { ok: true, scenario: last.scenario };
  return validateScenario(input);
}

/**
 * The scenario kept by checkAndKeep when its input had this digest, which the page made of the
 * scenario it runs: then the page need not send it (for a province, 17 MB written out there and 60-80
 * MB of objects made here, beside the checked copy). Taken once, like checkOnce's.
 */
export function keptByDigest(digest: string): Scenario | null {
  const last = kept;
  kept = null;
  return last?.digest === digest ? last.scenario : null;
}

/** Remember the city of a run that passed, under its revision, for checkWithKeptCity(). */
export function keepCity(revision: number | undefined, scenario: Scenario): void {
  if (revision === undefined) city = null;
  else if (city?.revision !== revision) city = { revision, checked: checkedCity(scenario.city) };
}

/**
 * A scenario sent without its city, which is the kept one of this revision: checked with the city
 * taken as checked. null when this worker holds no such city (it was restarted): send it whole.
 */
export function checkWithKeptCity(input: Record<string, unknown>, revision: number): ValidationResult | null {
  if (city?.revision !== revision) return null;
  kept = null;
  return validateWithCheckedCity(input, city.checked);
}
