/**
 * What one worker is paid in each year and who pays it. Pay is the plan's lever and is paid every year;
 * the rule sets say who shares it and set floors under it, and their pay benchmarks (NJ2007-17,
 * GOV2020-3b) are targets measured by the pay metrics, never multipliers of the cost.
 */
import type { PayClass, PayRates } from '../projection';
import type { ParamTable } from '../resolveParams';
import type { Scenario, WageSeries } from '../scenario';
import type { ParamKey } from '../params';

export function payRates(scenario: Scenario, params: ParamTable, years: number[]): PayRates {
  const { pay } = scenario.plan;
  const { baseYear } = scenario.horizon;
  const at = (key: ParamKey, y: number) => params[key]?.[y] ?? null;
  // CS2010-7c-1: the pay base of 1,600 yuan a month is a floor under the plan's pay.
  // Array.from, not map, for the arrays every run's costing reads: once V8 optimises this function its
  // map makes holey arrays, a new map for the optimised readers to drop back to the interpreter on.
  const perWorker = Array.from(years, (yr, y) => Math.max(pay.perWorker * Math.pow(1 + pay.growth, yr - baseYear), at('pay.minPerWorker', y) ?? 0));
  // The plan's split, when it sets one, is a choice for every kind; the rule set's split is by kind (GOV2020-3a/3b cover urban communities).
  const share = (key: ParamKey) => Array.from(years, (_, y) => withDistrictFloor(pay.cityShare ?? at(key, y) ?? 0, perWorker[y], at('pay.districtPerWorker', y)));
  return {
    perWorker,
    cityShare: {
      urban: share('pay.cityShare'),
      rural: share('pay.cityShareRural'),
      // CS2010-6a: the street station is a district-funded public institution.
      station: Array.from(years, () => 0),
    },
    averageWage: grown(scenario.city.averageWage, baseYear, years.map((yr) => yr - 1)),
    publicInstitutionPay: grown(scenario.city.publicInstitutionPay, baseYear, years),
  };
}

/**
 * The city's share of the pay of a worker of this class in this district and year: the district's own
 * urban split where it sets one (GOV2020-3b, after the district's floor), else the city-wide one. The
 * cost step pays by it and the explanation shows it.
 */
export function cityShareFor(pay: PayRates, districtCityShare: (number | null)[][] | null, cls: PayClass, district: number, y: number): number {
  const own = cls === 'urban' ? (districtCityShare?.[district]?.[y] ?? null) : null;
  return own ?? pay.cityShare[cls][y];
}

/** A city wage series at the given years, from its base-year level and growth. */
function grown(series: WageSeries | undefined, baseYear: number, at: number[]): number[] | null {
  const base = series?.base;
  if (base === undefined) return null;
  return at.map((yr) => base * Math.pow(1 + (series?.growth ?? 0), yr - baseYear));
}

/** CS2010-7c-3: the district pays at least its amount per worker of each worker's pay; the city's share gives way to it. */
export function withDistrictFloor(cityShare: number, pay: number, districtMin: number | null): number {
  if (districtMin === null || pay <= 0) return cityShare;
  const district = Math.max(pay * (1 - cityShare), Math.min(pay, districtMin));
  return 1 - district / pay;
}
