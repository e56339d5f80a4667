import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { copyWith, effectOf, perturbPlan } from './applyDraw';
import { drawInputs } from './drawInputs';

// The objects a draw copies from the plan keep one map (hidden class) over a worker's draws, whatever
// each draw changes: optimised code that read one map drops back to the interpreter on another.
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: unknown, b: unknown) => boolean;

const demo = demoScenario();
const delayed = demo.uncertainty!.inputs.findIndex((i) => i.what === 'buildingDelay');
// Enough draws for V8's caches at the copying sites to have settled (a spread's copies changed map at the 12th), with and without a delay.
const plans = Array.from({ length: 60 }, (_, k) => perturbPlan(demo.plan, effectOf(demo, drawInputs(demo, k))));

describe('the plan a draw projects', () => {
  it('draws with and without a building delay are both among them', () => {
    const delays = new Set(Array.from({ length: 60 }, (_, k) => drawInputs(demo, k).values[delayed] > 0));
    expect(delays).toEqual(new Set([true, false]));
  });

  it.each([
    ['the plan', (p: (typeof plans)[number]) => p],
    ['its hiring', (p: (typeof plans)[number]) => p.hiring],
    ['its pay', (p: (typeof plans)[number]) => p.pay],
    ['its building plan', (p: (typeof plans)[number]) => p.building],
  ] as const)('%s has the first draw’s map in every draw', (_, part) => {
    const differing = plans.map((p, k) => k).filter((k) => !sameMap(part(plans[k]), part(plans[0])));
    expect(differing).toEqual([]);
  });

  it('keeps the values it does not change', () => {
    const b = demo.plan.building;
    expect(copyWith(b, { leadTimeYears: 9 })).toEqual({ ...b, leadTimeYears: 9 });
    expect(b.leadTimeYears).not.toBe(9);
  });
});
