/**
 * A fresh run's residents, and its streets' and districts' households, made when first read, not worked
 * out as the run goes: no step reads them (the steps read a community's households, which the run keeps),
 * only the readers of a finished projection do, and a sweep or a goal seek's probes read none of them.
 * On a national run that spares the year's opening a division and four scattered additions a community,
 * and 2.5 MB of new pages.
 *
 * Each is worked out with the same operations in the same order as the year's opening (openYear.ts
 * openStations and required) would have, from the communities' households it kept, so every bit is the
 * same: a station starts each year at 0 and adds its communities' figures in the communities' order, and
 * a community's residents are round(r0 × h ÷ h0), or r0 where h0 is not above 0.
 *
 * It holds where nothing reads residents while the run lasts: coverage reads them as the projection is
 * made, so a run of a city with geometry (coverage prepared) works them out as it goes.
 */
import type { Flat } from '../flatten';
import { onFirstRead } from '../onFirstRead';
import type { Counts, Series } from '../projection';
import { round } from '../round';

export function populationCanWait(fresh: boolean, coverage: boolean): boolean {
  return fresh && !coverage;
}

/** The streets' and districts' households of every year, added into the run's own households. */
function stationHouseholds(households: Counts, { nCommunities: nc, nStreets: ns, nEntities: n, entities }: Flat): Counts {
  const { street, district } = entities;
  for (let o = 0; o < households.length; o += n) {
    for (let e = nc; e < n; e++) households[o + e] = 0;
    for (let e = 0; e < nc; e++) {
      const h = households[o + e];
      households[o + street[e]] += h;
      households[o + nc + ns + district[e]] += h;
    }
  }
  return households;
}

/** Every entity's residents of every year, in an array of the households' kind; the stations' start at 0 as a new array's do. */
function residentsOf(households: Counts, { nCommunities: nc, nStreets: ns, nEntities: n, entities, base }: Flat): Counts {
  const { street, district } = entities;
  const { households: h0, residents: r0 } = base;
  const residents = households instanceof Int32Array ? new Int32Array(households.length) : new Float64Array(households.length);
  for (let o = 0; o < households.length; o += n) {
    for (let e = 0; e < nc; e++) {
      const h = households[o + e];
      const r = h0[e] > 0 ? round((r0[e] * h) / h0[e]) : r0[e];
      residents[o + e] = r;
      residents[o + street[e]] += r;
      residents[o + nc + ns + district[e]] += r;
    }
  }
  return residents;
}

/** Makes series.residents and the stations' households, each worked out on its first read from the communities' households the run kept. */
export function populationOnRead(series: Series, flat: Flat): void {
  const households = series.households;
  onFirstRead(series, 'households', () => stationHouseholds(households, flat));
  onFirstRead(series, 'residents', () => residentsOf(households, flat));
}
