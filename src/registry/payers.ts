/** Who pays (GLOSSARY.md: payer 出资方): the city's, a district's or a street's finance. */
import type { Name } from './text';

export const PAYERS = ['city', 'district', 'street'] as const;
export type Payer = (typeof PAYERS)[number];

export const PAYER_NAME: Record<Payer, Name> = {
  city: { zh: '市级财政', en: 'city finance' },
  district: { zh: '区（县）级财政', en: 'district finance' },
  street: { zh: '街道财政', en: 'street finance' },
};

/** The level alone, where the context already says "finance" (column headers, table rows). */
export const PAYER_SHORT_NAME: Record<Payer, Name> = {
  city: { zh: '市级', en: 'city' },
  district: { zh: '区（县）级', en: 'district' },
  street: { zh: '街道', en: 'street' },
};
