/** Target verdicts: met or not, first year met, value, shortfall, and what binds. */
import { metricById, type Metric } from './metrics';
import { payerGap } from './metrics/funding';
import { meets } from './metrics/meetsNeed';
import { countTogether, type Ask } from './metrics/cityCounts';
import { sharedMetricValues } from './metrics/sharedValues';
import type { Projection } from './projection';
import { PAYERS, type Payer, type Target } from './scenario';
import type { CircleCoverage, CoverageFigures } from './coverage/types';
import type { Binding, Verdict } from './verdict';
import { sharingDistrictStaffing } from './staffQuota';

export function passes(metric: Metric, value: number | null, threshold: number): boolean {
  if (value === null) return false;
  // A relative tolerance keeps 0.9 computed as 0.8999999999 from failing a 90% target.
  const eps = 1e-9 * Math.max(1, Math.abs(threshold));
  return metric.better === 'higher' ? value >= threshold - eps : value <= threshold + eps;
}

export function districtNumber(p: Projection, id: string | undefined): number {
  if (id === undefined) return -1;
  const e = p.entities.id.indexOf(id, p.nCommunities + p.nStreets);
  if (e < 0) throw new Error(`scope.district: 未知的区（县） "${id}" / unknown district`);
  return p.entities.district[e];
}

export function evaluateTargets(p: Projection, targets: Target[]): Verdict[] {
  // Several targets often share a metric and scope (90% by 2027, all by 2028): compute each year's value
  // once. A verdict reads its own year and the years up to the first that passes, so the years after
  // both are left unworked, unless a results view is being built, which reads every year anyway.
  // By metric, then scope: no key string to make at every read.
  const series = new Map<Metric, Map<number, (number | null | undefined)[]>>();
  const valuesOf = (metric: Metric, d: number): (number | null | undefined)[] => {
    let byScope = series.get(metric);
    if (!byScope) series.set(metric, (byScope = new Map()));
    let values = byScope.get(d);
    if (!values) byScope.set(d, (values = sharedMetricValues(p, metric, d) ?? Array.from(p.years, () => undefined)));
    return values;
  };
  const valueAt = (metric: Metric, d: number, y: number): number | null => {
    const values = valuesOf(metric, d);
    let v = values[y];
    if (v === undefined) values[y] = v = metric.compute(p, y, d);
    return v;
  };
  const asked = targets.map((t) => askOf(p, t));
  // The staffing metrics read each year's district totals for every target: count them once.
  return sharingDistrictStaffing(() => {
    // The targets' own years, then year by year from the first, for the targets not yet passing: which
    // values a year needs is known before any is worked, so one pass can count several (cityCounts.ts).
    countTogether(p, asked, valuesOf);
    const first = asked.map(() => -1);
    let searching = asked.map((_, k) => k);
    for (let y = 0; y < p.years.length && searching.length > 0; y++) {
      countTogether(p, searching.map((k) => ({ ...asked[k], y })), valuesOf);
      searching = searching.filter((k) => {
        const { metric, d } = asked[k];
        if (!passes(metric, valueAt(metric, d, y), targets[k].threshold)) return true;
        first[k] = y;
        return false;
      });
    }
    return targets.map((t, k) => evaluateTarget(p, t, asked[k], valueAt(asked[k].metric, asked[k].d, asked[k].y), first[k]));
  });
}

/** A target's metric, scope and year index. */
function askOf(p: Projection, t: Target): Ask {
  const metric = metricById(t.metric);
  if (!metric) throw new Error(`targets[${t.id}].metric: 未知的指标 "${t.metric}" / unknown metric`);
  const d = districtNumber(p, t.scope?.district);
  const y = p.years.indexOf(t.year);
  if (y < 0) throw new Error(`targets[${t.id}].year: ${t.year} 不在规划期内 / outside the horizon`);
  return { metric, d, y };
}

/** The verdict from the value in the target's year and the first year index met (−1: none). */
function evaluateTarget(p: Projection, t: Target, { metric, d, y: yi }: Ask, value: number | null, first: number): Verdict {
  const met = passes(metric, value, t.threshold);
  const shortfall =
    met || value === null ? 0 : metric.better === 'higher' ? t.threshold - value : value - t.threshold;
  return {
    targetId: t.id,
    metric: t.metric,
    year: t.year,
    threshold: t.threshold,
    value,
    met,
    firstYearMet: first < 0 ? null : p.years[first],
    shortfall,
    binding: met
      ? null
      : value === null
        ? metric.concerns === 'coverage'
          ? { kind: 'noSpatialData' }
          : metric.benchmark
            ? { kind: 'noWageData', field: metric.benchmark }
            : { kind: 'notInRuleSet', param: metric.rules.join(', ') }
        : metric.concerns === 'qualifications'
          ? { kind: 'qualifiedHires', ...p.hiringShares }
          : metric.concerns === 'coverage'
            ? coverageGap(p, metric, d, yi)
            : metric.benchmark
              ? { kind: 'payLevel', year: p.years[yi], pay: p.pay.perWorker[yi], benchmark: p.pay[metric.benchmark]![yi] }
              : bindingFor(p, metric, yi, d),
  };
}

