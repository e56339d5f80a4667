/** One step of a scenario file from one format version to the next. */
export interface Migration {
  from: number;
  to: number;
  /** what changed, for the record and the tests */
  what: { zh: string; en: string };
  /** a new object in the next version's shape; never mutates, never throws on odd input */
  up(data: Record<string, unknown>): Record<string, unknown>;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
