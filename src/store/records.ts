import type { Scenario } from '../engine/scenario';
import type { Name } from '../registry/text';

/** How a scenario did when last run, for the library list. */
export interface VerdictSummary {
  met: number;
  total: number;
}

export interface ScenarioRecord {
  id: string;
  name: string;
  scenario: Scenario;
  createdAt: number;
  updatedAt: number;
  /** the built-in scenario it was made from, if any */
  source?: string;
  verdicts?: VerdictSummary;
  /** counts saves; a save must start from the revision it read (absent on records older than revisions: 0) */
  revision?: number;
}

/**
 * A stored revision's scenario, kept after a newer one replaced it because an edit journal entry was
 * written on it: the entry's patches address list rows by position, so they replay exactly only there.
 */
export interface KeptBase {
  scenarioId: string;
  revision: number;
  scenario: Scenario;
}

/** What the library list shows, without the city; ruleSetName only for a rule set the scenario carries (the built-ins are named by id). */
export type ScenarioMeta = Omit<ScenarioRecord, 'scenario'> & { ruleSetId: string; ruleSetName?: Name; horizon: Scenario['horizon'] };

import type { Damage } from '../i18n/storage';

export type { Damage };

/** A stored record that cannot be read as a scenario: kept as it is, for export and delete. */
export interface DamagedRecord {
  id: string;
  name: string;
  damage: Damage;
  raw: unknown;
}

export interface Settings {
  locale?: 'zh-CN' | 'en';
}

export const revisionOf = (r: { revision?: unknown }): number => (typeof r.revision === 'number' ? r.revision : 0);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isYear = (x: unknown): boolean => Number.isInteger(x);

/** What is wrong with a stored value, or null when the app can open it (the full check runs in the worker). */
export function damageOf(raw: unknown): Damage | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string' || typeof raw.updatedAt !== 'number') return 'record';
  const scenario = raw.scenario;
  if (!isObject(scenario)) return 'scenario';
  if (!isObject(scenario.ruleSet) || typeof scenario.ruleSet.id !== 'string') return 'ruleSet';
  const h = scenario.horizon;
  if (!isObject(h) || !isYear(h.baseYear) || !isYear(h.firstYear) || !isYear(h.lastYear) || (h.firstYear as number) > (h.lastYear as number)) return 'horizon';
  if (!isObject(scenario.city)) return 'city';
  return null;
}

export function damagedRecord(key: string, raw: unknown, damage: Damage): DamagedRecord {
  const name = isObject(raw) && typeof raw.name === 'string' ? raw.name : key;
  return { id: key, name, damage, raw };
}

export function metaOf(r: ScenarioRecord): ScenarioMeta {
  const { scenario, ...rest } = r;
  const own = scenario.ruleSet.custom?.name;
  return { ...rest, ruleSetId: scenario.ruleSet.id, ...(own && { ruleSetName: own }), horizon: scenario.horizon };
}

/**
 * What the library lists of a stored record, kept beside it (database version 7) so that listing the
 * library never reads a scenario (a province's is 15 MB): its meta, or why it cannot be opened. A
 * change to metaOf or damageOf needs a database version whose upgrade writes the entries again.
 */
export type ListingEntry = { id: string; meta: ScenarioMeta } | { id: string; name: string; damage: Damage };

export function listingOf(key: string, raw: unknown): ListingEntry {
  const damage = damageOf(raw);
  return damage ? { id: key, name: damagedRecord(key, raw, damage).name, damage } : { id: key, meta: metaOf(raw as ScenarioRecord) };
}
