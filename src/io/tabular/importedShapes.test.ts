import { describe, expect, it } from 'vitest';
import { flatten } from '../../engine/flatten';
import type { City } from '../../engine/scenario';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { filledIn } from '../../fixtures/filledIn';
import { cityGrids } from './cityTables';
import { importCity } from './importCity';

const communities = (city: City) => city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities));

describe('a city read from a workbook whose rows leave different cells blank', () => {
  const filled = filledIn(demoScenario());
  const { scenario: imported } = importCity(cityGrids(filled.city), filled);

  it('comes in many object shapes: one for each set of cells a row fills', () => {
    // More than the four shapes a property read keeps apart before it falls back to a lookup by shape.
    expect(new Set(communities(imported!.city).map((c) => Object.keys(c).join())).size).toBeGreaterThan(4);
  });

  it('flattens to the same values as the city the workbook was written from', () => {
    const arrays = (city: City): Record<string, ArrayLike<unknown>> => {
      const { entities, base } = flatten(city);
      return { ...entities, ...base };
    };
    const [want, got] = [arrays(filled.city), arrays(imported!.city)];
    for (const key of Object.keys(want)) {
      expect(got[key].length).toBe(want[key].length);
      for (let e = 0; e < want[key].length; e++) if (!Object.is(want[key][e], got[key][e])) throw new Error(`${key}[${e}]: ${String(got[key][e])}, not ${String(want[key][e])}`);
    }
  });
});
