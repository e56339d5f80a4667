import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../engine/training/exercise';
import type { ObjectiveResult } from '../../../engine/training/objectives';
import type { AttemptRecord } from '../../../store/trainingRecords';
import { stepKey, isTypingTarget } from '../facilitator/facilitatorSteps';
import { latest, latestSubmitted, newAttemptId, progressOf } from './progress';
import { declutter } from './siteSketch';
import { leverTestId } from './testIds';
import { formatDelta, objectiveFigures, objectiveText, overBudgetText, paragraphs, questionText } from './wording';

const attempt = (id: string, startedAt: number, over: Partial<AttemptRecord> = {}): AttemptRecord => ({ id, exerciseId: 'x', values: {}, startedAt, updatedAt: startedAt, ...over });

describe('progress', () => {
  it('is passed once a submitted attempt met everything, and the debrief shows the newest submission', () => {
    expect(progressOf([])).toBe('new');
    expect(progressOf([attempt('a', 1)])).toBe('started');
    const failed = attempt('b', 2, { submittedAt: 3, met: false });
    expect(progressOf([attempt('a', 1), failed])).toBe('submitted');
    const passed = attempt('c', 4, { submittedAt: 5, met: true });
    expect(progressOf([failed, passed, attempt('d', 6)])).toBe('passed');
    expect(latest([failed, passed, attempt('d', 6)])?.id).toBe('d');
    expect(latestSubmitted([failed, passed, attempt('d', 6)])?.id).toBe('c');
    expect(newAttemptId('x', 1)).not.toBe(newAttemptId('x', 1));
  });
});

describe('facilitator keys', () => {
  it.each([
    { key: 'ArrowRight', shift: false, step: 1 },
    { key: 'PageDown', shift: false, step: 1 },
    { key: ' ', shift: false, step: 1 },
    { key: ' ', shift: true, step: -1 },
    { key: 'ArrowLeft', shift: false, step: -1 },
    { key: 'a', shift: false, step: 0 },
  ])('$key (shift $shift) → $step', ({ key, shift, step }) => expect(stepKey(key, shift)).toBe(step));

  it('leaves keys typed into fields alone', () => {
    expect(isTypingTarget({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('sketch', () => {
  it('spreads marks that sit on top of each other and leaves lone ones where they are', () => {
    const out = declutter([{ x: 100, y: 100 }, { x: 102, y: 101 }, { x: 300, y: 300 }], 18);
    expect(out[2]).toEqual({ x: 300, y: 300 });
    expect(Math.hypot(out[0].x - out[1].x, out[0].y - out[1].y)).toBeGreaterThanOrEqual(18);
  });
});

describe('wording', () => {
  const exercise = {
    scenario: {
      horizon: { baseYear: 2025, firstYear: 2026, lastYear: 2030 },
      targets: [{ id: 't', metric: 'staffingShareMet', threshold: 1, year: 2028, label: { zh: '2028年配齐', en: 'Staffed by 2028' } }],
      city: { districts: [{ streets: [{ communities: [{ id: 'XF', name: '幸福社区' }] }] }] },
    },
  } as unknown as Exercise;

  it('words each kind of objective from its data', () => {
    expect(objectiveText({ id: 'a', kind: 'targets' }, exercise, 'zh-CN')).toBe('2028年配齐');
    expect(objectiveText({ id: 'b', kind: 'spending', payers: ['city'], item: 'staffPay', max: 10_600_000 }, exercise, 'zh-CN')).toBe('市级财政2026–2030年专职工作者报酬合计不超过 1,060 万元');
    expect(objectiveText({ id: 'c', kind: 'shortfall', payers: ['city', 'district'] }, exercise, 'en')).toBe('City finance and district finance: never beyond the budget in any year (spending deferred for want of budget counts as beyond)');
    expect(objectiveText({ id: 'c', kind: 'shortfall', payers: ['city', 'district'] }, exercise, 'zh-CN')).toBe('市级财政和区（县）级财政每年都不超出预算（因预算不足而延后的支出也算超出）');
    expect(objectiveText({ id: 'd', kind: 'probability', min: 0.8, draws: 200 }, exercise, 'zh-CN')).toBe('200 次随机模拟中目标全部达标的比例不低于 80%');
    expect(objectiveText({ id: 'e', kind: 'metric', metric: 'coverage.all5', year: 2028, threshold: 0.9 }, exercise, 'zh-CN')).toContain('不低于 90%');
  });

  it('words quiz questions as the trainee’s own figures', () => {
    expect(questionText({ id: 'q', kind: 'spending', payer: 'district', item: 'staffPay', year: 2028 }, exercise, 'zh-CN')).toBe('你的方案中，2028 年区（县）级财政承担的专职工作者报酬是多少万元？');
    expect(questionText({ id: 'q', kind: 'community', community: 'XF', field: 'staffRequired', year: 2008 }, exercise, 'zh-CN')).toBe('你的方案中，2008 年幸福社区按规则应配备多少名专职社区工作者？');
  });

  it('shows figures, bounds and differences in their units', () => {
    const r: ObjectiveResult = { id: 'x', kind: 'spending', met: true, value: 10_494_653, bound: 10_600_000, sense: 'atMost', unit: 'yuan' };
    expect(objectiveFigures(r, 'zh-CN')).toEqual({ value: '1,049 万元', bound: '≤ 1,060 万元' });
    expect(objectiveFigures({ ...r, unit: 'count', value: 1, bound: 2, sense: 'atLeast' }, 'zh-CN')).toEqual({ value: '1/2 项', bound: '2/2 项' });
    expect(objectiveFigures({ ...r, value: Infinity }, 'en').value).toBe('no limit');
    expect(formatDelta(-20_000, 'yuan', 'zh-CN')).toBe('−2 万元');
    expect(formatDelta(0.035, 'share', 'zh-CN')).toBe('+3.5 个百分点');
    expect(formatDelta(0, 'person', 'en')).toBe('0');
  });

  it('names the payer and year over budget, and by how much in 万元', () => {
    // 11,600 yuan = 1.16 万元; 250,000 yuan = 25 万元, 200,000 of it deferred = 20 万元
    const r: ObjectiveResult = {
      id: 's',
      kind: 'shortfall',
      met: false,
      value: 261_600,
      bound: 0,
      sense: 'atMost',
      unit: 'yuan',
      over: [
        { payer: 'district', year: 2027, yuan: 11_600, deferred: 0 },
        { payer: 'city', year: 2029, yuan: 250_000, deferred: 200_000 },
      ],
    };
    expect(overBudgetText(r, 'zh-CN')).toBe('超出预算：区（县）级财政 2027 年超出 1.16 万元；市级财政 2029 年超出 25 万元（其中延后 20 万元）');
    expect(overBudgetText(r, 'en')).toBe('Over budget: district finance in 2027 by 1.16万 (10,000 yuan); city finance in 2029 by 25万 (10,000 yuan) (20万 (10,000 yuan) of it deferred)');
    expect(overBudgetText({ ...r, met: true, value: 0, over: [] }, 'zh-CN')).toBeNull();
  });

  it('splits paragraphs on blank lines', () => expect(paragraphs('a\n\n b \n\n\nc')).toEqual(['a', 'b', 'c']));
  it('makes ids from lever paths', () => expect(leverTestId('ruleSet.overrides["funds.cityPerCommunity"]')).toBe('ruleSet-overrides-funds-cityPerCommunity'));
});
