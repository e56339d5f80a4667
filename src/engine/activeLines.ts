/** Which of a run's cost lines can be non-zero, worked out before the run cuts their arrays. */
import { COST_PARAMS } from './costParams';
import type { FacilityCharge } from './steps/facilityCharges';
import type { ParamKey } from './params';
import type { CostLine, PayRates } from './projection';
import type { ParamTable } from './resolveParams';
import type { Payer, Scenario } from './scenario';
import { packedMap } from './packedMap';

/**
 * Which cost lines can be non-zero in this run. The others share one array of zero bytes: a national
 * sweep would otherwise allocate and clear a few hundred megabytes for lines that stay zero. Steps may
 * still write to a shared line, but only zeros (a count times a unit cost of 0); a byte holds −0 as +0,
 * so a −0 written to one such line does not show in the others.
 */
export function activeCostLines(lines: readonly CostLine[], scenario: Scenario, params: ParamTable, years: number[], facilities: FacilityCharge[], pay: PayRates, districtShares: (number | null)[][] | null): boolean[] {
  const any = (key: ParamKey) => params[key]?.some((v, y) => v !== null && v !== 0 && y < years.length) ?? false;
  const paid = pay.perWorker.some((v) => v > 0);
  // rows, not flat(): flat's result changes elements kind with the values, a new map for optimised code to drop back on
  const shares = [...Object.values(pay.cityShare), ...(districtShares ?? [])];
  const builders = new Set<Payer>([scenario.plan.building.payer, ...packedMap(scenario.plan.building.projects, (pr) => pr.payer ?? scenario.plan.building.payer)]);
  return packedMap(lines, ({ item, payer, key }) => {
    if (key !== undefined) {
      const times = COST_PARAMS.find((c) => c.key === key)?.times;
      return any(key) && (times === undefined || any(times));
    }
    switch (item) {
      case 'staffPay':
        return paid && shares.some((row) => row.some((share) => share !== null && (payer === 'city' ? share > 0 : share < 1)));
      case 'training':
        return (scenario.plan.hiring.trainingCostPerHire ?? 0) > 0 && (scenario.plan.hiring.trainingPayer ?? 'district') === payer;
      case 'reward':
        return any('reward.amount') && params['reward.spaceThreshold'] !== undefined;
      case 'modelReward':
        return any('reward.modelAmount') && any('reward.modelFund');
      case 'building':
        return builders.has(payer);
      case 'facility':
        return facilities.some((f) => f.payer === payer);
      default:
        return false;
    }
  });
}
