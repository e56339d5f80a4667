/**
 * Whether an exercise's levers fit its scenario: each path names a lever that exists, its range holds
 * the starting value and lies inside what the rule allows, and the reference plan gives each lever a
 * value inside its range. Problems come with the path in the exercise file and both languages.
 */
import { isParamKey } from '../../engine/params';
import { RULE_SETS } from '../../engine/policyLibrary';
import type { Scenario } from '../../engine/scenario';
import { isFacilitiesLever, type FacilitiesLever, type LeverSpec, type NumberLever } from '../../engine/training/exercise';
import { leverInfo, leverPathsFor, readLever } from '../../engine/levers';
import { formatPath, listOf, type PathSegment, type ValidationError } from '../validationError';

export type Report = (path: PathSegment[], zh: string, en: string) => void;

const fmt = (n: number) => String(Number(n.toPrecision(12)));

function checkNumberLever(scenario: Scenario, lever: NumberLever, at: PathSegment[], report: Report): void {
  const info = leverInfo(lever.path, scenario);
  if (!info) {
    const known = listOf(leverPathsFor(scenario).slice(0, 12));
    report([...at, 'path'], `未知的调节参数路径“${lever.path}”；此场景可用的有：${known.zh}等`, `unknown lever path "${lever.path}"; this scenario has ${known.en} and more`);
    return;
  }
  if (lever.min > lever.max) report([...at, 'max'], `最大值 ${fmt(lever.max)} 小于最小值 ${fmt(lever.min)}`, `max ${fmt(lever.max)} is below min ${fmt(lever.min)}`);
  const [top, second, third, fourth] = info.keys;
  if (top === 'plan' && third === 'projects' && !scenario.plan.building.projects.some((p) => p.id === fourth)) {
    report([...at, 'path'], `场景的建设项目中没有“${fourth}”`, `the scenario has no building project "${fourth}"`);
    return;
  }
  if (top === 'ruleSet' && isParamKey(third)) {
    const range = RULE_SETS[scenario.ruleSet.id]?.parameters[third]?.range;
    if (range && (lever.min < range[0] || lever.max > range[1])) {
      report([...at, 'min'], `范围应在规则集允许的 ${fmt(range[0])} 到 ${fmt(range[1])} 之内`, `the range must lie within ${fmt(range[0])}–${fmt(range[1])}, as the rule set allows`);
    }
  }
  const start = readLever(scenario, lever);
  if (typeof start !== 'number') {
    const zh = second === 'budgets' ? `场景须为规划期首年设定该出资方的预算，作为起始值` : `场景须设定该参数的起始值`;
    const en = second === 'budgets' ? `the scenario must budget this payer for the horizon's first year, as the starting value` : `the scenario must set this lever's starting value`;
    report([...at, 'path'], zh, en);
  } else if (start < lever.min || start > lever.max) {
    report([...at, 'min'], `起始值 ${fmt(start)} 不在 ${fmt(lever.min)} 到 ${fmt(lever.max)} 之间`, `the starting value ${fmt(start)} is outside ${fmt(lever.min)}–${fmt(lever.max)}`);
  }
}

function checkFacilitiesLever(scenario: Scenario, lever: FacilitiesLever, at: PathSegment[], report: Report): void {
  const existing = new Set([...(scenario.city.facilities ?? []), ...(scenario.plan.facilities ?? [])].map((f) => f.id));
  const seen = new Set<string>();
  lever.candidates.forEach((c, k) => {
    if (seen.has(c.id)) report([...at, 'candidates', k, 'id'], `候选设施编号“${c.id}”重复`, `candidate id "${c.id}" is used twice`);
    if (existing.has(c.id)) report([...at, 'candidates', k, 'id'], `编号“${c.id}”与城市已有设施重复`, `id "${c.id}" is already a facility of the city`);
    seen.add(c.id);
  });
}

export function checkLevers(scenario: Scenario, levers: readonly LeverSpec[], report: Report): void {
  const paths = new Set<string>();
  levers.forEach((lever, i) => {
    if (paths.has(lever.path)) report(['levers', i, 'path'], `调节参数“${lever.path}”重复`, `lever "${lever.path}" is listed twice`);
    paths.add(lever.path);
    if (isFacilitiesLever(lever)) checkFacilitiesLever(scenario, lever, ['levers', i], report);
    else checkNumberLever(scenario, lever, ['levers', i], report);
  });
}

/** The reference plan: a value per lever, of the right kind and inside the lever's range. */
export function checkValues(values: unknown, levers: readonly LeverSpec[], at: PathSegment[], report: Report): void {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    report(at, '应为以调节参数路径为键的对象', 'must be an object keyed by lever paths');
    return;
  }
  const given = values as Record<string, unknown>;
  const byPath = new Map(levers.map((l) => [l.path, l]));
  for (const key of Object.keys(given)) {
    if (!byPath.has(key)) report([...at, key], `“${key}”不是本练习可调节的参数`, `"${key}" is not a lever of this exercise`);
  }
  for (const lever of levers) {
    const v = given[lever.path];
    const path = [...at, lever.path];
    if (v === undefined) {
      report(path, '缺少该调节参数的取值', 'is missing a value for this lever');
    } else if (isFacilitiesLever(lever)) {
      const ids = new Set(lever.candidates.map((c) => c.id));
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) report(path, '应为候选设施编号的列表', 'must be a list of candidate ids');
      else for (const x of v as string[]) if (!ids.has(x)) report(path, `“${x}”不是候选设施`, `"${x}" is not a candidate`);
    } else if (typeof v !== 'number' || !Number.isFinite(v)) {
      report(path, '应为数', 'must be a number');
    } else if (v < lever.min || v > lever.max) {
      report(path, `应在 ${fmt(lever.min)} 到 ${fmt(lever.max)} 之间，实际为 ${fmt(v)}`, `must be from ${fmt(lever.min)} to ${fmt(lever.max)}, got ${fmt(v)}`);
    }
  }
}

export function reporter(errors: ValidationError[]): Report {
  return (path, zh, en) => void errors.push({ path: formatPath(path), zh, en });
}
