/**
 * A run reuses the working buffer of the last run of a city that size (runState.ts), clearing only the
 * arrays it reads before writing (runBuffers.ts slab). What the last run left there must not show: a
 * run made after another equals, value by value, the same run made in an Arena's arrays, which never
 * reuse that buffer.
 */
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { Arena } from './arena';
import { prepareCoverage } from './coverage/prepare';
import { flatten } from './flatten';
import { project } from './project';
import type { Projection } from './projection';
import type { Scenario } from './scenario';
import { phases, slab } from './runBuffers';

/** Every figure of a projection, −0 told from +0 and typed arrays as plain numbers. */
const figures = (p: Projection): string =>
  JSON.stringify({ series: p.series, costs: p.costs, payers: p.payers, hiring: p.hiring, building: p.building, projectStarts: p.projectStarts }, (_, v) =>
    Object.is(v, -0) ? '-0' : ArrayBuffer.isView(v) ? Array.from(v as Float64Array, (x) => (Object.is(x, -0) ? '-0' : x)) : v,
  );

/** The demo with the programme's lead time and the hiring capacity changed: the same city, other figures in the working arrays. */
function variant(leadTimeYears: number, capacityPerYear: number): Scenario {
  const s = demoScenario();
  return { ...s, plan: { ...s.plan, building: { ...s.plan.building, leadTimeYears }, hiring: { ...s.plan.hiring, capacityPerYear } } };
}

describe('a reused working buffer', () => {
  it('leaves no trace of the last run of a city that size', () => {
    const later = variant(1, 40);
    // The first run leaves space under way (a lead time of 3 years) and claims in the arrays the next one reuses.
    project(variant(3, 400));
    const afterAnother = figures(project(later));
    const inArena = figures(project(later, {}, { flat: flatten(later.city), prep: prepareCoverage(later), alloc: new Arena() }));
    expect(afterAnother).toBe(inArena);
  });

  it('is cleared where the run reads before it writes, and left as it was where the run overwrites', () => {
    const buffer = new Float64Array(4).fill(7);
    const alloc = slab(buffer.buffer, false);
    expect([Array.from(alloc.f64(2)), Array.from(alloc.f64(2, true))]).toEqual([
      [0, 0],
      [7, 7],
    ]);
  });

  it("spreads the starting phases as the remainder of (e + ½) × the golden ratio's fraction, to the bit", () => {
    // The reference takes the remainder with %, which is fmod's exact remainder; 1,000,003 entities,
    // more than a national city's, and an odd count.
    const n = 1_000_003;
    const a = phases(new Float64Array(n));
    let differing = 0;
    for (let e = 0; e < n; e++) if (!Object.is(a[e], ((e + 0.5) * 0.6180339887498949) % 1)) differing++;
    expect(differing).toBe(0);
  });
});
