/**
 * The scenario's own parameter values, city-wide and per district: each dated value takes effect inside
 * the horizon and lies within the parameter's documented range (or its unit's bounds), and each
 * district named exists. Errors name the parameter, the year and the district.
 */
import { overrideSteps, type OverrideFrom } from '../engine/overrides';
import type { ParamKey } from '../engine/params';
import type { OverrideValue, Scenario } from '../engine/scenario';
import { both } from '../i18n/checks';
import { OVERRIDE_CHECK } from '../i18n/overrideChecks';
import type { Name } from '../registry';
import type { Report } from './checkScenario';
import { listOf, type PathSegment } from './validationError';

/** A range or unit problem with one value, or null when it is allowed. */
export type ValueCheck = (key: ParamKey, value: number) => Name | null;

export function checkOverrides(scenario: Scenario, valueProblem: ValueCheck, report: Report): void {
  const { overrides, districtOverrides } = scenario.ruleSet;
  const one = (path: PathSegment[], key: ParamKey, v: OverrideValue, district?: string) => checkOne(scenario, path, key, v, district, valueProblem, report);
  for (const [key, v] of Object.entries(overrides ?? {}) as [ParamKey, OverrideValue | undefined][]) {
    if (v !== undefined) one(['ruleSet', 'overrides', key], key, v);
  }
  const ids = scenario.city.districts.map((d) => d.id);
  for (const [key, byDistrict] of Object.entries(districtOverrides ?? {}) as [ParamKey, Record<string, OverrideValue> | undefined][]) {
    for (const [id, v] of Object.entries(byDistrict ?? {})) {
      const path = ['ruleSet', 'districtOverrides', key, id];
      if (!ids.includes(id)) report(path, ...both(OVERRIDE_CHECK.unknownDistrict(key, id, listOf(ids))));
      else one(path, key, v, id);
    }
  }
}

function checkOne(scenario: Scenario, path: PathSegment[], key: ParamKey, v: OverrideValue, district: string | undefined, valueProblem: ValueCheck, report: Report): void {
  const { firstYear, lastYear } = scenario.horizon;
  if (typeof v !== 'number' && Object.keys(v).length === 0) {
    report(path, ...both(OVERRIDE_CHECK.noDates(key)));
    return;
  }
  for (const [from, value] of overrideSteps(v)) {
    const at: PathSegment[] = from === 'all' ? path : [...path, String(from)];
    if (from !== 'all' && (from < firstYear || from > lastYear)) {
      report(at, ...both(OVERRIDE_CHECK.yearOutside(key, String(from), firstYear, lastYear, district)));
      continue;
    }
    const problem = valueProblem(key, value);
    if (problem) report(at, ...both(from === 'all' && !district ? problem : OVERRIDE_CHECK.at(key, from as OverrideFrom, district, problem)));
  }
}
