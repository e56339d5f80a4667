import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { costTotal } from './aggregate';
import { PAYERS, type Scenario } from './scenario';
import { runScenario } from './run';
import { keptZeroYears, sharingZeroYears, zeroYears } from './zeroYears';

const demo = () => JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/demo-15th-fyp.json', import.meta.url)), 'utf8')) as Scenario;

describe('the all-zero years of the cost lines', () => {
  const p = runScenario(demo()).projection;

  it('flags a line-year exactly when every entity spent nothing on it', () => {
    const zero = zeroYears(p);
    const years = p.years.length;
    let flagged = 0;
    p.costs.forEach((line, k) =>
      p.years.forEach((_, y) => {
        const all = line.subarray(y * p.nEntities, (y + 1) * p.nEntities).every((v) => v === 0);
        expect(zero[k * years + y], `line ${k} year ${y}`).toBe(all ? 1 : 0);
        flagged += zero[k * years + y];
      }),
    );
    // The demo's rule set uses some of the cost items, not all: both kinds of line-year are there.
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(p.costs.length * years);
  });

  it('is kept only while a view is built, and leaves every spending total as it is to the last bit', () => {
    expect(keptZeroYears(p)).toBeNull();
    const totals = () =>
      p.years.flatMap((_, y) =>
        PAYERS.flatMap((payer) => [-1, ...Array.from({ length: p.nDistricts }, (_, d) => d)].map((district) => costTotal(p, y, { payer, district }))),
      );
    const plain = totals();
    const skipping = sharingZeroYears(() => {
      expect(keptZeroYears(p)).toBe(keptZeroYears(p));
      return totals();
    });
    expect(skipping.length).toBe(plain.length);
    skipping.forEach((v, i) => expect(Object.is(v, plain[i]), `total ${i}: ${v} vs ${plain[i]}`).toBe(true));
    expect(plain.some((v) => v > 0)).toBe(true);
  });
});
