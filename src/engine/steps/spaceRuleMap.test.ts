import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { horizonYears, ruleSetOf } from '../project';
import { resolveParams } from '../resolveParams';
import { spaceRuleIn } from './requirementTerms';

// The space rule's minimums keep one map (elements kind) whichever tier reads them out of the
// parameter table: the requirement step's optimised loops read every year's rule.
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: unknown, b: unknown) => boolean;

describe('the space rule a year reads', () => {
  it('has its minimums in an array of one map, before and after V8 optimises the code reading them', () => {
    const demo = demoScenario();
    const years = horizonYears(demo);
    const params = resolveParams(ruleSetOf(demo), demo.ruleSet.overrides, years);
    const first = spaceRuleIn(params, 0).minByKind;
    // The demo's minimums are whole numbers (300, 500, 500 m²): the interpreter boxes them as doubles,
    // optimised code (reached within a few thousand calls) as small integers.
    expect(first.every((m) => Number.isInteger(m))).toBe(true);
    const differing: number[] = [];
    for (let k = 0; k < 20_000; k++) if (!sameMap(spaceRuleIn(params, k % years.length).minByKind, first)) differing.push(k);
    expect(differing).toEqual([]);
  });
});
