import { describe, expect, it } from 'vitest';
import { highlighted, isCrowded, lowestLast, toggled } from './highlight';
import { MUTED_COLOR } from './palette';

const s = (key: string, values: (number | null)[]) => ({ key, label: key, values });

describe('a crowded chart highlights a few', () => {
  it('13 series are crowded (issue 12: 各项条款达标社区比例 drew 13, nine tangled), 6 are not', () => {
    expect(isCrowded(13)).toBe(true);
    expect(isCrowded(6)).toBe(false);
  });

  it('picks the series lowest in their last known year', () => {
    // last values: a 90, b 60 (2030 missing, 2029 is 60), c 65, d 62, e 99, f 61 → b, f, d, c
    const all = [s('a', [80, 90]), s('b', [70, 60, null]), s('c', [50, 65]), s('d', [60, 62]), s('e', [10, 99]), s('f', [70, 61])];
    expect(lowestLast(all)).toEqual(['b', 'f', 'd', 'c']);
  });

  it('draws the chosen in colour in the order chosen and the rest muted; all series stay', () => {
    const out = highlighted([s('a', [1]), s('b', [2]), s('c', [3])], ['c', 'a']);
    expect(out.map((x) => x.key)).toEqual(['a', 'b', 'c']);
    expect(out[1]).toMatchObject({ muted: true, color: MUTED_COLOR });
    expect(out[0].muted).toBeUndefined();
    expect(out[2].color).not.toBe(out[0].color);
  });

  it('toggles one series in or out', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});
