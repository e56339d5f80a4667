/**
 * Whether an exercise's objectives, hints, clauses and quiz fit its scenario: targets, metrics,
 * districts and communities it names exist, years lie in the horizon, every clause id is in the policy
 * library or the scenario's authored rule set, and ids are unique. Runs once the shape and the scenario are valid.
 */
import { metricById, METRIC_IDS } from '../../engine/metrics';
import { ruleById } from '../../engine/policyLibrary';
import type { Scenario } from '../../engine/scenario';
import { both } from '../../i18n/checks';
import { EXERCISE_CHECK } from '../../i18n/exerciseChecks';
import type { Hint, Objective, QuizSpec } from '../../engine/training/exercise';
import { listOf, type PathSegment } from '../validationError';
import type { Report } from './checkLevers';

function checkYear(scenario: Scenario, year: number, at: PathSegment[], report: Report): void {
  const { firstYear, lastYear } = scenario.horizon;
  if (year < firstYear || year > lastYear) report(at, ...both(EXERCISE_CHECK.yearOutside(year, firstYear, lastYear)));
}

function checkDistrict(scenario: Scenario, district: string | undefined, at: PathSegment[], report: Report): void {
  if (district !== undefined && !scenario.city.districts.some((d) => d.id === district)) {
    report(at, ...both(EXERCISE_CHECK.noDistrict(district)));
  }
}

function checkMetric(metric: string, at: PathSegment[], report: Report): void {
  if (!metricById(metric)) {
    const known = listOf(METRIC_IDS);
    report(at, ...both(EXERCISE_CHECK.unknownMetric(metric, known)));
  }
}

function checkTargets(scenario: Scenario, targets: string[] | undefined, at: PathSegment[], report: Report): void {
  const ids = new Set(scenario.targets.map((t) => t.id));
  if (targets === undefined && ids.size === 0) report(at, ...both(EXERCISE_CHECK.noTargets));
  targets?.forEach((t, k) => {
    if (!ids.has(t)) report([...at, k], ...both(EXERCISE_CHECK.noTarget(t)));
  });
}

function checkObjective(scenario: Scenario, o: Objective, at: PathSegment[], report: Report): void {
  switch (o.kind) {
    case 'targets':
      return checkTargets(scenario, o.targets, [...at, 'targets'], report);
    case 'metric':
      checkMetric(o.metric, [...at, 'metric'], report);
      checkYear(scenario, o.year, [...at, 'year'], report);
      return checkDistrict(scenario, o.district, [...at, 'district'], report);
    case 'spending':
      if ((o.max === undefined) === (o.min === undefined)) report([...at, 'max'], ...both(EXERCISE_CHECK.maxOrMin));
      if (o.from !== undefined) checkYear(scenario, o.from, [...at, 'from'], report);
      if (o.to !== undefined) checkYear(scenario, o.to, [...at, 'to'], report);
      if (o.from !== undefined && o.to !== undefined && o.from > o.to) report([...at, 'to'], ...both(EXERCISE_CHECK.toBeforeFrom(o.to, o.from)));
      if (o.measure === 'budget' && o.item !== undefined) report([...at, 'item'], ...both(EXERCISE_CHECK.budgetItem));
      return;
    case 'shortfall':
      return;
    case 'probability':
      if (!scenario.uncertainty || scenario.uncertainty.inputs.length === 0) {
        report([...at, 'kind'], ...both(EXERCISE_CHECK.needsUncertainty));
      }
      return checkTargets(scenario, o.targets, [...at, 'targets'], report);
  }
}

/** A clause of the policy library or of the authored rule set the exercise's scenario carries. */
function checkRule(scenario: Scenario, id: string | undefined, at: PathSegment[], report: Report): void {
  if (id === undefined || ruleById(id)) return;
  const own = scenario.ruleSet.custom?.documents.some((d) => d.clauses.some((c) => c.id === id));
  if (!own) report(at, ...both(EXERCISE_CHECK.noClause(id)));
}

export function checkObjectives(scenario: Scenario, objectives: readonly Objective[], report: Report): void {
  const seen = new Set<string>();
  objectives.forEach((o, i) => {
    if (seen.has(o.id)) report(['objectives', i, 'id'], ...both(EXERCISE_CHECK.objectiveTwice(o.id)));
    seen.add(o.id);
    checkRule(scenario, o.rule, ['objectives', i, 'rule'], report);
    checkObjective(scenario, o, ['objectives', i], report);
  });
}

export function checkHints(scenario: Scenario, hints: readonly Hint[], rules: readonly string[], report: Report): void {
  hints.forEach((h, i) => checkRule(scenario, h.rule, ['hints', i, 'rule'], report));
  rules.forEach((r, i) => checkRule(scenario, r, ['rules', i], report));
}

export function checkQuiz(scenario: Scenario, quiz: readonly QuizSpec[], report: Report): void {
  const seen = new Set<string>();
  const communities = new Set(scenario.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities.map((c) => c.id))));
  quiz.forEach((q, i) => {
    const at: PathSegment[] = ['quiz', i];
    if (seen.has(q.id)) report([...at, 'id'], ...both(EXERCISE_CHECK.questionTwice(q.id)));
    seen.add(q.id);
    checkYear(scenario, q.year, [...at, 'year'], report);
    if (q.kind === 'community' && !communities.has(q.community)) report([...at, 'community'], ...both(EXERCISE_CHECK.noCommunity(q.community)));
    if (q.kind === 'metric') {
      checkMetric(q.metric, [...at, 'metric'], report);
      checkDistrict(scenario, q.district, [...at, 'district'], report);
    }
  });
}

export function checkLeverRules(scenario: Scenario, levers: readonly { rule?: string }[], report: Report): void {
  levers.forEach((l, i) => checkRule(scenario, l.rule, ['levers', i, 'rule'], report));
}

/** The id names the file and the page (#/training/<id>), so it stays plain. */
export function checkId(id: string, report: Report): void {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    report(['id'], ...both(EXERCISE_CHECK.badId(id)));
  }
}
