import { describe, expect, it } from 'vitest';
import { linePath, markerPath } from './marks';
import { lineStyle } from './palette';

describe('line paths', () => {
  it('joins known points', () => {
    expect(linePath([0, 10, 20], [5, 6, 7])).toBe('M0,5L10,6L20,7');
  });

  it('breaks at a null (a year the rule set lacks the rule)', () => {
    expect(linePath([0, 10, 20, 30], [5, null, 7, 8])).toBe('M0,5ZM20,7L30,8');
  });

  it('nothing known, no path', () => {
    expect(linePath([0, 10], [null, null])).toBe('');
  });

  it('markers are closed shapes around the point', () => {
    for (const m of ['circle', 'square', 'triangle', 'diamond'] as const) expect(markerPath(m, 10, 10)).toMatch(/^M.*Z$/);
  });
});

describe('line styles', () => {
  it('no two of the first 32 series look alike', () => {
    const keys = Array.from({ length: 32 }, (_, i) => JSON.stringify(lineStyle(i)));
    expect(new Set(keys).size).toBe(32);
  });

  it('neighbours differ in dash or marker, not only colour (grey print)', () => {
    for (let i = 0; i < 31; i++) {
      const a = lineStyle(i);
      const b = lineStyle(i + 1);
      expect(a.dash !== b.dash || a.marker !== b.marker).toBe(true);
    }
  });
});
