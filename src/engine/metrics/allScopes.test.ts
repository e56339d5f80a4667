/**
 * A metric's values in every scope at once (its scopes, for the results view) are the values of its
 * compute scope by scope, to the last bit: the same counts, the same sums in the same order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbScenario } from '../../fixtures/arbScenario';
import { RULE_SET_IDS } from '../policyLibrary';
import { runScenario } from '../run';
import type { Scenario } from '../scenario';
import { buildRunView } from '../runView';
import { METRICS } from './index';
import { sharingMetricValues } from './sharedValues';

const scenariosDir = new URL('../../../scenarios/', import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(file, scenariosDir)), 'utf8'));
/** A built-in scenario, or an exercise's. */
const read = (file: string): Scenario => (file.startsWith('training/') ? json(file).scenario : json(file));
const BUILT_INS = ['demo-15th-fyp.json', 'nanjing-2007-2010.json', 'qinghu-2026-2030.json'];
const TRAINING = readdirSync(fileURLToPath(new URL('training/', scenariosDir))).filter((f) => f.endsWith('.json')).map((f) => `training/${f}`);

/** Where a metric's scopes differ from its compute, as "metric year scope: scopes vs compute". */
function differences(s: Scenario): string[] {
  const p = runScenario(s).projection;
  const out: string[] = [];
  for (const m of METRICS) {
    if (!m.scopes) continue;
    p.years.forEach((_, y) => {
      const all = m.scopes!(p, y);
      const scopes = [-1, ...Array.from({ length: p.nDistricts }, (_, d) => d)];
      for (const d of scopes) {
        const got = all && (d < 0 ? all.city : all.byDistrict[d]);
        const want = m.compute(p, y, d);
        if (!Object.is(got, want)) out.push(`${m.id} ${y} ${d}: ${got} vs ${want}`);
      }
    });
  }
  return out;
}

describe('a metric in every scope at once', () => {
  it('is the scope-by-scope value exactly, on the built-ins and exercises under every rule set', () => {
    let withScopes = 0;
    for (const file of [...BUILT_INS, ...TRAINING]) {
      const s = read(file);
      for (const id of RULE_SET_IDS) {
        expect(differences({ ...s, ruleSet: { id } }), `${file} under ${id}`).toEqual([]);
        withScopes++;
      }
    }
    expect(withScopes).toBeGreaterThan(20);
    expect(METRICS.filter((m) => m.scopes).length).toBeGreaterThanOrEqual(9);
  });

  it('is the scope-by-scope value exactly on random scenarios', () => {
    fc.assert(
      fc.property(arbScenario, (s) => differences(s).length === 0),
      { numRuns: 40 },
    );
  });

  it('gives the results view the values a verdict reads of the same scope', () => {
    const s = read('demo-15th-fyp.json');
    const result = runScenario(s);
    const view = sharingMetricValues(() => buildRunView(result, s));
    const p = result.projection;
    for (const series of view.metrics) {
      const m = METRICS.find((x) => x.id === series.id)!;
      expect(series.city).toEqual(p.years.map((_, y) => m.compute(p, y, -1)));
      series.byDistrict.forEach((values, d) => expect(values).toEqual(p.years.map((_, y) => m.compute(p, y, d))));
    }
  });
});
