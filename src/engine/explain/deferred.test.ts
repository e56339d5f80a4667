/** Deferred spending explains itself as the hires and building starts that waited, summing to the figure. */
import { describe, expect, it } from 'vitest';
import { deferringCity as deferring } from '../../fixtures/deferringCity';
import { runScenario } from '../run';
import { evaluateFormula, explain } from './index';

describe('explain funding/<payer>/<year>/deferred', () => {
  it('names the hire and the floor space that waited, each at what it would have cost the district', () => {
    // District 2026 budget 340,000 = pay 6 × 50,000 + legal adviser 20,000 + election 20,000: nothing left.
    // The one hire capacity allows waits: the district's half of 100,000 pay = 50,000.
    // GOV2020-4 asks max(300, 30 × 2,701 / 100) = 810.3 m²; 600 in use → 210.3 m² wait × 4,000 = 841,200.
    // 50,000 + 841,200 = 891,200, all of it in the one district D1.
    const p = runScenario(deferring(340_000)).projection;
    const x = explain(p, 'funding/district/2026/deferred');
    expect(x.subject).toEqual({ kind: 'deferred', payer: 'district', year: 2026 });
    expect(x.value).toBeCloseTo(891_200, 6);
    expect(x.inputs.map((i) => [i.kind, i.value])).toEqual([
      ['deferredHires', expect.closeTo(50_000, 6)],
      ['deferredBuilding', expect.closeTo(841_200, 6)],
    ]);
    expect(evaluateFormula(x.formula, x.inputs)).toBeCloseTo(891_200, 6);
    expect(x.parts).toEqual([{ path: 'funding/district/2026/deferred/district/D1', value: expect.closeTo(891_200, 6), of: { entity: expect.objectContaining({ id: 'D1' }) } }]);
    const inD1 = explain(p, 'funding/district/2026/deferred/district/D1');
    expect(inD1.inputs.map((i) => i.value)).toEqual([expect.closeTo(50_000, 6), expect.closeTo(841_200, 6)]);
  });

  it('with the hire paid, only the floor space waits', () => {
    // Budget 1,000,000: after 340,000 of commitments and the 50,000 hire, 610,000 starts 152.5 m²;
    // 210.3 − 152.5 = 57.8 m² wait × 4,000 = 231,200 of building, no hire.
    const x = explain(runScenario(deferring(1_000_000)).projection, 'funding/district/2026/deferred');
    expect(x.inputs.map((i) => i.value)).toEqual([0, expect.closeTo(231_200, 6)]);
    expect(x.value).toBeCloseTo(231_200, 6);
  });

  it('a year with nothing waiting explains a zero', () => {
    const x = explain(runScenario(deferring(1_000_000)).projection, 'funding/district/2027/deferred');
    expect(x.value).toBe(0);
    expect(evaluateFormula(x.formula, x.inputs)).toBe(0);
  });
});