/** Coverage binds by place: how many residents of the scope are still beyond the walk that year. */
function coverageGap(p: Projection, metric: Metric, district: number, yi: number): Binding | null {
  const key = metric.coverageKey ?? 'all5';
  const c = p.coverage;
  if (!c) return { kind: 'noSpatialData' };
  if (metric.id === 'coverage.serviceCircles') return circleGap(c.circles, district, yi, p.years[yi]);
  const f = district < 0 ? c.city[key] : c.byDistrict[district][key];
  return {
    kind: 'coverageGap',
    type: key,
    year: p.years[yi],
    uncoveredResidents: Math.round(f.residents[yi] - f.coveredResidents[yi]),
    minutes: c.walk.minutes,
  };
}

/** The least-covered service circle decides the metric, so it is the one that binds; null without circles. */
function circleGap(circles: CircleCoverage[], district: number, yi: number, year: number): Binding | null {
  let worst: { c: CircleCoverage; f: CoverageFigures } | null = null;
  for (const c of circles) {
    const f = district < 0 ? c.city : c.byDistrict[district];
    if (f.residentShare[yi] !== null && (worst === null || f.residentShare[yi]! < worst.f.residentShare[yi]!)) worst = { c, f };
  }
  if (!worst) return null;
  const { c, f } = worst;
  return { kind: 'circleGap', circle: { id: c.id, minutes: c.minutes, types: c.types }, year, uncoveredResidents: Math.round(f.residents[yi] - f.coveredResidents[yi]) };
}

/** The constraint that held the metric back, looking at the years up to the target's. */
function bindingFor(p: Projection, metric: Metric, yi: number, district: number): Binding | null {
  if (metric.concerns === 'size') return { kind: 'boundaries' };
  if (metric.concerns === 'elderlyCare') return { kind: 'elderlyCareFacilities' };
  const upTo = <T>(log: T[]) => log.slice(0, yi + 1);
  if (metric.concerns === 'staffing') {
    const hiring = upTo(p.hiring);
    const money = lastIndex(hiring, (h) => h.limitedBy === 'budget');
    if (money >= 0) return { kind: 'budget', payer: hiring[money].payer!, year: p.years[money], shortBy: hiring[money].shortBy };
    const cap = lastIndex(hiring, (h) => h.limitedBy === 'capacity');
    if (cap >= 0) return { kind: 'hiringCapacity', capacity: hiring[cap].capacity, year: p.years[cap] };
    if (hiring.every((h) => h.capacity === 0)) return { kind: 'noProgramme', what: 'hiring' };
    return { kind: 'growth', year: p.years[yi] };
  }
  if (metric.concerns === 'volunteers') return volunteersShort(p, yi, district);
  if (metric.concerns === 'space') {
    // Only starts that complete by the target year count, so look at the years up to yi − lead.
    const lead = p.autoBuild.leadTimeYears;
    const building = p.building.slice(0, Math.max(0, yi - lead + 1));
    const money = lastIndex(building, (b) => b.limitedBy === 'budget');
    if (money >= 0) return { kind: 'budget', payer: building[money].payer!, year: p.years[money], shortBy: building[money].shortBy };
    if (upTo(p.building).every((b) => b.demand === 0)) return { kind: 'noProgramme', what: 'building' };
    return { kind: 'leadTime', leadTimeYears: lead, lastStartYear: p.years[yi] - lead };
  }
  // A funding gap binds where it is: the payer (of the metric's, or any) whose gap is largest in the target's year and scope.
  let worst: { payer: Payer; short: number } | null = null;
  for (const payer of metric.payer ? [metric.payer] : PAYERS) {
    const short = payerGap(p, yi, payer, district);
    if (short > 0 && (!worst || short > worst.short)) worst = { payer, short };
  }
  return worst && { kind: 'budget', payer: worst.payer, year: p.years[yi], shortBy: worst.short };
}

/** QY-14: the communities of the scope below the share in year yi, and the volunteers they lack (whole people). */
function volunteersShort(p: Projection, yi: number, district: number): Binding {
  const share = p.params['volunteers.minShareOfResidents']?.[yi] ?? 0;
  const o = yi * p.nEntities;
  let communities = 0;
  let volunteers = 0;
  for (let e = 0; e < p.nCommunities; e++) {
    if (p.series.established[o + e] === 0 || (district >= 0 && p.entities.district[e] !== district)) continue;
    const need = share * p.series.residents[o + e];
    if (meets(p.base.volunteers[e], need)) continue;
    const lack = Math.ceil(need - p.base.volunteers[e]);
    communities++;
    volunteers += lack;
  }
  return { kind: 'volunteersShort', year: p.years[yi], communities, volunteers };
}

function lastIndex<T>(a: T[], f: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i])) return i;
  return -1;
}
