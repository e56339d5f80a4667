/**
 * Which scenarios are compared: the ids in the address, baseline first. Choosing adds at the end,
 * unchoosing removes; a new baseline moves to the front. At most four, as the engine compares.
 */
export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

export function toggleId(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id);
  return ids.length >= MAX_COMPARED ? [...ids] : [...ids, id];
}

export function makeBaseline(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [id, ...ids.filter((x) => x !== id)] : [...ids];
}

/** The ids from the address that are in the library, once each, in order, at most four. */
export function knownIds(ids: readonly string[], known: ReadonlySet<string>): string[] {
  return [...new Set(ids)].filter((id) => known.has(id)).slice(0, MAX_COMPARED);
}
