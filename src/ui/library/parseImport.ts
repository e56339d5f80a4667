/**
 * A file's text on its way into the library: JSON first, then the same validator the engine uses.
 * Either the data is good, or every problem is listed (path and message in both languages) and
 * nothing else happens.
 */
import { bothLanguages } from '../../i18n/library';
import { migrateScenario } from '../../io/migrations';
import type { ValidationError } from '../engineClient';

/** The engine's check (app.client.validate in the app): the problems found, none when valid. */
export type Validate = (data: unknown) => Promise<ValidationError[]>;

export type Checked = { ok: true; data: unknown } | { ok: false; errors: ValidationError[] };

const fileError = (message: { zh: string; en: string }): ValidationError => ({ path: '', ...message });

export function parseJson(text: string): Checked {
  // Some Windows editors save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, errors: [fileError(bothLanguages((m) => m.import.empty))] };
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [fileError(bothLanguages((m) => m.import.notJson(detail)))] };
  }
}

/** Parsed, brought up to the current format (files from earlier versions), then validated. */
export async function checkImport(text: string, validate: Validate): Promise<Checked> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  // The library stores what it is given, so an old file must be stored in today's shape.
  const migrated = migrateScenario(parsed.data);
  if (!migrated.ok) return migrated;
  const errors = await validate(migrated.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: migrated.data };
}
