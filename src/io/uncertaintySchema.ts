/**
 * The uncertainty block of the scenario schema: the distributions inputs are drawn from, what each
 * input perturbs, and how many draws a run makes.
 */
import { z } from './strictCsp';
import { payer } from './schemaFields';

const distribution = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('normal').describe('正态分布 / normal distribution'),
        mean: z.number().describe('均值 / mean'),
        sd: z.number().min(0).describe('标准差 / standard deviation'),
        min: z.number().describe('下限：在上下限之间截断（按条件分布抽取，不堆积在界上） / lower bound: the normal is truncated to the bounds (drawn conditionally, no mass piled at a bound)').optional(),
        max: z.number().describe('上限 / upper bound').optional(),
      })
      .describe('正态分布，可设上下限截断 / normal, optionally truncated to bounds'),
    z
      .strictObject({
        kind: z.literal('triangular').describe('三角分布 / triangular distribution'),
        min: z.number().describe('最小值 / minimum'),
        mode: z.number().describe('最可能值 / most likely value'),
        max: z.number().describe('最大值 / maximum'),
      })
      .describe('三角分布：最小值、最可能值、最大值 / triangular: minimum, most likely, maximum'),
    z
      .strictObject({
        kind: z.literal('uniform').describe('均匀分布 / uniform distribution'),
        min: z.number().describe('最小值 / minimum'),
        max: z.number().describe('最大值 / maximum'),
      })
      .describe('均匀分布 / uniform between minimum and maximum'),
  ])
  .describe('抽样分布 / distribution the input is drawn from');

const inputNote = z.string().describe('取值依据，如“估计值” / where the figures come from, e.g. "estimate"').optional();

const uncertainInput = z
  .discriminatedUnion('what', [
    z
      .strictObject({
        what: z
          .enum(['householdGrowth', 'wageGrowth', 'buildingDelay', 'hiringSuccess'])
          .describe(
            '扰动对象：householdGrowth 加到每个社区的户数年增长率上；wageGrowth 加到工资年增长率上；buildingDelay 每个建设项目和规划设施的额外工期（年，取整）；hiringSuccess 招聘能力的实现比例（0–1） / what it perturbs: householdGrowth is added to every community’s growth rate; wageGrowth to the wage growth; buildingDelay is extra years for every building project and planned facility (whole years); hiringSuccess multiplies hiring capacity (0–1)',
          ),
        distribution,
        note: inputNote,
      })
      .describe('不确定输入 / uncertain input'),
    z
      .strictObject({
        what: z.literal('budget').describe('出资方预算：各年预算乘以抽样值（1 为按计划） / a payer’s budget: every year’s amount times the drawn value (1 = as planned)'),
        payer,
        distribution,
        note: inputNote,
      })
      .describe('不确定的出资方预算 / uncertain budget of a payer'),
  ])
  .describe('不确定输入：扰动对象和抽样分布 / uncertain input: what it perturbs and its distribution');

// Ten thousand draws of a 3,000-community city take a few minutes on a laptop (estimate); beyond that a batch run is the tool.
export const DRAWS_MAX = 10_000;

export const uncertainty = z
  .strictObject({
    draws: z.int().min(1).max(DRAWS_MAX).describe(`蒙特卡洛抽样次数（1–${DRAWS_MAX}） / Monte Carlo draws (1–${DRAWS_MAX})`),
    inputs: z.array(uncertainInput).describe('不确定输入，每个扰动对象至多一个 / uncertain inputs, at most one per thing perturbed'),
  })
  .describe('不确定性：对增长、工资、预算、工期和招聘的抽样分布；抽样由随机数种子和抽样序号决定 / uncertainty: distributions on growth, wages, budgets, delays and hiring; each draw follows from the seed and its index');
