/**
 * A payer's spending in a year, in all and in each district, as a district's funding gap reads it
 * (its share of the payer's shortfall). Each district's sum is costTotal's for that district, the same
 * values added in the same order, found in one pass for all districts instead of a pass per district:
 * on a province short of money, a results view asked for 900 such sums, four seconds of passes.
 */
import { buildCache } from '../buildCache';
import { costTotal } from '../aggregate';
import { keptZeroYears } from '../zeroYears';
import type { Projection } from '../projection';
import type { Payer } from '../scenario';

interface PayerSpending {
  total: number;
  byDistrict: Float64Array;
}

function sumPayer(p: Projection, y: number, payer: Payer): PayerSpending {
  const byDistrict = new Float64Array(p.nDistricts);
  const base = y * p.nEntities;
  const districtOf = p.entities.district;
  const zero = keptZeroYears(p);
  p.costLines.forEach((line, k) => {
    if (line.payer !== payer || zero?.[k * p.years.length + y]) return;
    const a = p.costs[k];
    for (let e = 0; e < p.nEntities; e++) byDistrict[districtOf[e]] += a[base + e];
  });
  return { total: costTotal(p, y, { payer }), byDistrict };
}

/** Each district's spending, kept for one results view (buildCache.ts), as the district staffing totals are. */
const byYearAndPayer = buildCache<Projection, string, PayerSpending>();

export const sharingPayerSpending = <T>(build: () => T): T => byYearAndPayer.during(build);

/** The district's share of the payer's spending in year y; 0 when the payer spent nothing. */
export function districtShare(p: Projection, y: number, payer: Payer, district: number): number {
  let spending: PayerSpending | undefined;
  const perProjection = byYearAndPayer.of(p);
  if (perProjection) {
    const key = `${y}:${payer}`;
    spending = perProjection.get(key);
    if (!spending) perProjection.set(key, (spending = sumPayer(p, y, payer)));
  }
  const all = spending?.total ?? costTotal(p, y, { payer });
  if (all === 0) return 0;
  return (spending ? spending.byDistrict[district] : costTotal(p, y, { payer, district })) / all;
}
