/**
 * A number for each city object the page sends to the engine worker. The scenario is edited as
 * immutable snapshots (src/ui/state/setIn.ts), so an edit of the plan, the targets or the rule set
 * keeps the city object, and with it its number: the worker then reuses the city as it prepared it
 * (workers/preparedCity.ts). An edit of the city makes a new object and so a new number.
 */
const revisions = new WeakMap<object, number>();
let next = 0;

export function cityRevision(scenario: unknown): number | undefined {
  const city = typeof scenario === 'object' && scenario !== null ? (scenario as { city?: unknown }).city : undefined;
  if (typeof city !== 'object' || city === null) return undefined;
  let revision = revisions.get(city);
  if (revision === undefined) revisions.set(city, (revision = ++next));
  return revision;
}
