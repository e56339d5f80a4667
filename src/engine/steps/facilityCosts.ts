/** This year's life-circle facility costs, booked as steps/facilityCharges.ts says. */
import { costLineIndex, type Run } from '../runState';
import type { Payer } from '../scenario';
import { facilityCostIn } from './facilityCharges';
import type { PayerSums } from './recurringCosts';

const LINE: Record<Payer, number> = {
  city: costLineIndex('facility', 'city'),
  district: costLineIndex('facility', 'district'),
  street: costLineIndex('facility', 'street'),
};

/** Writes this year's facility costs and returns their sums per payer. */
export function stepFacilityCosts(run: Run, y: number): PayerSums {
  const sums: PayerSums = { city: 0, district: 0, street: 0 };
  const year = run.years[y];
  const o = y * run.flat.nEntities;
  for (const f of run.facilities) {
    const { capital, running } = facilityCostIn(f, year, run.years[0]);
    const cost = capital + running;
    if (cost === 0) continue;
    run.costs[LINE[f.payer]][o + f.entity] += cost;
    sums[f.payer] += cost;
  }
  return sums;
}
