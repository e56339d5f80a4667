/**
 * The plan in the scenario schema: hiring, pay, the building programme, budgets per payer and year,
 * what happens when money is short, and facilities opening in the horizon.
 */
import { z } from './strictCsp';
import { COST_ITEMS } from '../registry/costItems';
import { facility } from './citySchema';
import { amount, count, growth, id, payer, share, year } from './schemaFields';

// Floor space started in a year is in use from the next year at the earliest: the year loop books a
// start after that year's requirements, so a lead time of 0 could not mean "in use the same year".
const leadYears = (what: string) => z.int().min(1).describe(what);

const hiring = z
  .strictObject({
    capacityPerYear: count('全市每年最多可招聘的新工作者人数 / most new workers the whole city can recruit in a year'),
    attritionRate: share('每年离职比例 / share of workers who leave each year'),
    certifiedShare: share('新招聘者中持证社会工作者比例 / share of new hires who are certified social workers'),
    bachelorShare: share('新招聘者中本科学历比例 / share of new hires with a bachelor’s degree'),
    trainingCostPerHire: amount('每名社区新招聘人员的岗前培训和持证费用（元，CS2010-7d） / pre-job training and certificate per community hire (yuan, CS2010-7d)').optional(),
    trainingPayer: payer.describe('培训费用由哪一级财政承担，缺省为区（县） / who pays for the training; the district when left out').optional(),
    trainingYears: count('新招聘人员培训多少整年后才计入配备要求，缺省为 0 / whole years a hire trains before counting against the staffing requirement; 0 when left out').optional(),
  })
  .describe('招聘 / hiring');

const pay = z
  .strictObject({
    perWorker: amount(
      '基准年每名专职工作者的年报酬，含社会保险和住房公积金（元）；每年支付 / pay per worker a year in the base year, including social insurance and housing fund (yuan); paid every year',
    ),
    growth: growth('每人报酬年增长率 / annual growth of pay per worker'),
    cityShare: share('市级承担的人员报酬比例，适用于各类社区；填写时替代规则集的分担比例 / city’s share of staff pay for every community kind; replaces the rule set’s split when given').optional(),
  })
  .describe('薪酬政策 / pay policy');

const project = z
  .strictObject({
    id: id('项目编号 / project id'),
    target: id('建设对象：社区、街道或区（县）编号 / what is built for: a community, street or district id'),
    m2: z.number().positive().describe('建设面积（平方米） / floor space built (m²)'),
    startYear: year('开工年份 / start year'),
    leadTimeYears: leadYears('开工到竣工的年数，至少 1 年；缺省取建设计划的周期 / years from start to completion, at least 1; defaults to the programme’s lead time').optional(),
    costPerM2: amount('每平方米造价（元）；缺省取建设计划的造价 / yuan per m²; defaults to the programme’s cost').optional(),
    priority: count('资金不足时的优先级，数字小者先安排 / lower numbers are funded first when money is short'),
    payer: payer.optional(),
  })
  .describe('建设项目 / building project');

const building = z
  .strictObject({
    costPerM2: amount('每平方米造价（元） / construction cost per m² (yuan)'),
    leadTimeYears: leadYears('开工到竣工的年数，至少 1 年 / years from start to completion, at least 1'),
    payer,
    autoCloseFrom: year('自该年起自动补建各社区、街道、区（县）的用房缺口 / from this year on, build whatever every community, street and district still lacks').optional(),
    aimPerHundredHouseholds: amount(
      '自动建设的目标：每百户平方米数，高于规则下限时适用（如 NJ2007-18b 高标准 30） / m² per 100 households the automatic programme aims at, when above the rule’s floor (e.g. 30 for NJ2007-18b’s high tier)',
    ).optional(),
    order: z
      .enum(['worstFirst', 'nearestFirst', 'proRata'])
      .describe('资金不足时自动补建的顺序：worstFirst 缺口最大者优先，nearestFirst 缺口最小者优先，proRata 按缺口比例 / who is built for first when money is short: largest gap, smallest gap, or a share each')
      .optional(),
    projects: z.array(project).describe('建设项目 / building projects'),
  })
  .describe('建设计划 / building programme');

const yearKey = z.string().regex(/^\d{4}$/).describe('四位数年份，如 "2026" / four-digit year, e.g. "2026"');

const budgetByYear = z
  .record(yearKey, z.union([amount('预算（元） / budget (yuan)'), z.literal('unlimited').describe('不限 / no ceiling')]).describe('预算（元）或 "unlimited" 不限 / budget in yuan, or "unlimited"'))
  .describe('按年份的预算（元或 "unlimited" 不限）；列出的出资方须填满规划期每一年 / yuan, or "unlimited", per year; a payer listed has a cell for every horizon year');

const budgets = z
  .strictObject({ city: budgetByYear.optional(), district: budgetByYear.optional(), street: budgetByYear.optional() })
  .describe('各出资方每年预算；未列出的出资方不设上限 / budget per payer and year; a payer left out has no limit');

const earmarkByItem = z
  .partialRecord(
    z.enum(COST_ITEMS).describe('费用项目 / cost item'),
    z.record(yearKey, amount('专款（元） / earmarked yuan')).describe('按年份的专款（元） / earmarked yuan per year'),
  )
  .describe('按费用项目的专款 / earmarked funds per cost item');

const earmarks = z
  .strictObject({ city: earmarkByItem.optional(), district: earmarkByItem.optional(), street: earmarkByItem.optional() })
  .describe(
    '专款专用（CS2010-7c-4）：出资方预算中留给某一费用项目的部分，该项目只用这部分，其余项目分用预算余下部分 / earmarked funds (CS2010-7c-4): the part of a payer’s budget kept for one cost item, which is paid from it alone while the other items share the rest',
  );

const shortfall = z
  .strictObject({
    mode: z
      .enum(['report', 'defer'])
      .describe('资金不足时：report 照常支出并报告缺口；defer 新招聘和新开工等待资金 / report: spend and report the gap; defer: new hires and building starts wait for money'),
    priority: z
      .array(z.enum(['hiring', 'building']).describe('可推迟事项：hiring 招聘、building 建设 / deferrable item'))
      .describe('可推迟事项使用剩余预算的先后顺序 / order in which deferrable items are funded from what is left'),
  })
  .describe('资金不足时的处理 / what happens when money is short');

export const plan = z
  .strictObject({
    hiring,
    pay,
    building,
    budgets,
    earmarks: earmarks.optional(),
    shortfall,
    facilities: z.array(facility).describe('规划期内新开业的生活圈设施及其投资和运营经费 / facilities opening in the horizon, with their costs').optional(),
    candidateSites: z
      .array(
        facility
          .extend({ openingYear: year('最早可开业年份 / earliest year it could open') })
          .describe('候选选址 / candidate site'),
      )
      .describe('候选选址：可开设的设施，供最优方案选择；开业年份为最早可开业年份 / candidate facility sites for plan synthesis to choose among; openingYear is the earliest year each could open')
      .optional(),
  })
  .describe('实施方案：各年的调节参数 / plan: the levers over the years');
