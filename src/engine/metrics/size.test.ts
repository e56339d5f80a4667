/** Worked cases of community size under the shipped rule sets: QY-4's band, GOV2020-2a's ceiling, NJ2007-2's average. */
import { describe, expect, it } from 'vitest';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { project } from '../project';
import { metricById } from './index';
import { committeesFor } from './size';

const at = (metric: string, s: ReturnType<typeof tinyCity>) => {
  const p = project(s);
  return metricById(metric)!.compute(p, 0, -1);
};

describe('sizeShareInBand', () => {
  it('QY-4: 1,000–3,000 households, both ends inside, villages outside the band', () => {
    // 999 below, 1,000 and 3,000 inside (一般以1000—3000户为宜), 3,001 above; the village is not a residents' committee.
    // Share = 2 in band / 4 urban = 0.5.
    const s = tinyCity(
      [999, 1000, 3000, 3001].map((h, k) => community({ id: `C${k}`, households: h })).concat(community({ id: 'V', kind: 'rural', households: 5000 })),
      { ruleSet: 'QY', horizon: { baseYear: 2009, firstYear: 2010, lastYear: 2010 } },
    );
    expect(at('sizeShareInBand', s)).toBe(0.5);
  });

  it('GOV2020-2a: a ceiling for new urban committees; existing ones are not judged', () => {
    // new: 2,800 within, 3,200 above → 1 / 2 = 0.5; the existing 4,000-household community is outside 设立.
    const s = tinyCity(
      [
        community({ id: 'N1', kind: 'urbanNew', households: 2800 }),
        community({ id: 'N2', kind: 'urbanNew', households: 3200 }),
        community({ id: 'E1', households: 4000 }),
      ],
      { horizon: { baseYear: 2020, firstYear: 2021, lastYear: 2021 } },
    );
    expect(at('sizeShareInBand', s)).toBe(0.5);
  });

  it('is not measured under a rule set without a band (NJ2007 gives an average)', () => {
    expect(at('sizeShareInBand', tinyCity([community({ id: 'C1' })], { ruleSet: 'NJ2007', horizon: { baseYear: 2007, firstYear: 2008, lastYear: 2008 } }))).toBeNull();
  });
});

describe('averageHouseholds (NJ2007-2: 平均规模保持在2500户左右)', () => {
  it('averages urban communities only', () => {
    // (1,500 + 2,500 + 3,200) / 3 = 7,200 / 3 = 2,400; the 600-household village is left out.
    const s = tinyCity(
      [1500, 2500, 3200].map((h, k) => community({ id: `C${k}`, households: h })).concat(community({ id: 'V', kind: 'rural', households: 600 })),
      { ruleSet: 'NJ2007', horizon: { baseYear: 2007, firstYear: 2008, lastYear: 2008 } },
    );
    expect(at('averageHouseholds', s)).toBe(2400);
  });
});

describe('committeesFor', () => {
  it.each([
    { h: 3000, high: 3000, expected: 1 }, // at the ceiling: one committee
    { h: 3001, high: 3000, expected: 2 }, // ⌈1.0003⌉ = 2
    { h: 9000, high: 3000, expected: 3 }, // ⌈3⌉ = 3
    { h: 9001, high: 3000, expected: 4 },
  ])('$h households at most $high each: $expected', ({ h, high, expected }) => {
    expect(committeesFor(h, high)).toBe(expected);
  });
});
