import { describe, expect, it } from 'vitest';
import { blankFields, synthesisOptions } from './synthesisForm';

const ALL = ['t1', 't2'];

describe('synthesisOptions', () => {
  it('asks for every target, least total cost, free hiring and free sites when nothing is set', () => {
    const r = synthesisOptions({ ...blankFields(), targets: ALL }, ALL);
    expect(r).toEqual({ ok: true, options: { objective: { kind: 'total' }, freeHiring: true, freeSites: true } });
  });

  it('keeps the facilities as planned when site choice is unticked', () => {
    const r = synthesisOptions({ ...blankFields(), targets: ALL, sites: false }, ALL);
    expect(r.ok && r.options.freeSites).toBeUndefined();
  });

  it('names the targets only when some are left out', () => {
    const r = synthesisOptions({ ...blankFields(), targets: ['t2', 'gone'] }, ALL);
    expect(r.ok && r.options.targets).toEqual(['t2']);
  });

  it('reads ceilings in 万元 as yuan, with thousands separators, and the other bounds as given', () => {
    const f = { ...blankFields(), targets: ALL, objective: 'peak' as const, payer: 'street' as const, hiringMax: '40', buildingMax: '1500.5', nonDecreasing: true };
    f.ceilings = { city: '', district: '1,234.5', street: '0' };
    const r = synthesisOptions(f, ALL);
    expect(r).toEqual({
      ok: true,
      options: {
        objective: { kind: 'peak', payer: 'street' },
        freeHiring: true,
        nonDecreasingBudgets: true,
        freeSites: true,
        // 1,234.5 万元 = 12,345,000 yuan; a ceiling of 0 is a limit, not "no limit"
        budgetCeiling: { district: 12_345_000, street: 0 },
        hiringCapacityMax: 40,
        buildingCapacityM2: 1500.5,
      },
    });
  });

  it('names the field that cannot be read', () => {
    expect(synthesisOptions({ ...blankFields(), targets: [] }, ALL)).toEqual({ ok: false, problem: 'noTargets' });
    expect(synthesisOptions({ ...blankFields(), targets: ALL, ceilings: { city: '-1', district: '', street: '' } }, ALL)).toEqual({ ok: false, problem: 'ceiling' });
    expect(synthesisOptions({ ...blankFields(), targets: ALL, hiringMax: '2.5' }, ALL)).toEqual({ ok: false, problem: 'hiringMax' });
    expect(synthesisOptions({ ...blankFields(), targets: ALL, buildingMax: 'lots' }, ALL)).toEqual({ ok: false, problem: 'buildingMax' });
  });
});
