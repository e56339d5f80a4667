import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../fixtures/demo/demoScenario';
import { horizonYears, ruleSetOf } from '../project';
import { resolveParams } from '../resolveParams';
import { spaceTable } from './requirements';
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
    // A copy of the table each call: spaceRuleIn keeps each table's rules, so only a table it has not
    // seen has its rule made by the code under test.
    const first = spaceRuleIn({ ...params }, 0).minByKind;
    // The demo's minimums are whole numbers (300, 500, 500 m²): the interpreter boxes them as doubles,
    // optimised code (reached within a few thousand calls) as small integers.
    expect(first.every((m) => Number.isInteger(m))).toBe(true);
    const differing: number[] = [];
    for (let k = 0; k < 20_000; k++) if (!sameMap(spaceRuleIn({ ...params }, k % years.length).minByKind, first)) differing.push(k);
    expect(differing).toEqual([]);
  });

  it('is made once for a parameter table and year, equal to the rule made afresh, and so is its table', () => {
    const demo = demoScenario();
    const years = horizonYears(demo);
    const params = resolveParams(ruleSetOf(demo), demo.ruleSet.overrides, years);
    for (let y = 0; y < years.length; y++) {
      const rule = spaceRuleIn(params, y);
      // The draws of a scenario share one table: every year of every draw gets the same objects back.
      expect(spaceRuleIn(params, y)).toBe(rule);
      expect(spaceTable(rule)).toBe(spaceTable(rule));
      // A copy of the table has the same values, so a rule made from it afresh must equal the kept one.
      const fresh = spaceRuleIn({ ...params }, y);
      expect(fresh).not.toBe(rule);
      expect(fresh).toEqual(rule);
      expect(spaceTable(fresh)).toEqual(spaceTable(rule));
    }
    // Each year has a rule of its own, read from its own column of the table.
    expect(spaceRuleIn(params, 1)).not.toBe(spaceRuleIn(params, 0));
  });
});
