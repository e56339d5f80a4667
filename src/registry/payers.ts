/** Who pays (GLOSSARY.md: payer 出资方): the city's, a district's or a street's finance. */
import glossary from './glossary.json';
import type { Name } from './text';

export const PAYERS = ['city', 'district', 'street'] as const;
export type Payer = (typeof PAYERS)[number];

export const PAYER_NAME: Record<Payer, Name> = glossary.payer;

/** The level alone, where the context already says "finance" (column headers, table rows). */
export const PAYER_SHORT_NAME: Record<Payer, Name> = glossary.payerShort;
