/** The workbook's rules sheet shows a dated override as one row per year it takes effect, after the rule set's value before it. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/run';
import { buildRunView } from '../../engine/runView';
import { smallScenario } from '../../fixtures/smallScenario';
import { resultsTables } from './resultsTables';

describe('rules sheet with a dated override', () => {
  it('GOV2020-3b 5:5, then 6:4 from 2028 in this scenario', () => {
    const scenario = smallScenario();
    scenario.ruleSet.overrides = { ...scenario.ruleSet.overrides, 'pay.cityShare': { '2028': 0.6 } };
    const view = buildRunView(runScenario(scenario), scenario);
    const rows = (locale: 'zh-CN' | 'en') => resultsTables(view, scenario, locale).at(-1)!.rows.filter((r) => r[0] === 'pay.cityShare');
    // shares are written in %: 50 from the rule set (2026–2027), 60 from 2028
    expect(rows('zh-CN').map((r) => [r[2], r[6], r[9]])).toEqual([
      [50, '规则集 GOV2020', 'GOV2020-3b'],
      [60, '本方案覆盖，自 2028 年起', 'GOV2020-3b'],
    ]);
    expect(rows('en')[1][6]).toBe('overridden in this scenario from 2028');
  });
});
