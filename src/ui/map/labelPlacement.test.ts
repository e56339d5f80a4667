import { describe, expect, it } from 'vitest';
import { MAP_TEXT } from '../../i18n/map';
import { COVERAGE_KEYS } from '../../registry';
import { labelWidth, placeLabels, type LabelBox } from './labelPlacement';

const box = (x: number, y: number, size: number, width = 40): LabelBox => ({ x, y, width, height: 13, size });

describe('district name placement', () => {
  it('leaves names that do not touch where their outlines put them', () => {
    // 100 px apart, 40 px wide: 60 px of clear space.
    expect(placeLabels([box(0, 0, 10), box(100, 0, 5)])).toEqual([
      { x: 0, y: 0, shown: true },
      { x: 100, y: 0, shown: true },
    ]);
  });

  it('moves the smaller district’s name a row up when it would sit on the larger one’s', () => {
    // Centres 20 px apart with boxes 40 px wide overlap; the first is the smaller, so it moves:
    // one row is the height 13 plus the 2 px gap, so y = 50 − 15 = 35.
    const [small, large] = placeLabels([box(20, 50, 5), box(0, 50, 9)]);
    expect(large).toEqual({ x: 0, y: 50, shown: true });
    expect(small).toEqual({ x: 20, y: 35, shown: true });
  });

  it('tries the row below when the row above is taken, then hides the name when every row is', () => {
    // Rows above (35) and at 50 are taken by larger names; the smaller goes below: 50 + 15 = 65.
    const [a, b, c] = placeLabels([box(0, 50, 9), box(0, 35, 8), box(5, 50, 1)]);
    expect([a.shown, b.shown]).toEqual([true, true]);
    expect(c).toEqual({ x: 5, y: 65, shown: true });
    // Five larger names fill the rows 20, 35, 50, 65 and 80: the sixth has nowhere to go.
    const full = placeLabels([20, 35, 50, 65, 80].map((y, i) => box(0, y, 10 - i)).concat([box(0, 50, 0)]));
    expect(full.map((p) => p.shown)).toEqual([true, true, true, true, true, false]);
  });

  it('never leaves two shown names overlapping, whatever the order', () => {
    const labels = Array.from({ length: 12 }, (_, i) => box((i * 37) % 90, (i * 53) % 40, (i * 7) % 5, 30 + (i % 3) * 10));
    const placed = placeLabels(labels);
    const shown = placed.map((p, i) => ({ ...labels[i], x: p.x, y: p.y, shown: p.shown })).filter((p) => p.shown);
    for (const a of shown) for (const b of shown) if (a !== b) expect(Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height).toBe(true);
  });

  it('measures a Chinese name a square a character and a Latin one a little over half', () => {
    expect(labelWidth('玄武区', 13)).toBe(39);
    expect(labelWidth('Xuanwu', 10)).toBeCloseTo(36);
  });
});

describe('map captions', () => {
  it('never say 覆盖 twice: the district caption names each key before 覆盖 once', () => {
    for (const key of COVERAGE_KEYS) {
      const zh = MAP_TEXT['zh-CN'].figures.districtCaption(MAP_TEXT['zh-CN'].keys[key], 2030);
      expect(zh).not.toMatch(/覆盖覆盖|全覆盖覆盖/);
      expect(zh.match(/覆盖/g)).toHaveLength(1);
    }
    expect(MAP_TEXT['zh-CN'].figures.districtCaption(MAP_TEXT['zh-CN'].keys.all5, 2030)).toBe('2030 年各区（县）五类生活圈设施覆盖');
  });
});
