import { describe, expect, it } from 'vitest';
import { RunRecord } from './runRecord';
import type { Run } from './runState';

// Every field of Run, checked by the compiler both ways: a field added to Run and not here fails to compile.
const FIELDS: Record<keyof Run, true> = {
  scenario: true,
  flat: true,
  years: true,
  baseYear: true,
  params: true,
  districtParams: true,
  districtCityShare: true,
  series: true,
  quotas: true,
  costs: true,
  gap: true,
  carry: true,
  pending: true,
  scratch: true,
  byDistrict: true,
  completions: true,
  queue: true,
  pay: true,
  remaining: true,
  deferred: true,
  deferredHires: true,
  payers: true,
  hiring: true,
  building: true,
  projectStarts: true,
  facilities: true,
  inForceAtBase: true,
  workingBuffer: true,
  keptBuffer: true,
  unread: true,
  payLater: true,
  leaversLater: true,
  qualificationsLater: true,
  fundsLater: true,
  populationLater: true,
  startsLater: true,
  compact: true,
};

describe('RunRecord', () => {
  it('carries every field of the run it is made from, the same value, and nothing else', () => {
    // Its constructor sets the fields one by one, which the compiler does not check: a field it left out
    // would read undefined in every step. Each field here holds an object of its own, so a field set from
    // another's value shows too.
    const keys = Object.keys(FIELDS) as (keyof Run)[];
    const values = Object.fromEntries(keys.map((k) => [k, { of: k }])) as unknown as Run;
    const record = new RunRecord(values);
    expect(Object.keys(record).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(record[k]).toBe(values[k]);
  });
});
