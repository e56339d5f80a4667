/**
 * What the exercise checks say when an exercise does not fit its scenario, in both languages at once.
 * src/io/training finds the problems; the wording lives here.
 */
import type { Name } from '../registry';

export const LEVER_CHECK = {
  unknownPath: (path: string, known: Name): Name => ({ zh: `未知的调节参数路径“${path}”；此场景可用的有：${known.zh}等`, en: `unknown lever path "${path}"; this scenario has ${known.en} and more` }),
  maxBelowMin: (max: string, min: string): Name => ({ zh: `最大值 ${max} 小于最小值 ${min}`, en: `max ${max} is below min ${min}` }),
  noProject: (id: string): Name => ({ zh: `场景的建设项目中没有“${id}”`, en: `the scenario has no building project "${id}"` }),
  outsideRuleRange: (lo: string, hi: string): Name => ({ zh: `范围应在规则集允许的 ${lo} 到 ${hi} 之内`, en: `the range must lie within ${lo}–${hi}, as the rule set allows` }),
  noStartingBudget: { zh: `场景须为规划期首年设定该出资方的预算，作为起始值`, en: `the scenario must budget this payer for the horizon's first year, as the starting value` },
  noStartingValue: { zh: `场景须设定该参数的起始值`, en: `the scenario must set this lever's starting value` },
  startOutside: (start: string, min: string, max: string): Name => ({ zh: `起始值 ${start} 不在 ${min} 到 ${max} 之间`, en: `the starting value ${start} is outside ${min}–${max}` }),
  candidateTwice: (id: string): Name => ({ zh: `候选设施编号“${id}”重复`, en: `candidate id "${id}" is used twice` }),
  candidateExists: (id: string): Name => ({ zh: `编号“${id}”与城市已有设施重复`, en: `id "${id}" is already a facility of the city` }),
  leverTwice: (path: string): Name => ({ zh: `调节参数“${path}”重复`, en: `lever "${path}" is listed twice` }),
  valuesNotObject: { zh: '应为以调节参数路径为键的对象', en: 'must be an object keyed by lever paths' },
  notALever: (key: string): Name => ({ zh: `“${key}”不是本练习可调节的参数`, en: `"${key}" is not a lever of this exercise` }),
  missingValue: { zh: '缺少该调节参数的取值', en: 'is missing a value for this lever' },
  notCandidateList: { zh: '应为候选设施编号的列表', en: 'must be a list of candidate ids' },
  notCandidate: (x: string): Name => ({ zh: `“${x}”不是候选设施`, en: `"${x}" is not a candidate` }),
  notNumber: { zh: '应为数', en: 'must be a number' },
  outside: (min: string, max: string, v: string): Name => ({ zh: `应在 ${min} 到 ${max} 之间，实际为 ${v}`, en: `must be from ${min} to ${max}, got ${v}` }),
};

export const EXERCISE_CHECK = {
  yearOutside: (year: number, first: number, last: number): Name => ({ zh: `${year} 不在规划期 ${first}–${last} 之内`, en: `${year} is outside the horizon ${first}–${last}` }),
  noDistrict: (id: string): Name => ({ zh: `城市中没有编号为“${id}”的区（县）`, en: `the city has no district "${id}"` }),
  unknownMetric: (metric: string, known: Name): Name => ({ zh: `未知的指标“${metric}”；可用：${known.zh}`, en: `unknown metric "${metric}"; known: ${known.en}` }),
  noTargets: { zh: '场景没有目标，须在 scenario.targets 中设定', en: 'the scenario has no targets; add them to scenario.targets' },
  noTarget: (id: string): Name => ({ zh: `场景中没有目标“${id}”`, en: `the scenario has no target "${id}"` }),
  maxOrMin: { zh: '须且只能设定 max（上限）或 min（下限）之一', en: 'set exactly one of max (a ceiling) and min (a floor)' },
  toBeforeFrom: (to: number, from: number): Name => ({ zh: `结束年份 ${to} 早于起始年份 ${from}`, en: `to ${to} is before from ${from}` }),
  budgetItem: { zh: '预算不分项目，按预算计时不能指定 item', en: 'budgets are not split by item; leave item out when measuring budgets' },
  needsUncertainty: { zh: '概率目标需要场景设定不确定性（scenario.uncertainty）', en: "a probability objective needs the scenario's uncertainty (scenario.uncertainty)" },
  noClause: (id: string): Name => ({ zh: `条款库中没有“${id}”`, en: `the clause library has no "${id}"` }),
  objectiveTwice: (id: string): Name => ({ zh: `目标编号“${id}”重复`, en: `objective id "${id}" is used twice` }),
  questionTwice: (id: string): Name => ({ zh: `题目编号“${id}”重复`, en: `question id "${id}" is used twice` }),
  noCommunity: (id: string): Name => ({ zh: `城市中没有编号为“${id}”的社区`, en: `the city has no community "${id}"` }),
  badId: (id: string): Name => ({
    zh: `练习编号“${id}”只能用小写字母、数字和连字符，并以字母或数字开头，如 "pay-split"`,
    en: `exercise id "${id}" may use only lower-case letters, digits and hyphens, starting with a letter or digit, e.g. "pay-split"`,
  }),
};
