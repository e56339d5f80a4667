import { describe, expect, it } from 'vitest';
import { smallScenario } from '../fixtures/smallScenario';
import { METRIC_IDS } from '../registry/metrics';
import { runScenario } from './run';
import { buildRunView } from './runView';

const scenario = smallScenario();
const view = buildRunView(runScenario(scenario), scenario);

describe('buildRunView', () => {
  it('gives a verdict on one district the district’s name, and a city-wide one none', () => {
    // T1 is city-wide; T2 is on district D2, which the small scenario calls 南县.
    expect(view.verdicts.map((v) => [v.targetId, v.districtName])).toEqual([
      ['T1', undefined],
      ['T2', '南县'],
    ]);
  });

  it('carries the target’s own label and no other words', () => {
    expect(view.verdicts[0].label).toEqual({ zh: '专职工作者配备全部达标', en: 'Every community fully staffed' });
    expect(view.verdicts[1].label).toBeUndefined();
  });

  it('has every metric of the registry, in its order', () => {
    expect(view.metrics.map((m) => m.id)).toEqual(METRIC_IDS);
  });
});
