import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { costTotal, seriesTotal } from './aggregate';
import { LEVEL, SERIES } from './projection';
import { runScenario } from './run';
import { buildRunView } from './runView';

const projection = () => runScenario(smallScenario()).projection;

describe("a results view's spending", () => {
  it('gives each district the very total costTotal gives it, every year, and the communities their own lines', () => {
    const result = runScenario(smallScenario());
    const p = result.projection;
    const view = buildRunView(result, smallScenario());
    expect(p.nDistricts).toBeGreaterThan(1);
    p.years.forEach((_, y) => {
      for (let d = 0; d < p.nDistricts; d++) expect(Object.is(view.spendingByDistrict[d][y], costTotal(p, y, { district: d }))).toBe(true);
      for (let c = 0; c < p.nCommunities; c++) {
        let sum = 0;
        for (const line of p.costs) sum += line[y * p.nEntities + c];
        expect(Object.is(view.communities.spending[y * p.nCommunities + c], sum)).toBe(true);
      }
    });
  });
});

describe('seriesTotal', () => {
  it("reads only a level's range, with the totals of a scan over every entity to the last bit", () => {
    const p = projection();
    for (const level of [LEVEL.community, LEVEL.street, LEVEL.district]) {
      for (const district of [-1, ...Array.from({ length: p.nDistricts }, (_, d) => d)]) {
        for (const name of SERIES) {
          p.years.forEach((_, y) => {
            let scan = 0;
            for (let e = 0; e < p.nEntities; e++) {
              if (p.entities.level[e] === level && (district < 0 || p.entities.district[e] === district)) scan += p.series[name][y * p.nEntities + e];
            }
            expect(Object.is(seriesTotal(p, name, y, level, district), scan)).toBe(true);
          });
        }
      }
    }
  });
});
