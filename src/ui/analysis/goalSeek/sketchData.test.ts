import { describe, expect, it } from 'vitest';
import type { GoalSeekResult } from '../../../engine/goalSeek';
import { community, tinyCity } from '../../../fixtures/tinyCity';
import type { SeekAnswer } from './goalSeek.svelte';
import { outcomeUnit, sketchPoints, sketchTable, sketchThreshold } from './sketchData';

const scenario = tinyCity([community({ id: 'A' })], { targets: [{ id: 'space', metric: 'spaceShareMet', threshold: 0.9, year: 2027 }] });

const result: GoalSeekResult = {
  targetId: 'space',
  value: 4_800_000,
  met: true,
  outcome: 0.95,
  evaluations: 12,
  monotone: true,
  reversals: [],
  samples: [
    { value: 0, outcome: 0.5, met: false },
    { value: 6_000_000, outcome: 1, met: true },
  ],
  range: [0, 6_000_000],
  step: 10_000,
};

const answer = (over: Partial<SeekAnswer> = {}): SeekAnswer => ({
  result,
  targetId: 'space',
  choice: { kind: 'budget', payer: 'district' },
  lever: { path: 'plan.budgets.district' },
  base: scenario,
  scenario,
  current: null,
  elapsedMs: 100,
  ...over,
});

describe('goal seek sketch', () => {
  it('puts the lever in its shown unit across and the target’s value in its own up, with the threshold', () => {
    const a = answer();
    expect(outcomeUnit(a)).toBe('share');
    expect(sketchPoints(a)).toEqual([
      { x: 0, y: 50, met: false },
      { x: 600, y: 100, met: true },
    ]);
    expect(sketchThreshold(a)).toBe(90);
    const t = sketchTable(a, '万元/年', 'zh-CN');
    expect(t.header).toEqual(['参数取值（万元/年）', '目标测算值（%）', '是否达标']);
    expect(t.rows[1]).toEqual([600, 100, '达标']);
  });

  it('draws the probability against the probability sought when seeking over uncertainty', () => {
    const a = answer({ probability: 0.8, result: { ...result, samples: [{ value: 0, outcome: 0.25, met: false }] } });
    expect(sketchPoints(a)).toEqual([{ x: 0, y: 25, met: false }]);
    expect(sketchThreshold(a)).toBe(80);
    expect(sketchTable(a, '万元/年', 'en').header[1]).toBe('Probability (%)');
  });
});
