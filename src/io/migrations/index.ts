/**
 * Scenario files carry the format version they were written in (schemaVersion). Before validation
 * every file is brought up to the current version one step at a time, so a file saved by any earlier
 * release still opens with its meaning kept. A file from a newer release is refused with a message
 * that says so, rather than with a list of fields this release does not know.
 *
 * Changing the format: raise SCHEMA_VERSION in src/engine/scenario.ts, write vNToVN+1.ts with a
 * fixture of the old shape (src/fixtures/) and a test that the old file opens with its meaning kept, and
 * append the step to MIGRATIONS.
 */
import { MIGRATION } from '../../i18n/validation';
import { SCHEMA_VERSION } from '../../engine/scenario';
import type { ValidationError } from '../validationError';
import { isPlainObject, type Migration } from './migration';
import { v0ToV1 } from './v0ToV1';
import { v1ToV2 } from './v1ToV2';
import { v2ToV3 } from './v2ToV3';

export type { Migration } from './migration';

/** One step from each earlier version; MIGRATIONS[v] goes from v to v + 1. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3];

export const CURRENT_VERSION: number = SCHEMA_VERSION;

export type MigrationResult =
  /** from: the version the file was in; null when it could not be told and the data passes unchanged */
  | { ok: true; data: unknown; from: number | null }
  | { ok: false; errors: ValidationError[] };

/** The file's version: 0 without a schemaVersion field, null when the field is not a whole number ≥ 0. */
export function versionOf(data: Record<string, unknown>): number | null {
  if (!Object.hasOwn(data, 'schemaVersion')) return 0;
  const v = data.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export function newerVersionError(version: number): ValidationError {
  return { path: 'schemaVersion', ...MIGRATION.newer(version, CURRENT_VERSION) };
}

/**
 * The input in the current version's shape. Never throws and never mutates; what it cannot read (not
 * an object, a schemaVersion that is not a whole number) passes unchanged for the validator to report.
 */
export function migrateScenario(input: unknown): MigrationResult {
  if (!isPlainObject(input)) return { ok: true, data: input, from: null };
  const from = versionOf(input);
  if (from === null) return { ok: true, data: input, from: null };
  if (from > CURRENT_VERSION) return { ok: false, errors: [newerVersionError(from)] };
  let data = input;
  for (let v = from; v < CURRENT_VERSION; v++) data = MIGRATIONS[v].up(data);
  return { ok: true, data, from };
}
