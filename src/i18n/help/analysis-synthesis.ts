/** Help: plan synthesis (最优方案) — the cheapest plan that meets the chosen targets, its conflicts and what each limit is worth. */
import type { HelpPage } from './helpPage';
import { planFacts, shareVerdict, verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'analysis-synthesis',
  part: 'analysis',
  order: 3,
  shots: ['synthesis.webp'],
  rules: ['GOV2020-3a', 'GOV2020-3b', 'GOV2020-4', 'GOV2020-4b'],
  text: {
    'zh-CN': {
      title: '最优方案：达成目标的最低成本',
      purpose:
        '最优方案反过来做规划：给定要达成的目标和约束，求出成本最低的方案——每年招聘多少人、每个社区的用房哪一年开工、新设施在何处何年开业、各级财政每年安排多少预算。规划由线性/整数规划求解，再由引擎按原规则完整测算核验，所选目标全部达成才采用。',
      controls: [
        ['要达成的目标', '勾选目标，或选“全部”。'],
        ['优化目标', '“总成本最低”“某级财政支出最低”或“某级财政年度预算峰值最低”；后两项还要选“财政级别”。'],
        ['约束', '各级财政每年预算上限（万元）、每年招聘能力上限（人）、每年新开工面积上限（平方米），以及“预算逐年不减”。留空表示不设上限。'],
        ['选择新设施选址', '默认勾选：为覆盖率目标选择新设施的位置和开业年份——居民覆盖比例、达标社区比例（社区内至少 90% 居民五类设施齐全才算达标，按社区逐个计数，而不是只看覆盖的居民多少）和各服务圈覆盖比例（每个服务圈按其自身步行时间和设施类型计算，每个服务圈都须达到目标）。方案在“实施方案”页列有候选选址时从中选，否则从建议选址中选（每项目标取贪心选址所需数量的 3 倍作候选；服务圈目标按每个服务圈分别建议）。不勾选时，设施按方案原样，覆盖率目标只能由引擎核验。'],
        ['求最优方案', '开始求解；进度显示求解与核验的轮次，可“取消”。'],
        ['方案各年调节参数', '结果：每年招聘人数、用房开工社区数和面积、新开设施数、各级预算。这些是求解时可自由取值的调节参数，其余（人均报酬、建设单价、政策参数等）按方案原样。'],
        ['与下界相差', '求解器证明的差距：任何方案的目标值都不低于下界，所给方案至多比最优方案多这么多（万元，及占目标值的比例）；为 0 时显示“已证明为最优”。与下界相差不超过目标值的 0.01% 即可采用。新设施选址先由线性松弛的解取整、再逐个换成更便宜的选址得到，只有离下界不够近时才做分支定界。'],
        ['冲突', '在所给约束下无解时，列出不能同时满足的目标和约束，例如某个目标与“区（县）级财政每年不超过某数”。'],
        ['约束的边际价值', '某个约束每放宽一个单位（预算 1 万元、招聘 1 人），目标值能减少多少，以及这个数成立的范围；为 0 表示该约束当前不起作用。'],
        ['套用到副本并对比', '把结果存为方案副本并与原方案并排对比；原方案不变。'],
      ],
      example: [
        '示范方案按原预算测算，{targets} 项目标中 {met} 项达标。“{shareTarget}”在 {shareYear} 年只有 {shareValue}，要求 {shareThreshold}；制约“{boundTarget}”的是{binding}。',
        '这说明问题出在钱和人何时到位。最优方案把 {budgetYear} 年区（县）级预算（方案中为 {districtBudget}）、每年招聘人数和各社区开工年份都当作可调的量，求出达成所选目标的最低总成本。',
        '先只选用房相关的目标、优化目标选“总成本最低”、不设约束求一次；再填上区（县）级预算上限求一次。第二次若无解，“冲突”会指出哪个目标与这个上限不能同时满足；若有解，“约束的边际价值”给出每多 1 万元预算能省下多少。',
      ],
      mistakes: [
        '以为最优方案会改动政策参数或人均报酬：它只调招聘、开工、设施选址和预算，其余按方案原样；想试别的报酬水平，先在“实施方案”页改好再求。',
        '城市太大时在浏览器中求解：页面会提示模型过大，请改用命令行 npm run optimize，或只选部分目标。',
        '把边际价值用到成立范围之外：超过所示范围后，约束的价值会变。',
        '忽略“仅由引擎核验”的目标：规划中无法表达的目标只在求解后核验，可能因此需要多轮求解，甚至最终未能核验通过。',
      ],
    },
    en: {
      title: 'Plan synthesis: meeting the targets at least cost',
      purpose:
        'Plan synthesis plans backwards: given the targets to meet and the limits to keep, it finds the least-cost plan — how many to recruit each year, the year each community’s floor space starts building, where and when new facilities open, and each payer’s budget each year. A linear/integer program is solved, then the engine runs the result under the same rules, and it is adopted only when every chosen target is met.',
      controls: [
        ['Targets to meet', 'Tick the targets, or All.'],
        ['Objective', '“Least total cost”, “Least cost to one payer” or “Least peak annual budget of a payer”; the last two ask for the Payer.'],
        ['Limits', 'A budget ceiling a year per payer (万元), the most recruits a year, the most m² started a year, and “Budgets may not fall year on year”. Blank means no limit.'],
        ['Choose sites for new facilities', 'Ticked by default: where and when new facilities open, for the coverage targets — the share of residents covered, the share of communities covered (a community counts when at least 90% of its residents have all five types within reach; communities are counted one by one, not by how many residents are covered) and the service circles (each at its own walking time and types; every circle must reach the target). Among the candidate sites the Plan tab lists, else among suggested sites (for each target, three times as many as greedy siting needs; for the service circles, for each circle at its own walking time). Unticked, the facilities stay as planned and coverage targets are only checked by the engine.'],
        ['Find the best plan', 'Starts solving; progress counts the rounds of solving and checking, and Cancel stops it.'],
        ['The plan’s levers year by year', 'The answer: recruits each year, communities and m² started, facilities opened, and each payer’s budget. These are what the solver is free to choose; everything else (pay, building cost, rule parameters) stays as in the plan.'],
        ['Gap to the lower bound', 'What the solver proved: no plan has an objective below the lower bound, so the plan shown is at most this much above the best (in 万元 and as a share of the objective); 0 reads “Proved optimal”. A plan within 0.01% of the objective is taken. Facility sites are first rounded from the linear relaxation and then swapped one by one for cheaper ones; branch and bound runs only when that is not close enough to the bound.'],
        ['Conflict', 'When no plan keeps the limits, the targets and limits that cannot all hold, e.g. a target and “the district at most so much a year”.'],
        ['What each limit is worth', 'How much the objective falls for each unit a limit is relaxed (1 万元 of budget, 1 recruit), and over what range that holds; 0 means the limit does not bind.'],
        ['Apply to a copy and compare', 'Saves the answer as a copy and sets it beside the original, which is left as it is.'],
      ],
      example: [
        'With its budgets as planned the demo meets {met} of {targets} targets. “{shareTarget}” reaches only {shareValue} in {shareYear} against {shareThreshold}, and “{boundTarget}” is held back by {binding}.',
        'So the question is when money and people arrive. Plan synthesis treats the district budget of {budgetYear}, planned at {districtBudget}, the recruits each year and each community’s starting year as free, and finds the least total cost that meets the chosen targets.',
        'Solve once with only the floor-space targets, “Least total cost” and no limits; then again with a district budget ceiling. If the second has no solution, Conflict names the target that cannot be met within that ceiling; if it has one, “What each limit is worth” says how much each extra 万元 of budget saves.',
      ],
      mistakes: [
        'Expecting synthesis to change rule parameters or pay: it moves recruits, starts, facility sites and budgets only; to try another pay level, set it on the Plan tab first.',
        'Solving a very large city in the browser: the page says the model is too large; use npm run optimize on the command line, or choose fewer targets.',
        'Using a limit’s value outside its range: beyond the range shown, the limit is worth something else.',
        'Overlooking targets “checked by the engine only”: what the program cannot express is checked after solving, which may take more rounds, or end unverified.',
      ],
    },
  },
  // A solve takes too long for a help page: the example reads the demo's own verdicts, which are what synthesis starts from.
  figures: (ctx) => ({ ...verdictCounts(ctx), ...planFacts(ctx), ...shareVerdict(ctx, 'spaceShareMet') }),
};

export default page;
