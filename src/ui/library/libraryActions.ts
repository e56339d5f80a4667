/**
 * What the library does to the store, apart from the page: import, new from a built-in, duplicate,
 * rename, export. Each either finishes or leaves the store as it was; storage failures come out as
 * StoreError for the page to show.
 */
import type { Scenario } from '../../engine/scenario';
import { bothLanguages } from '../../i18n/library';
import type { Locale } from '../../i18n/messages';
import type { ScenarioRecord } from '../../store/records';
import { StoreError, type ScenarioStore } from '../../store/scenarioStore';
import type { ValidationError } from '../engineClient';
import { newRecord } from './createFromBuiltIn';
import { copyName, uniqueName } from './names';
import { checkImport, type Validate } from './parseImport';

export type LibraryStore = Pick<ScenarioStore, 'list' | 'load' | 'save'>;

export type Imported = { ok: true; record: ScenarioRecord } | { ok: false; errors: ValidationError[] };

async function takenNames(store: LibraryStore): Promise<string[]> {
  return (await store.list()).map((meta) => meta.name);
}

async function loadOrFail(store: LibraryStore, id: string): Promise<ScenarioRecord> {
  const record = await store.load(id);
  if (!record) {
    const missing = bothLanguages((m) => m.missing);
    throw new StoreError(missing.zh, missing.en);
  }
  return record;
}

/** Save a checked scenario as a new record, its name made unique in the library. */
export async function addScenario(store: LibraryStore, scenario: Scenario, locale: Locale, source?: string): Promise<ScenarioRecord> {
  const name = uniqueName(scenario.name, await takenNames(store), locale);
  return store.save(newRecord({ ...scenario, name }, source));
}

/** A file's text: saved as one new record when it is a valid scenario, else its problems and no change. */
export async function importScenario(text: string, store: LibraryStore, validate: Validate, locale: Locale): Promise<Imported> {
  const checked = await checkImport(text, validate);
  if (!checked.ok) return checked;
  return { ok: true, record: await addScenario(store, checked.data as Scenario, locale) };
}

export async function duplicateScenario(store: LibraryStore, id: string, locale: Locale): Promise<ScenarioRecord> {
  const original = await loadOrFail(store, id);
  const name = copyName(original.name, await takenNames(store), locale);
  // Same scenario, same verdicts: the copy keeps the original's summary until it is run again.
  const copy = { ...newRecord({ ...original.scenario, name }, original.source), ...(original.verdicts && { verdicts: original.verdicts }) };
  return store.save(copy);
}

/** The record's name and the scenario's own name move together, so an export carries the new name. */
export async function renameScenario(store: LibraryStore, id: string, name: string, now = Date.now()): Promise<ScenarioRecord> {
  const record = await loadOrFail(store, id);
  // Saved from the revision just read: a tab that saved in between is not overwritten.
  return store.save({ ...record, name, scenario: { ...record.scenario, name }, updatedAt: now });
}
