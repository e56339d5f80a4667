/**
 * The exercise file format as a zod schema: the shape only. The embedded scenario is checked by
 * validateScenario, and whether levers, objectives, hints and quiz fit that scenario by checkExercise.
 * Descriptions are bilingual so that a problem names what is allowed in both languages.
 */
import { z } from '../strictCsp';
import { COST_ITEMS } from '../../engine/projection';
import { EXERCISE_FORMAT, EXERCISE_VERSION } from '../../engine/training/exercise';
import { DRAWS_MAX } from '../uncertaintySchema';

const text = (what: string) =>
  z
    .strictObject({
      zh: z.string().min(1).describe('中文 / Chinese'),
      en: z.string().min(1).describe('英文 / English'),
    })
    .describe(what);

const id = (what: string) => z.string().min(1).describe(what);
const ruleId = z.string().min(1).describe('条款编号，如 NJ2007-15 / clause id, e.g. NJ2007-15');
const year = z.int().min(1900).max(2100).describe('年份 / year');
const payer = z.enum(['city', 'district', 'street']).describe('出资方 / payer');
const item = z.enum(COST_ITEMS).describe('支出项目 / cost item');
const yuan = (what: string) => z.number().min(0).describe(what);

const numberLever = z
  .strictObject({
    path: z.string().min(1).describe('调节参数路径，如 plan.hiring.capacityPerYear / lever path, e.g. plan.hiring.capacityPerYear'),
    min: z.number().describe('最小值（场景单位） / lowest value (scenario units)'),
    max: z.number().describe('最大值（场景单位） / highest value (scenario units)'),
    step: z.number().positive().describe('步长 / step'),
    label: text('名称 / label').optional(),
    rule: ruleId.optional(),
  })
  .describe('数值调节参数 / number lever');

const facilitiesLever = z
  .strictObject({
    path: z.literal('plan.facilities').describe('固定为 plan.facilities / always plan.facilities'),
    candidates: z
      .array(z.looseObject({ id: id('候选设施编号 / candidate id') }))
      .min(1)
      .describe('候选设施（格式同 plan.facilities） / candidate facilities (as in plan.facilities)'),
    label: text('名称 / label').optional(),
    rule: ruleId.optional(),
  })
  .describe('候选设施选择 / choice of candidate facilities');

const base = { id: id('目标编号 / objective id'), label: text('说明 / wording').optional(), rule: ruleId.optional() };

const objective = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('targets'), targets: z.array(id('场景目标编号 / scenario target id')).min(1).optional() }),
  z.strictObject({
    ...base,
    kind: z.literal('metric'),
    metric: id('指标编号 / metric id'),
    year,
    threshold: z.number().describe('阈值 / threshold'),
    district: id('区（县）编号 / district id').optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('spending'),
    payers: z.array(payer).min(1).optional(),
    item: item.optional(),
    from: year.optional(),
    to: year.optional(),
    measure: z.enum(['spent', 'budget']).describe('spent 实际支出、budget 预算 / spent or budget').optional(),
    max: yuan('上限（元） / ceiling (yuan)').optional(),
    min: yuan('下限（元） / floor (yuan)').optional(),
  }),
  z.strictObject({ ...base, kind: z.literal('shortfall'), payers: z.array(payer).min(1).optional() }),
  z.strictObject({
    ...base,
    kind: z.literal('probability'),
    targets: z.array(id('场景目标编号 / scenario target id')).min(1).optional(),
    min: z.number().min(0).max(1).describe('最低达标概率（0–1） / lowest probability (0–1)'),
    draws: z.int().min(1).max(DRAWS_MAX).describe(`抽样次数（1–${DRAWS_MAX}） / draws (1–${DRAWS_MAX})`),
  }),
]);

const hint = z.strictObject({ rule: ruleId, text: text('提示 / hint') }).describe('提示 / hint');

const quizId = id('题目编号 / question id');
const quiz = z.discriminatedUnion('kind', [
  z.strictObject({ id: quizId, kind: z.literal('spending'), payer: payer.optional(), item: item.optional(), year }),
  z.strictObject({
    id: quizId,
    kind: z.literal('community'),
    community: id('社区编号 / community id'),
    field: z.enum(['households', 'staffRequired', 'inPost', 'spaceRequired', 'space']),
    year,
  }),
  z.strictObject({ id: quizId, kind: z.literal('city'), field: z.enum(['households', 'staffRequired', 'inPost', 'hires', 'spaceRequired', 'space']), year }),
  z.strictObject({ id: quizId, kind: z.literal('centres'), level: z.enum(['street', 'district']), field: z.enum(['spaceRequired', 'space']), year }),
  z.strictObject({ id: quizId, kind: z.literal('metric'), metric: id('指标编号 / metric id'), year, district: id('区（县）编号 / district id').optional() }),
]);

export const exerciseSchema = z
  .strictObject({
    format: z.literal(EXERCISE_FORMAT).describe('文件类型 / file type'),
    version: z.literal(EXERCISE_VERSION).describe('格式版本 / format version'),
    // The pattern is checked in checkExercise, whose message can say what is allowed.
    id: z.string().min(1).describe('练习编号：小写字母、数字和连字符 / exercise id: lower-case letters, digits and hyphens'),
    order: z.int().min(0).describe('排序 / position in the list'),
    title: text('标题 / title'),
    summary: text('一句话简介 / one-line summary'),
    brief: text('情境说明 / brief'),
    rules: z.array(ruleId).describe('涉及的条款 / clauses involved'),
    minutes: z.int().min(1).max(240).describe('课堂所需分钟 / minutes in class').optional(),
    scenario: z.unknown().describe('场景 / scenario'),
    levers: z.array(z.union([facilitiesLever, numberLever])).min(1).describe('可调节的参数 / unlocked levers'),
    objectives: z.array(objective).min(1).describe('练习目标 / objectives'),
    hints: z.array(hint).describe('提示 / hints'),
    reference: z
      .strictObject({
        values: z.unknown().describe('每个调节参数的参考取值 / a value for each lever'),
        reasoning: text('参考方案的理由 / reasoning'),
      })
      .describe('参考方案 / reference plan'),
    quiz: z.array(quiz).min(1).max(8).describe('测验题（1–8题） / quiz questions (1–8)'),
  })
  .describe('培训练习 / training exercise');
