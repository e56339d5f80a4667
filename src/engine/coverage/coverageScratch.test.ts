import { describe, expect, it } from 'vitest';
import { coverage, type CoverageScratch } from './coverage';
import { prepareCoverage } from './prepare';
import { facility, placed, spatialCity } from '../../fixtures/spatialCity';

const YEARS = [2026, 2027, 2028, 2029, 2030];

// Communities 400 m apart, every life-circle type within reach of some of them, two opening later.
const city = () =>
  spatialCity(
    [placed('A', 0.5, 0.5, 100), placed('B', 400.5, 0.5, 200), placed('C', 1200.5, 0.5, 300), placed('D', 2400.5, 0.5, 50)],
    [facility('M', 'market', 0.5, 0.5), facility('S', 'sports', 400.5, 0.5), facility('K', 'culture', 800.5, 0.5), facility('V', 'service', 0.5, 0.5), facility('H', 'medical', 1200.5, 0.5)],
    { planned: [facility('P', 'market', 2400.5, 0.5, 2028), facility('Q', 'medical', 2000.5, 0.5, 2029)] },
  );

describe('coverage with working rasters kept between calls', () => {
  it('gives what fresh rasters give, whatever an earlier call left in them', () => {
    const prep = prepareCoverage(city())!;
    const n = prep.cells.count;
    const fresh = coverage(prep, YEARS, undefined, false, ['all5', 'market', 'medical']);
    // Junk a previous call could leave: years past the horizon and mid-horizon years, in every raster.
    const junk = (k: number) => Uint8Array.from({ length: n }, (_, c) => (c * 7 + k) % 6);
    const scratch: CoverageScratch = { first: junk(1), allFirst: junk(2), slotYear: Uint8Array.from({ length: prep.grid.size }, (_, s) => s % 5) };
    expect(coverage(prep, YEARS, undefined, false, ['all5', 'market', 'medical'], scratch)).toStrictEqual(fresh);
    // and again, after the call above left its own values
    expect(coverage(prep, YEARS, undefined, false, ['all5', 'market', 'medical'], scratch)).toStrictEqual(fresh);
  });
});
