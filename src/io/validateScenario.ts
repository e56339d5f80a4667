/**
 * The gate every scenario passes before the engine sees it: file import, the editor, the worker and
 * the CLI all call validateScenario. It lists every problem at once so a user can fix a file in one go.
 */
import type { Scenario } from '../engine/scenario';
import { checkCity, type Places } from './checkCity';
import { checkScenario } from './checkScenario';
import { checkBounds } from './fieldBounds';
import { migrateScenario } from './migrations/index';
import { scenarioSchema } from './scenarioSchema';
import { SCHEMA_VERSION, type City } from '../engine/scenario';
import { translateIssues } from './translateIssues';
import type { ValidationError } from './validationError';

export type { ValidationError } from './validationError';

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

/**
 * Never throws, never mutates input; on success returns a fresh copy holding only the known fields,
 * in the current format version (files from earlier versions are migrated first, src/io/migrations).
 */
export function validateScenario(input: unknown): ValidationResult {
  const migrated = migrateScenario(input);
  if (!migrated.ok) return migrated;
  // Messages name paths of the current format: a migrated file is reported as it now reads.
  const data = migrated.data;
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: translateIssues(scenarioSchema, data, parsed.error.issues) };
  // Bounds and cross-field checks assume the shape holds, so they wait until it does.
  const errors = [...checkBounds(parsed.data), ...checkScenario(parsed.data)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: parsed.data };
}

const withoutCity = scenarioSchema.omit({ city: true });

/** A city that passed validateScenario, with its places indexed once for the checks that name them. */
export interface CheckedCity {
  city: City;
  places: Places;
}

/** Index a city that passed validateScenario, for validateWithCheckedCity. */
export function checkedCity(city: City): CheckedCity {
  return { city, places: checkCity({ city } as Scenario, () => {}) };
}

/**
 * validateScenario for a scenario in the current format whose city already passed it, given apart
 * (the engine worker keeps the city of its last run, so a lever edit does not send or check 30,000
 * communities again): the city's shape, bounds and own cross-field checks are not made again, nor its
 * places indexed; every check that reads the city with the rest of the scenario is. A scenario in an older format is checked whole.
 */
export function validateWithCheckedCity(input: Record<string, unknown>, { city, places }: CheckedCity): ValidationResult {
  if (input.schemaVersion !== SCHEMA_VERSION) return validateScenario({ ...input, city });
  const { city: _left, ...data } = input;
  const parsed = withoutCity.safeParse(data);
  if (!parsed.success) return { ok: false, errors: translateIssues(withoutCity, data, parsed.error.issues) };
  const scenario: Scenario = { ...parsed.data, city };
  const errors = [...checkBounds(parsed.data as Scenario), ...checkScenario(scenario, places)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario };
}

const ROOT = { zh: '（整个场景）', en: '(scenario)' };

/** One line per error, `path: message`, for the CLI and for copying into a report. */
export function formatErrors(errors: readonly ValidationError[], lang: 'zh' | 'en'): string {
  return errors.map((e) => `${e.path === '' ? ROOT[lang] : e.path}: ${e[lang]}`).join('\n');
}
