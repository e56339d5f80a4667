import { describe, expect, it } from 'vitest';
import { place } from './place';

const view = { width: 1366, height: 768 };
const bubble = { width: 352, height: 180 };

describe('the tour bubble', () => {
  it('sits 12 px below a target with room under it, at the target’s left edge', () => {
    // 100 + 40 + 12 = 152; 152 + 180 + 8 = 340 ≤ 768
    expect(place({ top: 100, left: 200, width: 300, height: 40 }, bubble, view)).toEqual({ kind: 'float', top: 152, left: 200 });
  });

  it('goes above a target near the bottom of the window', () => {
    // below: 700 + 30 + 12 + 180 + 8 > 768; above: 700 − 12 − 180 = 508
    expect(place({ top: 700, left: 50, width: 100, height: 30 }, bubble, view)).toEqual({ kind: 'float', top: 508, left: 50 });
  });

  it('stays inside the window beside a target at its right edge', () => {
    // 1366 − 352 − 8 = 1006
    expect(place({ top: 10, left: 1300, width: 60, height: 20 }, bubble, view)).toMatchObject({ left: 1006 });
  });

  it('docks away from a target that fills the window’s height', () => {
    expect(place({ top: 0, left: 900, width: 466, height: 768 }, bubble, view)).toEqual({ kind: 'dock', side: 'left' });
    expect(place({ top: 0, left: 0, width: 400, height: 768 }, bubble, view)).toEqual({ kind: 'dock', side: 'right' });
  });

  it('spans the bottom of a narrow window', () => {
    expect(place({ top: 100, left: 0, width: 300, height: 40 }, bubble, { width: 400, height: 700 })).toEqual({ kind: 'dock', side: 'full' });
  });
});
