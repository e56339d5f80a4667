/**
 * Flatten over one national city in the shapes its communities can take: as the bench generates it (two
 * object shapes: with dwellings and without), and as imported from a workbook whose rows leave different
 * optional cells blank (./importedCity.ts: one shape for each set of cells filled, as every city the app
 * runs has passed the validator, which rebuilds each community in the schema's key order). A property
 * read over many shapes is a lookup by shape rather than a load at a known offset, so the imported
 * city flattens slower than the generated one with the same number of communities.
 */
import { flatten } from '../../src/engine/flatten';
import type { City } from '../../src/engine/scenario';
import { NATION, countCommunities, scenarioOfSize } from './cities';
import { importedScenario } from './importedCity';
import { collect, fmtMs, table, time } from './measure';

/** How many communities' key lists differ: a lower bound on their object shapes. */
function keySets(city: City): number {
  const seen = new Set<string>();
  for (const d of city.districts) for (const s of d.streets) for (const c of s.communities) seen.add(Object.keys(c).join());
  return seen.size;
}

export function benchCityShapes(log: (line: string) => void): void {
  const generated = scenarioOfSize(NATION);
  const cities: [string, City][] = [
    ['generated', generated.city],
    ['a JSON copy of it', JSON.parse(JSON.stringify(generated.city)) as City],
    ['imported from a workbook', importedScenario(generated).city],
  ];
  let sink: unknown;
  const rows = [['flatten, national city', 'communities', 'key sets', 'median', 'range', 'runs']];
  for (const [label, city] of cities) {
    // From a collected heap: the import's garbage would otherwise be swept in the first timed runs.
    collect();
    const t = time(() => flatten(city), 15, 5, (x) => (sink = x));
    rows.push([label, countCommunities(city).toLocaleString('en-US'), String(keySets(city)), fmtMs(t.median), `${fmtMs(t.min)}–${fmtMs(t.max)}`, String(t.runs)]);
  }
  log(`\n${table(rows)}`);
  sink = null;
}
