/**
 * Whether an exercise's objectives, hints, clauses and quiz fit its scenario: targets, metrics,
 * districts and communities it names exist, years lie in the horizon, every clause id is in the policy
 * library, and ids are unique. Runs once the shape and the scenario are valid.
 */
import { metricById, METRIC_IDS } from '../../engine/metrics';
import { ruleById } from '../../engine/policyLibrary';
import type { Scenario } from '../../engine/scenario';
import type { Hint, Objective, QuizSpec } from '../../engine/training/exercise';
import { listOf, type PathSegment } from '../validationError';
import type { Report } from './checkLevers';

function checkYear(scenario: Scenario, year: number, at: PathSegment[], report: Report): void {
  const { firstYear, lastYear } = scenario.horizon;
  if (year < firstYear || year > lastYear) report(at, `${year} 不在规划期 ${firstYear}–${lastYear} 之内`, `${year} is outside the horizon ${firstYear}–${lastYear}`);
}

function checkDistrict(scenario: Scenario, district: string | undefined, at: PathSegment[], report: Report): void {
  if (district !== undefined && !scenario.city.districts.some((d) => d.id === district)) {
    report(at, `城市中没有编号为“${district}”的区（县）`, `the city has no district "${district}"`);
  }
}

function checkMetric(metric: string, at: PathSegment[], report: Report): void {
  if (!metricById(metric)) {
    const known = listOf(METRIC_IDS);
    report(at, `未知的指标“${metric}”；可用：${known.zh}`, `unknown metric "${metric}"; known: ${known.en}`);
  }
}

function checkTargets(scenario: Scenario, targets: string[] | undefined, at: PathSegment[], report: Report): void {
  const ids = new Set(scenario.targets.map((t) => t.id));
  if (targets === undefined && ids.size === 0) report(at, '场景没有目标，须在 scenario.targets 中设定', 'the scenario has no targets; add them to scenario.targets');
  targets?.forEach((t, k) => {
    if (!ids.has(t)) report([...at, k], `场景中没有目标“${t}”`, `the scenario has no target "${t}"`);
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
      if ((o.max === undefined) === (o.min === undefined)) report([...at, 'max'], '须且只能设定 max（上限）或 min（下限）之一', 'set exactly one of max (a ceiling) and min (a floor)');
      if (o.from !== undefined) checkYear(scenario, o.from, [...at, 'from'], report);
      if (o.to !== undefined) checkYear(scenario, o.to, [...at, 'to'], report);
      if (o.from !== undefined && o.to !== undefined && o.from > o.to) report([...at, 'to'], `结束年份 ${o.to} 早于起始年份 ${o.from}`, `to ${o.to} is before from ${o.from}`);
      if (o.measure === 'budget' && o.item !== undefined) report([...at, 'item'], '预算不分项目，按预算计时不能指定 item', 'budgets are not split by item; leave item out when measuring budgets');
      return;
    case 'shortfall':
      return;
    case 'probability':
      if (!scenario.uncertainty || scenario.uncertainty.inputs.length === 0) {
        report([...at, 'kind'], '概率目标需要场景设定不确定性（scenario.uncertainty）', 'a probability objective needs the scenario\'s uncertainty (scenario.uncertainty)');
      }
      return checkTargets(scenario, o.targets, [...at, 'targets'], report);
  }
}

function checkRule(id: string | undefined, at: PathSegment[], report: Report): void {
  if (id !== undefined && !ruleById(id)) report(at, `条款库中没有“${id}”`, `the clause library has no "${id}"`);
}

export function checkObjectives(scenario: Scenario, objectives: readonly Objective[], report: Report): void {
  const seen = new Set<string>();
  objectives.forEach((o, i) => {
    if (seen.has(o.id)) report(['objectives', i, 'id'], `目标编号“${o.id}”重复`, `objective id "${o.id}" is used twice`);
    seen.add(o.id);
    checkRule(o.rule, ['objectives', i, 'rule'], report);
    checkObjective(scenario, o, ['objectives', i], report);
  });
}

export function checkHints(hints: readonly Hint[], rules: readonly string[], report: Report): void {
  hints.forEach((h, i) => checkRule(h.rule, ['hints', i, 'rule'], report));
  rules.forEach((r, i) => checkRule(r, ['rules', i], report));
}

export function checkQuiz(scenario: Scenario, quiz: readonly QuizSpec[], report: Report): void {
  const seen = new Set<string>();
  const communities = new Set(scenario.city.districts.flatMap((d) => d.streets.flatMap((s) => s.communities.map((c) => c.id))));
  quiz.forEach((q, i) => {
    const at: PathSegment[] = ['quiz', i];
    if (seen.has(q.id)) report([...at, 'id'], `题目编号“${q.id}”重复`, `question id "${q.id}" is used twice`);
    seen.add(q.id);
    checkYear(scenario, q.year, [...at, 'year'], report);
    if (q.kind === 'community' && !communities.has(q.community)) report([...at, 'community'], `城市中没有编号为“${q.community}”的社区`, `the city has no community "${q.community}"`);
    if (q.kind === 'metric') {
      checkMetric(q.metric, [...at, 'metric'], report);
      checkDistrict(scenario, q.district, [...at, 'district'], report);
    }
  });
}

export function checkLeverRules(levers: readonly { rule?: string }[], report: Report): void {
  levers.forEach((l, i) => checkRule(l.rule, ['levers', i, 'rule'], report));
}

/** The id names the file and the page (#/training/<id>), so it stays plain. */
export function checkId(id: string, report: Report): void {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    report(['id'], `练习编号“${id}”只能用小写字母、数字和连字符，并以字母或数字开头，如 "pay-split"`, `exercise id "${id}" may use only lower-case letters, digits and hyphens, starting with a letter or digit, e.g. "pay-split"`);
  }
}
