/**
 * resolveParams reads each parameter's dates once for all years, and inForceIn looks each parameter up
 * in one year without a table. Both are checked against the way they were worked out before (every
 * date parsed again for every year; a one-year table filtered), value by value with Object.is, on the
 * built-in rule sets and on rule sets and overrides with random dated values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overrideInYear } from './overrides';
import { PARAM_KEYS, type ParamKey } from './params';
import { RULE_SETS } from './policyLibrary';
import { inForceIn, resolveParams, type ParamTable } from './resolveParams';
import type { Parameter, RuleSet } from './ruleSet';
import type { OverrideValue } from './scenario';

/** The value in force in a year as it was worked out before: every date parsed for every year asked. */
function referenceValue(param: Parameter, year: number): number | null {
  let best: string | null = null;
  for (const date of Object.keys(param.values)) {
    if (Number(date.slice(0, 4)) <= year && (best === null || date > best)) best = date;
  }
  return best === null ? null : param.values[best];
}

function referenceTable(ruleSet: RuleSet, overrides: Partial<Record<ParamKey, OverrideValue>> | undefined, years: number[]): ParamTable {
  const table: ParamTable = {};
  for (const key of PARAM_KEYS) {
    const override = overrides?.[key];
    const param = ruleSet.parameters[key];
    if (override === undefined && !param) continue;
    table[key] = years.map((y) => overrideInYear(override, y)?.value ?? (param ? referenceValue(param, y) : null));
  }
  return table;
}

const referenceInForce = (ruleSet: RuleSet, year: number): ParamKey[] => {
  const at = referenceTable(ruleSet, undefined, [year]);
  return (Object.keys(at) as ParamKey[]).filter((key) => at[key]?.[0] != null);
};

/** Where two tables differ: keys, lengths, then values by Object.is (−0 is not +0). */
function differences(a: ParamTable, b: ParamTable): string[] {
  const out: string[] = [];
  if (JSON.stringify(Object.keys(a)) !== JSON.stringify(Object.keys(b))) out.push('keys');
  for (const key of Object.keys(b) as ParamKey[]) {
    const [x, y] = [a[key] ?? [], b[key] ?? []];
    if (x.length !== y.length) out.push(`${key} length`);
    for (let i = 0; i < y.length; i++) if (!Object.is(x[i], y[i])) out.push(`${key}[${i}]: ${x[i]} vs ${y[i]}`);
  }
  return out;
}

const RULE_SET_LIST = Object.values(RULE_SETS);
const yearsFrom = (first: number, count: number) => Array.from({ length: count }, (_, k) => first + k);

// Values with −0, fractions and repeated years; dates as a bare year or a full date, so two dates can share a year.
const arbValue = fc.oneof(fc.constantFrom(0, -0, 1, 300, 0.35), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const arbDate = fc.tuple(fc.integer({ min: 1995, max: 2035 }), fc.constantFrom('', '-01-01', '-07-01', '-12-31')).map(([y, tail]) => `${y}${tail}`);
const arbParam = fc.dictionary(arbDate, arbValue, { minKeys: 1, maxKeys: 4 });
const arbOverride: fc.Arbitrary<OverrideValue> = fc.oneof(arbValue, fc.dictionary(fc.integer({ min: 1995, max: 2035 }).map(String), arbValue, { minKeys: 1, maxKeys: 3 }));
const arbKeys = <T>(arb: fc.Arbitrary<T>) => fc.array(fc.tuple(fc.constantFrom(...PARAM_KEYS), arb), { maxLength: 12 });

const arbCase = fc.record({
  base: fc.constantFrom(...RULE_SET_LIST),
  params: arbKeys(arbParam),
  overrides: arbKeys(arbOverride),
  first: fc.integer({ min: 1995, max: 2035 }),
  count: fc.integer({ min: 1, max: 8 }),
});

describe('resolveParams and inForceIn', () => {
  it('give the values worked out year by year on the built-in rule sets', () => {
    for (const ruleSet of RULE_SET_LIST) {
      for (let first = 2000; first <= 2030; first += 3) {
        expect(differences(resolveParams(ruleSet, undefined, yearsFrom(first, 5)), referenceTable(ruleSet, undefined, yearsFrom(first, 5))), ruleSet.id).toEqual([]);
      }
      for (let year = 1995; year <= 2035; year++) expect([...inForceIn(ruleSet, year)], `${ruleSet.id} ${year}`).toEqual(referenceInForce(ruleSet, year));
    }
  });

  it('give the values worked out year by year on random dated values and overrides', () => {
    fc.assert(
      fc.property(arbCase, ({ base, params, overrides, first, count }) => {
        const parameters = { ...base.parameters };
        for (const [key, values] of params) parameters[key] = { ...parameters[key], values } as Parameter;
        const ruleSet: RuleSet = { ...base, parameters };
        const years = yearsFrom(first, count);
        const own = Object.fromEntries(overrides) as Partial<Record<ParamKey, OverrideValue>>;
        expect(differences(resolveParams(ruleSet, own, years), referenceTable(ruleSet, own, years))).toEqual([]);
        expect([...inForceIn(ruleSet, first)]).toEqual(referenceInForce(ruleSet, first));
      }),
      { numRuns: 300 },
    );
  });
});
