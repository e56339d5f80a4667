/**
 * The scenario validate() last passed, kept for the run that usually follows it: the first visit checks
 * the demo before opening it, then the results tab runs the same text, and a second check would cost as
 * much as the first (zod, bounds, cross-field checks: a tenth of the demo's cold run). Kept for one run
 * only, so a lever edit never pays for the comparison; matched on the JSON text, since the page sends
 * copies, never the object itself.
 */
import type { Scenario } from '../src/engine';
import type { CheckedCity, ValidationResult } from '../src/io/validateScenario';
import { checkedCity, validateScenario, validateWithCheckedCity } from './validator';

let kept: { text: string; scenario: Scenario } | null = null;
/** the city of the last run that passed, with the page's number for it (src/ui/cityRevision.ts) */
let city: { revision: number; checked: CheckedCity } | null = null;

/** validateScenario, remembering a scenario that passes for checkOnce(). */
export function checkAndKeep(input: unknown): ValidationResult {
  const checked = validateScenario(input);
  kept = checked.ok ? { text: JSON.stringify(input), scenario: checked.scenario } : null;
  return checked;
}

/** validateScenario, or the scenario kept by checkAndKeep when the input is the same text. */
export function checkOnce(input: unknown): ValidationResult {
  const last = kept;
  kept = null;
  if (last && JSON.stringify(input) === last.text) return { ok: true, scenario: last.scenario };
  return validateScenario(input);
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
