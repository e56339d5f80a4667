/** Help: the Plan tab (实施方案). */
import { formatRate, formatWan, formatWhole } from '../format';
import { budgetOf } from '../helpFigures';
import { MESSAGES } from '../messages';
import { PLAN_TEXT } from '../plan';
import type { HelpPage } from './helpPage';

const page: HelpPage = {
  id: 'plan',
  part: 'views',
  order: 3,
  rules: ['GOV2020-3a', 'GOV2020-3b', 'GOV2020-4'],
  shots: ['plan.webp'],
  text: {
    'zh-CN': {
      title: '实施方案',
      purpose: '安排规划期内逐年的调节参数：招聘、薪酬、用房建设和建设项目、生活圈设施、各级财政预算，以及资金不足时怎么办。页面上方的达标判定随调节即时更新。',
      controls: [
        ['招聘', '每年招聘能力（人/年）、年离职率、新招聘中持证社会工作者和本科学历的比例。'],
        ['薪酬', '每人年报酬（含社会保险和住房公积金）、报酬年增长率，以及人员报酬市级承担比例（留空即按规则集）。'],
        ['用房建设', '每平方米造价、建设周期、出资方、自何年起自动补建用房缺口、自动补建目标（平方米/百户）。'],
        ['建设项目', '自动补建之外逐项安排的项目：建设对象、面积、开工年份、周期、造价和优先级。'],
        ['各级财政预算（万元）', '每个出资方每年的预算；填“不限”或留空表示不设上限。“复制到各年”把一年的金额填到所有年份。'],
        ['资金不足时', '“照常支出并报告缺口”或“推迟招聘和开工”；后者还要排定剩余预算的使用顺序。'],
      ],
      example: [
        '示例方案每年招聘能力为 {capacity} 人，年离职率 {attrition}，每人年报酬 {pay}。',
        '区（县）级财政 {year} 年预算为 {districtBudget}，资金不足时推迟招聘和开工。这一年区（县）级财政因预算不足延后的支出为 {districtDeferred}。在“测算结果”里，用房目标的制约因素正是这笔预算缺口。',
        '街道财政在示例方案中未填任何预算，因此不设上限：{streetBudget}。',
        '若把 {year} 年区（县）级预算调高，用房目标的测算值会随之上升；要找出刚好够用的金额，可用“不确定性与反推”里的目标反推。',
      ],
      mistakes: [
        '某一年没填预算：留空表示“不限”，不是零。要表示当年没有资金，应填 0。',
        '选了“照常支出并报告缺口”却以为支出受预算控制：此时招聘和建设照常进行，结果只报告缺口。',
        '招聘能力大于实际能招到的人数：结果会好看但做不到；可在不确定性设定中加入招聘完成率。',
      ],
    },
    en: {
      title: 'Plan',
      purpose: 'Set the levers year by year: hiring, pay, building floor space and building projects, life-circle facilities, each payer\'s budget, and what happens when money is short. The verdicts at the top update as you move a lever.',
      controls: [
        ['Hiring', 'Hiring capacity (people per year), attrition per year, and the shares of certified social workers and graduates among new hires.'],
        ['Pay', "Pay per worker a year (social insurance and housing fund included), its yearly growth, and the city's share of pay (empty: as the rule set says)."],
        ['Building', 'Cost per m², lead time, payer, the year from which floor-space gaps are closed automatically, and the automatic aim (m² per 100 households).'],
        ['Building projects', 'Projects planned one by one besides the automatic programme: what, area, start year, lead time, cost and priority.'],
        ['Budgets (万, 10,000 yuan)', 'Each payer\'s budget per year; “unlimited” or an empty cell means no limit. “Copy to all” fills every year with one year\'s amount.'],
        ['When money is short', '“Spend and report the gap” or “Defer hiring and building starts”; the latter also sets the order in which what is left is spent.'],
      ],
      example: [
        'The demo can hire {capacity} workers a year, loses {attrition} a year, and pays {pay} per worker.',
        "District finance has a budget of {districtBudget} in {year}, and when money is short hiring and building starts are deferred. That year the district defers {districtDeferred} of spending for want of budget; on Results, this budget gap is what binds the floor-space target.",
        'Street finance has no budget in the demo, so it has no limit: {streetBudget}.',
        "Raise the district's {year} budget and the floor-space target's value rises; to find just enough, use goal seek on the “Uncertainty & goal seek” tab.",
      ],
      mistakes: [
        'A year without a budget: an empty cell means “unlimited”, not zero. To say there is no money that year, enter 0.',
        'Choosing “Spend and report the gap” and expecting budgets to limit spending: hiring and building go ahead and the results only report the gap.',
        'A hiring capacity above what can really be recruited: the results look good but cannot be done; add hiring success to the uncertainty settings.',
      ],
    },
  },
  figures: (ctx) => {
    const plan = ctx.scenario.plan;
    const year = ctx.scenario.horizon.firstYear;
    const district = ctx.result.projection.payers.district[0];
    return {
      capacity: formatWhole(plan.hiring.capacityPerYear, ctx.locale),
      attrition: formatRate(plan.hiring.attritionRate, ctx.locale),
      pay: formatWan(plan.pay.perWorker, ctx.locale),
      year: String(year),
      districtBudget: budgetOf(ctx, 'district', year) ?? MESSAGES[ctx.locale].none,
      districtDeferred: formatWan(district.deferred, ctx.locale),
      streetBudget: budgetOf(ctx, 'street', year) ?? PLAN_TEXT[ctx.locale].budgets.noLimit,
    };
  },
};

export default page;
