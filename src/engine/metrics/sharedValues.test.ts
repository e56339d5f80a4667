import { describe, expect, it } from 'vitest';
import { smallScenario } from '../../fixtures/smallScenario';
import { runScenario } from '../run';
import { buildRunView } from '../runView';
import { metricById } from './index';
import { metricValues, sharingMetricValues } from './sharedValues';

describe('metric values shared by a run and its view', () => {
  it('gives the view and verdicts of a run made apart, each value worked out once', () => {
    const s = smallScenario();
    const apart = runScenario(s);
    const together = sharingMetricValues(() => {
      const result = runScenario(s);
      const staff = metricById('staffingShareMet')!;
      // Within the scope a series is worked out once and handed out again; outside, afresh each time.
      expect(metricValues(result.projection, staff, -1)).toBe(metricValues(result.projection, staff, -1));
      return { result, view: buildRunView(result, s) };
    });
    expect(together.result.verdicts).toEqual(apart.verdicts);
    expect(together.view).toEqual(buildRunView(apart, s));
    const staff = metricById('staffingShareMet')!;
    expect(metricValues(apart.projection, staff, -1)).not.toBe(metricValues(apart.projection, staff, -1));
  });
});
