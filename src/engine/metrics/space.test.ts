/**
 * Worked cases of the floor-space readings under the shipped rule sets, no overrides: which tier
 * spaceHighShare measures, 超过 as strictly above, and which rules reach villages.
 */
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { project } from '../project';
import { metricById } from './index';

const NJ = { baseYear: 2007, firstYear: 2008, lastYear: 2010 };
const yearIdx = (p: { years: number[] }, year: number) => p.years.indexOf(year);
const metric = (id: string) => metricById(id)!.compute;

describe('spaceHighShare', () => {
  it('is not measured where the rule set has no 30 m² tier (NT2011-5c has only 20 m²)', () => {
    // 1,000 households with 200 m²: 20 m² × 10 = 200 meets NT2011-5c, and would read "met" if the 20 m²
    // floor stood in for the tier; NT2011 has no 30 m² tier, so there is nothing to measure.
    const p = project(tinyCity([community({ id: 'C1', households: 1000, space: 200 })], { ruleSet: 'NT2011', horizon: { baseYear: 2011, firstYear: 2012, lastYear: 2013 } }));
    expect(metric('spaceShareMet')(p, yearIdx(p, 2012), -1)).toBe(1);
    expect(metric('spaceHighShare')(p, yearIdx(p, 2012), -1)).toBeNull();
  });

  it('counts NJ2007-18b’s 30 m² tier over residents’ committees only', () => {
    // 2010: C1 1,000 households, 300 m² = 30 × 10 → at the tier; C2 1,000 households, 250 m² < 300 → not;
    // the village V (600 m², 1,000 households) is outside 18b. Share = 1 / 2 = 0.5.
    const p = project(
      tinyCity(
        [community({ id: 'C1', households: 1000, space: 300 }), community({ id: 'C2', households: 1000, space: 250 }), community({ id: 'V', kind: 'rural', households: 1000, space: 600 })],
        { ruleSet: 'NJ2007', horizon: NJ },
      ),
    );
    expect(metric('spaceHighShare')(p, yearIdx(p, 2010), -1)).toBe(0.5);
  });
});

describe('streetCentreHighShare (NJ2007-18c 超过3000平方米)', () => {
  it.each([
    { centre: 3000, expected: 0 }, // exactly 3,000 m² is not above 3,000
    { centre: 3001, expected: 1 },
  ])('a street centre of $centre m² counts $expected', ({ centre, expected }) => {
    const p = project(tinyCity([community({ id: 'C1' })], { ruleSet: 'NJ2007', horizon: NJ, streetCentre: centre }));
    expect(metric('streetCentreHighShare')(p, yearIdx(p, 2010), -1)).toBe(expected);
  });

  it('is dated to the end of 十一五: no street or district centre rule in 2009', () => {
    // NJ2007-18c/d give no year; the document's deadline is end 2010 (十一五末).
    const p = project(tinyCity([community({ id: 'C1' })], { ruleSet: 'NJ2007', horizon: NJ, streetCentre: 0, districtCentre: 0 }));
    expect(metric('streetCentreShareMet')(p, yearIdx(p, 2009), -1)).toBeNull();
    expect(metric('districtCentreShareMet')(p, yearIdx(p, 2009), -1)).toBeNull();
    expect(metric('streetCentreShareMet')(p, yearIdx(p, 2010), -1)).toBe(0); // 0 < 1,500
  });
});

describe('villages under NJ2007 (items 15, 18)', () => {
  const village = community({ id: 'V', kind: 'rural', households: 4000, space: 0 });
  const p = project(tinyCity([village], { ruleSet: 'NJ2007', horizon: NJ }));
  const at = (year: number) => yearIdx(p, year) * p.nEntities; // the village is entity 0

  it('needs no floor space before 2010: 18a’s 300 m² is for residents’ committees, 18e is due end 2010', () => {
    expect(p.series.spaceRequired[at(2009)]).toBe(0);
    expect(metric('spaceMinShareMet')(p, yearIdx(p, 2009), -1)).toBeNull(); // nobody is under a minimum yet
  });

  it('needs 18e’s 600 m² in 2010, not 18b’s 20 m² per 100 households', () => {
    // 20 × 4,000 / 100 = 800 m² would apply if 18b reached villages; 18e alone gives 600.
    expect(p.series.spaceRequired[at(2010)]).toBe(600);
  });

  it('has no minimum of 6 workers (NJ2007-15 counts committee and station staff), only the ratio', () => {
    // ⌈4,000 / 300⌉ = ⌈13.33⌉ = 14 by ratio; a 500-household village: ⌈1.67⌉ = 2, not 6.
    expect(p.series.staffRequired[at(2010)]).toBe(14);
    const small = project(tinyCity([community({ id: 'V', kind: 'rural', households: 500 })], { ruleSet: 'NJ2007', horizon: NJ }));
    expect(small.series.staffRequired[yearIdx(small, 2010) * small.nEntities]).toBe(2);
  });
});

describe('publicBenefitShareMet (NJ2007-19: 社区用房2/3以上的面积用于公益性服务)', () => {
  it('counts residents’ committees whose stated public-benefit share reaches 2/3, from end 2010', () => {
    // 0.7 ≥ 2/3 met; 0.6 < 2/3 not; exactly 2/3 met (2/3以上 includes it); C4 states nothing and the
    // village is outside the clause: 2 of 3 = 2/3.
    const p = project(
      tinyCity(
        [
          community({ id: 'C1', publicBenefitShare: 0.7 }),
          community({ id: 'C2', publicBenefitShare: 0.6 }),
          community({ id: 'C3', publicBenefitShare: 2 / 3 }),
          community({ id: 'C4' }),
          community({ id: 'V', kind: 'rural', publicBenefitShare: 0.1 }),
        ],
        { ruleSet: 'NJ2007', horizon: NJ },
      ),
    );
    expect(metric('publicBenefitShareMet')(p, yearIdx(p, 2009), -1)).toBeNull(); // the clause has no year: due end 2010
    expect(metric('publicBenefitShareMet')(p, yearIdx(p, 2010), -1)).toBeCloseTo(2 / 3, 12);
  });

  it('leaves the floor space required by item 18 whole: 2,500 households need 20 × 25 = 500 m², not 750', () => {
    const p = project(tinyCity([community({ id: 'C1', households: 2500, publicBenefitShare: 2 / 3 })], { ruleSet: 'NJ2007', horizon: NJ }));
    expect(p.series.spaceRequired[yearIdx(p, 2010) * p.nEntities]).toBe(500);
  });
});
