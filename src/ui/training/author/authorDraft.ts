/**
 * Authoring: a scenario from the library and the author's choices turned into an exercise file. The
 * reference plan is the scenario as it stands; the trainee starts from the values the author sets for
 * each unlocked lever (planned facilities become candidates nobody has opened yet).
 */
import { isParamKey } from '../../../engine/params';
import { ruleSetFor } from '../../../engine/scenarioRuleSet';
import { PAYERS, type Payer, type Scenario } from '../../../engine/scenario';
import { EXERCISE_FORMAT, EXERCISE_VERSION, type LeverSpec, type LeverValues, type Objective, type QuizSpec } from '../../../engine/training/exercise';
import { applyLevers, leverInfo, leverPathsFor, readLever, splitPath } from '../../../engine/levers';

export interface LeverDraft {
  path: string;
  start: number;
  min: number;
  max: number;
  step: number;
}

export interface HintDraft {
  rule: string;
  zh: string;
  en: string;
}

export interface AuthorDraft {
  id: string;
  title: { zh: string; en: string };
  summary: { zh: string; en: string };
  brief: { zh: string; en: string };
  reasoning: { zh: string; en: string };
  levers: LeverDraft[];
  /** the scenario's planned facilities become candidates the trainee chooses among */
  facilities: boolean;
  targets: boolean;
  shortfall: boolean;
  /** yuan over the horizon; null for no ceiling */
  ceilings: Record<Payer, number | null>;
  /** 0–1; null for no probability objective */
  odds: number | null;
  hints: HintDraft[];
}

/** The number levers this scenario can offer: every path with a value to start from. */
export function numberLeverPaths(scenario: Scenario): string[] {
  return leverPathsFor(scenario).filter((p) => p !== 'plan.facilities' && typeof readLever(scenario, { path: p }) === 'number');
}

/** A sensible range and step around the scenario's value: the document's range where it gives one. */
export function defaultLever(scenario: Scenario, path: string): LeverDraft {
  const value = readLever(scenario, { path });
  const v = typeof value === 'number' ? value : 0;
  const info = leverInfo(path, scenario);
  const keys = splitPath(path) ?? [];
  const param = keys[0] === 'ruleSet' && isParamKey(keys[2]) ? ruleSetFor(scenario.ruleSet)?.parameters[keys[2]] : undefined;
  const unit = info?.unit;
  let [min, max] = param?.range ?? [0, Math.max(v * 2, 1)];
  if (unit === 'share' && !param?.range) [min, max] = [0, 1];
  if (unit === 'year') [min, max] = [scenario.horizon.firstYear, scenario.horizon.lastYear];
  const step = unit === 'share' ? 0.05 : unit === 'yuanPerYear' ? 100_000 : unit?.startsWith('yuanPer') && unit !== 'yuanPerHouseholdYear' && unit !== 'yuanPerM2' ? 1_000 : 1;
  return { path, start: min, min: Math.min(min, v), max: Math.max(max, v), step };
}

export function emptyDraft(scenario: Scenario): AuthorDraft {
  return {
    id: '',
    title: { zh: scenario.name, en: '' },
    summary: { zh: '', en: '' },
    brief: { zh: scenario.description ?? '', en: '' },
    reasoning: { zh: '', en: '' },
    levers: [],
    facilities: false,
    targets: scenario.targets.length > 0,
    shortfall: false,
    ceilings: { city: null, district: null, street: null },
    odds: null,
    hints: [],
  };
}

function quizFor(scenario: Scenario): QuizSpec[] {
  const { firstYear, lastYear } = scenario.horizon;
  const middle = Math.round((firstYear + lastYear) / 2);
  const quiz: QuizSpec[] = [
    { id: 'district-spending', kind: 'spending', payer: 'district', year: middle },
    { id: 'city-spending', kind: 'spending', payer: 'city', year: lastYear },
    { id: 'in-post', kind: 'city', field: 'inPost', year: lastYear },
  ];
  const target = scenario.targets.find((t) => t.year >= firstYear && t.year <= lastYear);
  if (target) quiz.push({ id: 'target-metric', kind: 'metric', metric: target.metric, year: target.year, ...(target.scope?.district && { district: target.scope.district }) });
  return quiz;
}

/** The clauses the levers, targets and hints rest on. */
function rulesOf(scenario: Scenario, levers: readonly LeverSpec[], hints: readonly HintDraft[]): string[] {
  const out = new Set<string>();
  for (const l of levers) {
    const keys = splitPath(l.path) ?? [];
    if (keys[0] === 'ruleSet' && isParamKey(keys[2])) for (const r of ruleSetFor(scenario.ruleSet)?.parameters[keys[2]]?.reference ?? []) out.add(r.rule);
  }
  for (const t of scenario.targets) if (t.rule) out.add(t.rule);
  for (const h of hints) if (h.rule) out.add(h.rule);
  return [...out];
}

/** The exercise file for a draft, ready to validate and save. */
export function exerciseFromDraft(scenario: Scenario, d: AuthorDraft): Record<string, unknown> {
  const numberLevers: LeverSpec[] = d.levers.map((l) => ({ path: l.path, min: l.min, max: l.max, step: l.step }));
  const planned = scenario.plan.facilities ?? [];
  const levers: LeverSpec[] = [...numberLevers, ...(d.facilities && planned.length > 0 ? [{ path: 'plan.facilities' as const, candidates: planned }] : [])];
  const reference: LeverValues = {};
  for (const l of levers) reference[l.path] = l.path === 'plan.facilities' ? planned.map((f) => f.id) : (readLever(scenario, l) as number);
  const starts: LeverValues = Object.fromEntries(d.levers.map((l) => [l.path, l.start]));
  let start = applyLevers(scenario, numberLevers, starts);
  if (d.facilities) start = { ...start, plan: { ...start.plan, facilities: [] } };
  const objectives: Objective[] = [];
  if (d.targets) objectives.push({ id: 'targets', kind: 'targets' });
  if (d.shortfall) objectives.push({ id: 'no-shortfall', kind: 'shortfall' });
  for (const p of PAYERS) {
    const max = d.ceilings[p];
    if (max !== null) objectives.push({ id: `ceiling-${p}`, kind: 'spending', payers: [p], max });
  }
  if (d.odds !== null) objectives.push({ id: 'odds', kind: 'probability', min: d.odds, draws: Math.min(scenario.uncertainty?.draws ?? 200, 500) });
  return {
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    id: d.id,
    order: 100,
    title: d.title,
    summary: d.summary,
    brief: d.brief,
    rules: rulesOf(scenario, levers, d.hints),
    scenario: start,
    levers,
    objectives,
    hints: d.hints.map((h) => ({ rule: h.rule, text: { zh: h.zh, en: h.en } })),
    reference: { values: reference, reasoning: d.reasoning },
    quiz: quizFor(scenario),
  };
}
