import type { Name } from '../../registry';

/** A problem found in a GeoJSON file: which feature (its index in the file, from 0), and what to do about it. */
export interface GeoProblem {
  /** index of the feature in the file's features array; null for the file as a whole */
  feature: number | null;
  zh: string;
  en: string;
}

export function problem(feature: number | null, message: Name): GeoProblem {
  return { feature, zh: message.zh, en: message.en };
}
