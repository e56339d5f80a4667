/** The three levels of a city's tree and the kinds of community (GLOSSARY.md). */
import glossary from './glossary.json';
import type { Name } from './text';

/** Entity levels in the engine's struct of arrays: communities first, then streets, then districts. */
export const LEVEL = { community: 0, street: 1, district: 2 } as const;
export type Level = (typeof LEVEL)[keyof typeof LEVEL];
export type LevelCode = keyof typeof LEVEL;

export const LEVEL_NAME: Record<LevelCode, Name> = glossary.level;

export const COMMUNITY_KINDS = ['urbanExisting', 'urbanNew', 'rural'] as const;
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

export const COMMUNITY_KIND_NAME: Record<CommunityKind, Name> = glossary.communityKind;

/** The sheets of a city's spreadsheet, one per kind of row (src/io/tabular/columns.ts gives their columns). */
export const SHEET_LEVELS = ['city', 'districts', 'streets', 'communities', 'facilities', 'networkNodes', 'networkEdges'] as const;
export type SheetLevel = (typeof SHEET_LEVELS)[number];
