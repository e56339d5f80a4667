import { describe, expect, it } from 'vitest';
import type { Path } from '../../state/setIn';
import { commitNumber } from './scenarioNumber';

function typed(path: Path, raw: string, scale?: number): unknown[] {
  const edits: unknown[] = [];
  commitNumber({ edit: (_p, value) => void edits.push(value) }, path, raw, scale, false);
  return edits;
}

describe('a number box keeps within the field’s bound', () => {
  it('a lead time of 100000000 years goes in as 10, the bound (fieldBounds: leadTime)', () => {
    expect(typed(['plan', 'building', 'leadTimeYears'], '100000000')).toEqual([10]);
    expect(typed(['plan', 'building', 'projects', 3, 'leadTimeYears'], '11')).toEqual([10]);
    expect(typed(['plan', 'building', 'leadTimeYears'], '4')).toEqual([4]);
  });

  it('a coordinate keeps within ±1,000 km; a scaled amount within 10¹² yuan', () => {
    expect(typed(['city', 'districts', 0, 'streets', 1, 'communities', 2, 'location', 'x'], '-5e6')).toEqual([-1e6]);
    // 2e9 万元 = 2e13 yuan, past the money bound 1e12.
    expect(typed(['plan', 'pay', 'benchmarkWage'], '2e9', 1 / 10_000)).toEqual([1e12]);
  });

  it('text that is not a number still goes in for the validator to name', () => {
    expect(typed(['plan', 'building', 'leadTimeYears'], 'abc')).toEqual(['abc']);
  });
});
