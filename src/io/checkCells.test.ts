/** A community's area is checked against the cells the engine may lay it on (src/engine/coverage/cells.ts). */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../engine/run';
import type { Scenario } from '../engine/scenario';
import { smallScenario } from '../fixtures/smallScenario';
import { validateScenario } from './validateScenario';

const AREA = 'city.districts[0].streets[0].communities[0].area';

function placed(area: number, cellSize: number): Scenario {
  const s = smallScenario();
  s.city.spatial = { crs: 'local', cellSize, walk: { minutes: 15 } };
  let k = 0;
  for (const d of s.city.districts) for (const st of d.streets) for (const c of st.communities) c.location = { x: 1000 * k++, y: 0 };
  s.city.districts[0].streets[0].communities[0].area = area;
  return s;
}

describe('community area against the cell size', () => {
  it('2×10⁹ m² on 10 m cells is named at the area, in both languages, instead of failing the run', () => {
    // r = √(2e9 / π) = 25,231 m; the box is (2 × 25,231 / 10 + 2)² = 5,048² ≈ 25.5 million cells, past 2²⁴ = 16,777,216.
    const s = placed(2e9, 10);
    expect(() => runScenario(s)).toThrow(RangeError);
    const result = validateScenario(s);
    expect(result.ok).toBe(false);
    const error = result.ok ? undefined : result.errors.find((e) => e.path === AREA);
    expect(error?.zh).toContain('25,48');
    expect(error?.zh).toContain('city.spatial.cellSize');
    expect(error?.en).toContain('16,777,216');
    // The most at 10 m: r = 2,047 × 10 m (2 × 2,047 + 2 = 4,096 = √2²⁴), π × 20,470² ≈ 1,316,367,000 m².
    expect(error?.en).toContain('1,316,');
  });

  it('the same area on 100 m cells passes: (2 × 25,231 / 100 + 2)² ≈ 256,000 cells', () => {
    expect(validateScenario(placed(2e9, 100)).ok).toBe(true);
  });
});
