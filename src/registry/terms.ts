/**
 * The guide's glossary: the concepts a user meets on screen (GLOSSARY.md), named once here, and a
 * definition in both languages for each of them and for the codes of the other tables the glossary
 * lists. The screens name these concepts in src/i18n; a test there checks they use the same words.
 * Not exported from the registry's index: only the guide reads it, and the first screen stays without it.
 */
import definitions from './definitions.json';
import glossary from './glossary.json';
import type { Name } from './text';

export const TERMS = [
  'scenario',
  'worker',
  'serviceSpace',
  'lifeCircle',
  'coverage',
  'ruleSet',
  'rule',
  'plan',
  'lever',
  'budget',
  'payer',
  'horizon',
  'target',
  'verdict',
  'met',
  'shortfall',
  'binding',
  'estimated',
  'probability',
  'goalSeek',
  'explanation',
] as const;
export type Term = (typeof TERMS)[number];

export const TERM_NAME: Record<Term, Name> = glossary.term;

/** The glossary tables the guide lists, in its order: the concepts, the codes users pick from, then what targets measure and what money is spent on. */
export const GLOSSARY_TABLES = ['term', 'level', 'communityKind', 'facilityType', 'payer', 'uncertainInput', 'metric', 'costItem'] as const;
export type GlossaryTable = (typeof GLOSSARY_TABLES)[number];

/**
 * "table.code" → its definition; absent where none has been written (registry.test.ts fails then).
 * A file of their own, so the first screen, which shows names but no definitions, does not carry them.
 */
export const DEFINITION: Record<string, Name | undefined> = definitions;

/** Every entry the guide's glossary lists: its table, code, name and definition. */
export function glossaryEntries(): { table: GlossaryTable; code: string; name: Name; definition: Name | undefined }[] {
  return GLOSSARY_TABLES.flatMap((table) =>
    Object.entries(glossary[table] as Record<string, Name>).map(([code, name]) => ({ table, code, name, definition: DEFINITION[`${table}.${code}`] })),
  );
}
