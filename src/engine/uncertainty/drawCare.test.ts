import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { runScenario } from '../run';
import { applyDraw } from './applyDraw';
import { createDrawContext } from './drawContext';
import { drawInputs } from './drawInputs';

describe('a draw context’s care network', () => {
  it('is the one a full run of the drawn scenario gives, for each building delay', () => {
    const base = demoScenario();
    const planned = base.plan.facilities!;
    const home = base.city.districts[0].streets[0].communities[0].id;
    const at = planned[0].location;
    // A day-care point and a community's own station, planned for 2027 and 2028: a delay moves both.
    const elderly = [
      { id: 'E-point', name: '日间照料中心（规划）', type: 'elderly' as const, location: at, openingYear: 2027, carePoint: 'dayCare' as const },
      { id: 'E-station', name: '居家养老服务站（规划）', type: 'elderly' as const, location: at, openingYear: 2028, community: home },
    ];
    const demo = { ...base, plan: { ...base.plan, facilities: [...planned, ...elderly] } };
    const ctx = createDrawContext(demo);
    const byDelay = new Map<number, unknown>();
    for (let k = 0; k < 12; k++) {
      const draw = drawInputs(demo, k);
      const full = runScenario(applyDraw(demo, draw)).projection.careNetwork;
      expect(ctx.runOne(draw).careNetwork).toEqual(full);
      byDelay.set(draw.values[4], full);
    }
    // Draws 0–11 take delays of 0 and 1 year, and the elderly facilities open a year later under the
    // second: a network kept from the first delay would fail the comparison above.
    expect([...byDelay.keys()].sort()).toEqual([0, 1]);
    expect(byDelay.get(0)).not.toEqual(byDelay.get(1));
  });
});
