/** Who pays (GLOSSARY.md: payer 出资方): the city's, a district's or a street's finance. */
import glossary from './glossary.json';
import type { Name } from './text';

export const PAYERS = ['city', 'district', 'street'] as const;
export type Payer = (typeof PAYERS)[number];

/**
 * A payer's position in PAYERS, where a run keeps values by payer in arrays: a read by the payer's name
 * at a place that met one payer only is compiled to that one name, and the optimised code drops back to
 * the interpreter the first time another comes by (a Monte Carlo worker's first draw short of another payer).
 */
export const payerAt = (p: Payer): number => (p === 'city' ? 0 : p === 'district' ? 1 : 2);

export const PAYER_NAME: Record<Payer, Name> = glossary.payer;

/** The level alone, where the context already says "finance" (column headers, table rows). */
export const PAYER_SHORT_NAME: Record<Payer, Name> = glossary.payerShort;
