/**
 * Checks that need more than one field at a time, one file per part of the scenario: the horizon's
 * order (here), the city's ids and counts (checkCity.ts), overrides against the chosen rule set
 * (checkRuleSet.ts), the plan (checkPlan.ts), targets (checkTargets.ts), places in the form the crs
 * says (checkSpatial.ts) and the uncertainty block (checkUncertainty.ts). Runs only on a scenario
 * whose shape is already valid.
 */
import type { Scenario } from '../engine/scenario';
import { both, duplicateItemId, HORIZON } from '../i18n/checks';
import { checkCity, type Places } from './checkCity';
import { checkPlan } from './checkPlan';
import { checkRuleSet } from './checkRuleSet';
import { checkSpatial } from './checkSpatial';
import { checkTargets } from './checkTargets';
import { checkUncertainty } from './checkUncertainty';
import { type PathSegment, type ValidationError } from './validationError';
import { formatPath } from './formatPath';

export type Report = (path: readonly PathSegment[], zh: string, en: string) => void;

/**
 * `checkedCity`: the places of a city that already passed, given when the scenario's city is that one
 * (a lever edit): the checks that read the city alone are then skipped, those that read it with the
 * rest of the scenario still run.
 */
export function checkScenario(s: Scenario, checkedCity?: Places): ValidationError[] {
  const errors: ValidationError[] = [];
  const report: Report = (path, zh, en) => errors.push({ path: formatPath(path), zh, en });
  const inHorizon = checkHorizon(s, report);
  const places = checkedCity ?? checkCity(s, report);
  checkRuleSet(s, report);
  checkPlan(s, places, inHorizon, report);
  checkTargets(s, places, inHorizon, report);
  checkSpatial(s, places, inHorizon, report, checkedCity !== undefined);
  checkUncertainty(s, report);
  return errors;
}

export type YearCheck = (path: readonly PathSegment[], year: number) => void;

function checkHorizon({ horizon: h }: Scenario, report: Report): YearCheck {
  if (h.baseYear !== h.firstYear - 1) {
    report(['horizon', 'baseYear'], ...both(HORIZON.baseJustBeforeFirst(h.firstYear, h.baseYear)));
  }
  if (h.firstYear > h.lastYear) {
    report(['horizon', 'lastYear'], ...both(HORIZON.lastNotBeforeFirst(h.firstYear, h.lastYear)));
    // With no valid span every dated item would be flagged as well; the horizon error alone says what to fix.
    return () => {};
  }
  return (path, year) => {
    if (year < h.firstYear || year > h.lastYear) {
      report(path, ...both(HORIZON.within(h.firstYear, h.lastYear, year)));
    }
  };
}

/**
 * For a list whose items need ids unique within it: reports an item whose id an earlier item already
 * has (`duplicate project id "P1", already used by projects[0]`), and remembers the others.
 */
export function uniqueIds(list: string, item: { zh: string; en: string }, report: Report): (id: string, i: number, path: readonly PathSegment[]) => void {
  const first = new Map<string, number>();
  return (id, i, path) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else report([...path, 'id'], ...both(duplicateItemId(item, id, list, at)));
  };
}
