import { describe, expect, it } from 'vitest';
import { smallScenario } from '../../fixtures/smallScenario';
import { community, tinyCity } from '../../fixtures/tinyCity';
import { runScenario } from '../run';
import { PAYERS } from '../scenario';
import { explain } from './index';

const sum = (xs: { value: number }[]) => xs.reduce((s, x) => s + x.value, 0);

describe('every funding total explains itself as parts that add up', () => {
  const p = runScenario(smallScenario()).projection;
  for (const payer of PAYERS) {
    for (const year of p.years) {
      it(`${payer} ${year}`, () => {
        const total = explain(p, `funding/${payer}/${year}`);
        expect(total.value).toBeCloseTo(p.payers[payer][year - p.years[0]].spent, 4);
        expect(sum(total.parts!)).toBeCloseTo(total.value, 4);
        for (const itemPart of total.parts!) {
          const item = explain(p, itemPart.path);
          expect(item.value).toBeCloseTo(itemPart.value, 4);
          expect(sum(item.parts!)).toBeCloseTo(item.value, 4);
          for (const districtPart of item.parts!) {
            const district = explain(p, districtPart.path);
            expect(district.value).toBeCloseTo(districtPart.value, 4);
            expect(sum(district.parts!)).toBeCloseTo(district.value, 4);
            for (const entityPart of district.parts!) {
              const leaf = explain(p, entityPart.path);
              expect(leaf.value).toBeCloseTo(entityPart.value, 4);
              expect(leaf.formula.length).toBeGreaterThan(0);
            }
          }
        }
      });
    }
  }
});

describe('figures explain their arithmetic and rule', () => {
  // NJ2007-15: 2,701 households need max(6, ⌈2701 / 300⌉) = 10 workers.
  const s = tinyCity([community({ id: 'C1', households: 2701, space: 400 })], {
    ruleSet: 'NJ2007',
    horizon: { baseYear: 2006, firstYear: 2007, lastYear: 2010 },
    overrides: { 'staffing.householdsPerWorker': 300, 'staffing.minPerCommunity': 6 },
  });
  const p = runScenario(s).projection;

  it('required workers', () => {
    const e = explain(p, 'entity/C1/2008/staffRequired');
    expect(e.value).toBe(10);
    expect(e.formula).toBe('max(6, ⌈2701 / 300⌉) = 10');
    expect(e.rules).toContain('NJ2007-15');
    expect(e.inputs[0].path).toBe('entity/C1/2008/households');
  });

  it('required space, with the per-100-households rule in force from 2010 (NJ2007-18b)', () => {
    // 2009: only the 300 m² minimum; 2010: max(300, 20 × 2,701 / 100 = 540.2) = 540.2
    expect(explain(p, 'entity/C1/2009/spaceRequired').value).toBe(300);
    const e = explain(p, 'entity/C1/2010/spaceRequired');
    expect(e.value).toBeCloseTo(540.2, 9);
    expect(e.formula).toBe('max(300, 20 × 2701 / 100) = 540.2');
    expect(e.rules).toEqual(expect.arrayContaining(['NJ2007-18a', 'NJ2007-18b']));
  });

  it('rejects a path it cannot read, naming the problem', () => {
    expect(() => explain(p, 'entity/NOPE/2008/staffRequired')).toThrow(/unknown entity "NOPE"/);
    expect(() => explain(p, 'funding/city/2031')).toThrow(/year 2031 outside 2007–2010/);
    expect(() => explain(p, 'funding/bank/2008')).toThrow(/unknown payer "bank"/);
  });
});
