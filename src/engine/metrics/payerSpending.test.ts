import { describe, expect, it } from 'vitest';
import { smallScenario } from '../../fixtures/smallScenario';
import { costTotal } from '../aggregate';
import { runScenario } from '../run';
import { PAYERS } from '../scenario';
import { payerGap } from './funding';
import { districtShare, sharingPayerSpending } from './payerSpending';

/** The small city with a tenth of its budgets in the first two years: running costs alone overrun them. */
function shortOfMoney() {
  const s = smallScenario();
  s.plan.budgets.city = { ...s.plan.budgets.city, '2026': 500_000, '2027': 500_000 };
  s.plan.budgets.district = { ...s.plan.budgets.district, '2026': 800_000, '2027': 800_000 };
  return runScenario(s).projection;
}

describe("a district's share of a payer's shortfall", () => {
  it('is, within a results view, the very share that two costTotal sums give, for every payer, year and district', () => {
    const p = shortOfMoney();
    // The case that reads the shares at all: some payer short in some year.
    expect(PAYERS.some((payer) => p.payers[payer].some((row) => row.shortfall > 0))).toBe(true);
    for (const payer of PAYERS) {
      p.years.forEach((_, y) => {
        for (let d = 0; d < p.nDistricts; d++) {
          const all = costTotal(p, y, { payer });
          const alone = all === 0 ? 0 : costTotal(p, y, { payer, district: d }) / all;
          expect(Object.is(sharingPayerSpending(() => districtShare(p, y, payer, d)), alone)).toBe(true);
          expect(Object.is(sharingPayerSpending(() => payerGap(p, y, payer, d)), payerGap(p, y, payer, d))).toBe(true);
        }
      });
    }
  });
});
