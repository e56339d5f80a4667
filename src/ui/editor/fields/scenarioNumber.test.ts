import { describe, expect, it } from 'vitest';
import { rejectionText } from '../../../i18n/typedNumber';
import type { Path } from '../../state/setIn';
import { commitNumber } from './scenarioNumber';

function typed(path: Path, raw: string, scale?: number): { edits: unknown[]; rejection: ReturnType<typeof commitNumber> } {
  const edits: unknown[] = [];
  const rejection = commitNumber({ edit: (_p, value) => void edits.push(value) }, path, raw, scale, false);
  return { edits, rejection };
}

const CAPACITY: Path = ['plan', 'hiring', 'capacityPerYear'];

describe('a number box reads what officials type', () => {
  it('"1,000" in 每年招聘能力 is 1,000 (issue 12: it was turned down as text)', () => {
    expect(typed(CAPACITY, '1,000').edits).toEqual([1000]);
    expect(typed(CAPACITY, '１，２００').edits).toEqual([1200]);
  });

  it('a share typed in % with a sign; money typed in 万元 with 万 or 亿', () => {
    // 12.5% = 0.125
    expect(typed(['plan', 'hiring', 'attritionRate'], '12.5%', 100).edits).toEqual([0.125]);
    // 1.2亿元 = 12,000 万元 = 120,000,000 yuan
    expect(typed(['plan', 'pay', 'perWorker'], '1.2亿', 1e-4).edits).toEqual([120_000_000]);
    // 8万 in a 万元 box is 8 万元 = 80,000 yuan
    expect(typed(['plan', 'pay', 'perWorker'], '8万', 1e-4).edits).toEqual([80_000]);
  });
});

describe('a number box turns down the rest, in the field’s words and the shown unit', () => {
  it('text that is no number is not stored, and the message names the field and its range', () => {
    const { edits, rejection } = typed(CAPACITY, '1,0');
    expect(edits).toEqual([]);
    expect(rejection).not.toBeNull();
    const zh = rejectionText(rejection!, '每年招聘能力', '人/年', 'zh-CN');
    expect(zh).toBe('每年招聘能力：“1,0”不是数字，应为 0 到 1,000,000 之间的整数（人/年）；可写千位分隔符、全角数字和“万”');
    expect(zh).not.toContain('plan.');
  });

  it('a share out of range is stated in % (0% to 100%), not as a fraction', () => {
    const { edits, rejection } = typed(['plan', 'hiring', 'attritionRate'], '120', 100);
    expect(edits).toEqual([]);
    expect(rejectionText(rejection!, '离职率', '%', 'zh-CN')).toBe('离职率：120 不在允许范围内，应为 0% 到 100% 之间的数');
    expect(rejectionText(rejection!, 'Attrition rate', '%', 'en')).toBe('Attrition rate: 120 is not allowed; expected a number from 0% to 100%');
  });

  it('a lead time of 100000000 years is turned down (bound 10, fieldBounds: leadTime), 4 goes in', () => {
    expect(typed(['plan', 'building', 'leadTimeYears'], '100000000').edits).toEqual([]);
    expect(typed(['plan', 'building', 'projects', 3, 'leadTimeYears'], '11').rejection?.range).toEqual({ min: 1, max: 10, int: true });
    expect(typed(['plan', 'building', 'leadTimeYears'], '4').edits).toEqual([4]);
  });

  it('a coordinate keeps within ±1,000 km; an amount in 万元 within 10¹² yuan = 10⁸ 万元', () => {
    expect(typed(['city', 'districts', 0, 'streets', 1, 'communities', 2, 'location', 'x'], '-5e6').edits).toEqual([]);
    expect(typed(['plan', 'pay', 'perWorker'], '2e9', 1e-4).rejection?.range.max).toBe(1e8);
  });
});
