import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { Arena } from '../arena';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { flatten } from '../flatten';
import { horizonYears, ruleSetOf } from '../project';
import { resolveParams } from '../resolveParams';
import { createRun } from '../runState';
import { spaceRuleIn } from '../steps/requirementTerms';
import { delayedOpenings, effectOf, perturbPlan } from './applyDraw';
import { drawInputs } from './drawInputs';

// The arrays a draw makes and the next steps read keep one elements kind whichever tier runs the code
// that makes them: an interpreted Array.prototype.map gives packed arrays, an optimised one holey
// arrays, and optimised readers that had seen one kind drop back to the interpreter on the other.
setFlagsFromString('--allow-natives-syntax');
/** f(...args) once V8 has optimised f */
const optimised = new Function('f', 'args', '%PrepareFunctionForOptimization(f); f(...args); f(...args); %OptimizeFunctionOnNextCall(f); return f(...args);') as <A extends unknown[], R>(f: (...a: A) => R, args: A) => R;
const isOptimised = new Function('f', 'return (%GetOptimizationStatus(f) & 16) !== 0;') as (f: unknown) => boolean;
const holey = new Function('a', 'return %HasHoleyElements(a);') as (a: unknown[]) => boolean;

const demo = demoScenario();
const delayed = demo.uncertainty!.inputs.findIndex((i) => i.what === 'buildingDelay');
const params = resolveParams(ruleSetOf(demo), demo.ruleSet.overrides, horizonYears(demo));
// spaceRuleIn keeps each parameter table's rules: a copy of the table each call has the rule made, not looked up.
const freshRule = (p: typeof params, y: number) => spaceRuleIn({ ...p }, y);
const late = drawInputs(demo, Array.from({ length: 100 }, (_, k) => k).find((k) => drawInputs(demo, k).values[delayed] > 0)!);

describe('arrays a draw makes, once the code making them is optimised', () => {
  it.each([
    ['drawInputs: the draw’s values', () => optimised(drawInputs, [demo, 7]).values, drawInputs],
    ['perturbPlan: the delayed projects', () => optimised(perturbPlan, [demo.plan, effectOf(demo, late)]).building.projects, perturbPlan],
    ['delayedOpenings: the delayed openings', () => optimised(delayedOpenings, [demo.plan.facilities!, 1]), delayedOpenings],
    ['spaceRuleIn: the kinds’ minimum spaces', () => optimised(freshRule, [params, 0]).minByKind, freshRule],
  ] as const)('%s are packed, as the interpreter makes them', (_, make, f) => {
    const made = make() as unknown[];
    expect(isOptimised(f)).toBe(true);
    expect(holey(made)).toBe(false);
  });
});

describe('a draw’s run storage, once createRun is optimised', () => {
  it('is laid out without createRun dropping back to the interpreter', () => {
    // createRun reads back the arrays it makes (which cost lines it stores, then their widths): an array
    // of another kind there threw its optimised code away at every thread's first few hundred draws.
    const args = [demo, flatten(demo.city), params, horizonYears(demo), null, undefined, new Arena()] as const;
    // Runs enough for its calls of the closures it makes anew each run to have seen more than one.
    for (let k = 0; k < 3; k++) createRun(...args);
    const run = optimised(createRun, [...args]);
    expect(run.costs.length).toBeGreaterThan(0);
    expect(isOptimised(createRun)).toBe(true);
  });
});
