/**
 * A payer's spending in a year, in all and in each district, as a district's funding gap reads it
 * (its share of the payer's shortfall). Each district's sum is costTotal's for that district, the same
 * values added in the same order, found in one pass for all districts instead of a pass per district:
 * on a province short of money, a results view asked for 900 such sums, four seconds of passes.
 */
import { costTotal } from '../aggregate';
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
  p.costLines.forEach((line, k) => {
    if (line.payer !== payer) return;
    const a = p.costs[k];
    for (let e = 0; e < p.nEntities; e++) byDistrict[districtOf[e]] += a[base + e];
  });
  return { total: costTotal(p, y, { payer }), byDistrict };
}

/**
 * Kept for one synchronous results view only, like the district staffing totals (staffQuota.ts): a
 * longer-lived cache could outlive the arrays' contents, which Monte Carlo draws overwrite in place.
 */
let shared: Map<Projection, Map<string, PayerSpending>> | null = null;

export function sharingPayerSpending<T>(build: () => T): T {
  const outer = shared;
  shared = outer ?? new Map();
  try {
    return build();
  } finally {
    shared = outer;
  }
}

/** The district's share of the payer's spending in year y; 0 when the payer spent nothing. */
export function districtShare(p: Projection, y: number, payer: Payer, district: number): number {
  let spending: PayerSpending | undefined;
  if (shared) {
    let perProjection = shared.get(p);
    if (!perProjection) shared.set(p, (perProjection = new Map()));
    const key = `${y}:${payer}`;
    spending = perProjection.get(key);
    if (!spending) perProjection.set(key, (spending = sumPayer(p, y, payer)));
  }
  const all = spending?.total ?? costTotal(p, y, { payer });
  if (all === 0) return 0;
  return (spending ? spending.byDistrict[district] : costTotal(p, y, { payer, district })) / all;
}
