import { describe, expect, it } from 'vitest';
import { tinyView } from '../../fixtures/tinyView';
import { overBandLines } from './overBandRows';

describe('overBandLines (QY-4, GOV2020-2a)', () => {
  it('lists the communities the band covers above its ceiling, with ⌈households ÷ ceiling⌉ committees', () => {
    const view = tinyView();
    // QY-4's band 1,000–3,000 for every urban community; 2027: 甲 7,200 households, 乙 3,000 (at the ceiling, not over), 丙村 a village.
    view.sizeBand[1] = { low: 1000, high: 3000, newOnly: false };
    view.communities.households = Float64Array.from([2000, 2500, 1500, 7200, 3000, 9000]);
    // ⌈7,200 ÷ 3,000⌉ = ⌈2.4⌉ = 3 committees; 乙 at exactly 3,000 is within "1000—3000户"; the village is outside the band.
    expect(overBandLines(view, 1)).toEqual([{ name: '甲社区', district: '东区', street: '一街道', households: 7200, committees: 3 }]);
  });

  it('under GOV2020-2a covers new urban communities only', () => {
    const view = tinyView();
    view.communities.households = Float64Array.from([2000, 2500, 1500, 3001, 2550, 1500]);
    expect(overBandLines(view, 1)).toEqual([]); // 甲 (3,001) is an existing community: 设立 speaks of new ones
    view.communities.kind = Uint8Array.from([1, 0, 2]); // 甲 now a new urban community
    // ⌈3,001 ÷ 3,000⌉ = 2 committees
    expect(overBandLines(view, 1).map((r) => r.committees)).toEqual([2]);
  });
});
