/**
 * Whether an exercise's levers fit its scenario: each path names a lever that exists, its range holds
 * the starting value and lies inside what the rule allows, and the reference plan gives each lever a
 * value inside its range. Problems come with the path in the exercise file and both languages.
 */
import { isParamKey } from '../../engine/params';
import { ruleSetFor } from '../../engine/scenarioRuleSet';
import type { Scenario } from '../../engine/scenario';
import { isFacilitiesLever, type FacilitiesLever, type LeverSpec, type NumberLever } from '../../engine/training/exercise';
import { leverInfo, leverPathsFor, readLever } from '../../engine/levers';
import { both } from '../../i18n/checks';
import { LEVER_CHECK } from '../../i18n/exerciseChecks';
import { listOf, type PathSegment, type ValidationError } from '../validationError';
import { formatPath } from '../formatPath';

export type Report = (path: PathSegment[], zh: string, en: string) => void;

const fmt = (n: number) => String(Number(n.toPrecision(12)));

function checkNumberLever(scenario: Scenario, lever: NumberLever, at: PathSegment[], report: Report): void {
  const info = leverInfo(lever.path, scenario);
  if (!info) {
    const known = listOf(leverPathsFor(scenario).slice(0, 12));
    report([...at, 'path'], ...both(LEVER_CHECK.unknownPath(lever.path, known)));
    return;
  }
  if (lever.min > lever.max) report([...at, 'max'], ...both(LEVER_CHECK.maxBelowMin(fmt(lever.max), fmt(lever.min))));
  const [top, second, third, fourth] = info.keys;
  if (top === 'plan' && third === 'projects' && !scenario.plan.building.projects.some((p) => p.id === fourth)) {
    report([...at, 'path'], ...both(LEVER_CHECK.noProject(fourth)));
    return;
  }
  if (top === 'ruleSet' && isParamKey(third)) {
    const range = ruleSetFor(scenario.ruleSet)?.parameters[third]?.range;
    if (range && (lever.min < range[0] || lever.max > range[1])) {
      report([...at, 'min'], ...both(LEVER_CHECK.outsideRuleRange(fmt(range[0]), fmt(range[1]))));
    }
  }
  const start = readLever(scenario, lever);
  if (typeof start !== 'number') {
    report([...at, 'path'], ...both(second === 'budgets' ? LEVER_CHECK.noStartingBudget : LEVER_CHECK.noStartingValue));
  } else if (start < lever.min || start > lever.max) {
    report([...at, 'min'], ...both(LEVER_CHECK.startOutside(fmt(start), fmt(lever.min), fmt(lever.max))));
  }
}

function checkFacilitiesLever(scenario: Scenario, lever: FacilitiesLever, at: PathSegment[], report: Report): void {
  const existing = new Set([...(scenario.city.facilities ?? []), ...(scenario.plan.facilities ?? [])].map((f) => f.id));
  const seen = new Set<string>();
  lever.candidates.forEach((c, k) => {
    if (seen.has(c.id)) report([...at, 'candidates', k, 'id'], ...both(LEVER_CHECK.candidateTwice(c.id)));
    if (existing.has(c.id)) report([...at, 'candidates', k, 'id'], ...both(LEVER_CHECK.candidateExists(c.id)));
    seen.add(c.id);
  });
}

export function checkLevers(scenario: Scenario, levers: readonly LeverSpec[], report: Report): void {
  const paths = new Set<string>();
  levers.forEach((lever, i) => {
    if (paths.has(lever.path)) report(['levers', i, 'path'], ...both(LEVER_CHECK.leverTwice(lever.path)));
    paths.add(lever.path);
    if (isFacilitiesLever(lever)) checkFacilitiesLever(scenario, lever, ['levers', i], report);
    else checkNumberLever(scenario, lever, ['levers', i], report);
  });
}

/** The reference plan: a value per lever, of the right kind and inside the lever's range. */
export function checkValues(values: unknown, levers: readonly LeverSpec[], at: PathSegment[], report: Report): void {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    report(at, ...both(LEVER_CHECK.valuesNotObject));
    return;
  }
  const given = values as Record<string, unknown>;
  const byPath = new Map(levers.map((l) => [l.path, l]));
  for (const key of Object.keys(given)) {
    if (!byPath.has(key)) report([...at, key], ...both(LEVER_CHECK.notALever(key)));
  }
  for (const lever of levers) {
    const v = given[lever.path];
    const path = [...at, lever.path];
    if (v === undefined) {
      report(path, ...both(LEVER_CHECK.missingValue));
    } else if (isFacilitiesLever(lever)) {
      const ids = new Set(lever.candidates.map((c) => c.id));
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) report(path, ...both(LEVER_CHECK.notCandidateList));
      else for (const x of v as string[]) if (!ids.has(x)) report(path, ...both(LEVER_CHECK.notCandidate(x)));
    } else if (typeof v !== 'number' || !Number.isFinite(v)) {
      report(path, ...both(LEVER_CHECK.notNumber));
    } else if (v < lever.min || v > lever.max) {
      report(path, ...both(LEVER_CHECK.outside(fmt(lever.min), fmt(lever.max), fmt(v))));
    }
  }
}

export function reporter(errors: ValidationError[]): Report {
  return (path, zh, en) => void errors.push({ path: formatPath(path), zh, en });
}
