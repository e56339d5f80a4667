/**
 * A verdict works out only the years it reads (its own, and those up to the first that passes), yet
 * gives what it gives with every year worked out, as inside a results view's build (sharingMetricValues),
 * where each metric's whole series is kept: on random cities, with random targets on every metric.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoneyBinding } from '../fixtures/arbMoneyBinding';
import { arbScenario } from '../fixtures/arbScenario';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { exactJson } from '../fixtures/projectionDifferences';
import { withTargets } from '../fixtures/arbTargets';
import { metricById } from './metrics';
import { metricValues, sharingMetricValues } from './metrics/sharedValues';
import { project } from './project';
import type { Scenario, Target } from './scenario';
import { districtNumber, evaluateTargets, passes } from './targets';

/**
 * The verdicts alone, and inside a build that works out and keeps every year of each metric; and each
 * verdict's value and first year met as read off the metric's whole series (metricValues).
 */
function bothWays(s: Scenario, targets: Target[]): [string, string] {
  const p = project(s);
  const alone = evaluateTargets(p, targets);
  const whole = targets.map((t) => {
    const metric = metricById(t.metric)!;
    const values = metricValues(p, metric, districtNumber(p, t.scope?.district));
    const first = values.findIndex((v) => passes(metric, v, t.threshold));
    return { value: values[p.years.indexOf(t.year)], firstYearMet: first < 0 ? null : p.years[first] };
  });
  expect(exactJson(alone.map(({ value, firstYearMet }) => ({ value, firstYearMet })))).toBe(exactJson(whole));
  return [exactJson(alone), exactJson(sharingMetricValues(() => evaluateTargets(p, targets)))];
}

describe('verdicts that work out only the years they read', () => {
  it('give the demo its verdicts as with every year worked out', () => {
    const s = demoScenario();
    const [alone, kept] = bothWays(s, s.targets);
    expect(alone).toBe(kept);
  });

  it('give random targets on random cities their verdicts as with every year worked out', () => {
    fc.assert(
      fc.property(fc.oneof(withTargets(arbScenario), withTargets(arbMoneyBinding)), (s) => {
        const [alone, kept] = bothWays(s, s.targets);
        expect(alone).toBe(kept);
      }),
      { numRuns: 600 },
    );
  });
});
