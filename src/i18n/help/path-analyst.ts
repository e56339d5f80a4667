/** Help path for an analyst: a real city, its data, comparison, probabilities and plan synthesis. */
import type { HelpPage } from './helpPage';
import { cityFacts, uncertaintyFacts, verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'path-analyst',
  part: 'paths',
  order: 2,
  rules: ['NJ2007-2', 'GOV2020-3a', 'GOV2020-4', 'GOV2020-4b'],
  text: {
    'zh-CN': {
      title: '分析人员：导入真实城市，对比、看概率、求最优方案',
      purpose: '为核查一个区的规划：用真实区划建方案、导入实际数据，再用方案对比、蒙特卡洛和最优方案回答“能不能达标、有多大把握、最少要多少钱”。',
      controls: [
        ['1. 方案库 · 新建：选择真实行政区划', '选省份和市、勾选要纳入的区（县），点“新建方案”。区划代码不含户数和人口，这些先按估算填入并标注“估算”。'],
        ['2. 测算结果 · 数据导入导出', '“下载模板（含当前城市数据）”，填入实际的户数、人口、工作者和用房，删去“数据来源”中的估算项，再“导入 Excel 或 CSV”。'],
        ['3. 方案对比', '复制方案、各改一种做法，2–4 个方案并排看判定、支出和逐年差异。'],
        ['4. 不确定性与反推 · 蒙特卡洛模拟', '设定不确定输入的分布、抽样次数和随机数种子，看每个目标的达成概率。'],
        ['5. 不确定性与反推 · 最优方案', '选目标和约束，求达成目标的最低成本方案，读冲突和约束的边际价值。'],
      ],
      example: [
        '示范方案可以代替真实城市先走一遍：{city}，{districts} 个区（县）、{communities} 个社区，规划期 {firstYear}–{lastYear} 年，按方案测算 {targets} 项目标中 {met} 项达标。',
        '它已设好 {inputCount} 项不确定输入（{inputs}）、抽样 {draws} 次、种子 {seed}；运行蒙特卡洛，看“{boundTarget}”有多大把握达成（按方案测算，制约因素是{binding}）。',
        '再用最优方案求达成用房目标的最低总成本，把结果“套用到副本并对比”，与原方案并排看各级财政多付多少。',
      ],
      mistakes: [
        '用估算数据下结论：真实区划建出的方案在导入实际数据前，结果页和报告会提示估算，结论只能作参考。',
        '比较时换了随机数种子或抽样次数：概率的差别可能只是抽样不同。',
        '忽略政策规则集：真实城市默认用 GOV2020 规则集；本地另有文件时，在“政策规则”页换用或调整，并在对比中核对差异。',
      ],
    },
    en: {
      title: 'For an analyst: a real city, comparison, probabilities and plan synthesis',
      purpose: 'To check a district’s plan: build a scenario from the real divisions, import the actual data, then use Compare, Monte Carlo and plan synthesis to answer whether the targets are met, how sure that is, and the least it costs.',
      controls: [
        ['1. Scenarios · New from a real city', 'Choose the province and city, tick the districts to include and press “Create scenario”. Division codes carry no households or residents, so those start as estimates, marked so.'],
        ['2. Results · data import and export', '“Download template (with this city)”, fill in the actual households, residents, workers and floor space, delete the estimate marks in “Data source”, then “Import Excel or CSV”.'],
        ['3. Compare', 'Duplicate the scenario, try one approach in each copy, and set 2–4 of them side by side: verdicts, spending and the differences by year.'],
        ['4. Uncertainty & goal seek · Monte Carlo', 'Set the distributions of the uncertain inputs, the draws and the seed, and read each target’s probability.'],
        ['5. Uncertainty & goal seek · Plan synthesis', 'Choose targets and limits, find the least-cost plan that meets them, and read the conflicts and what each limit is worth.'],
      ],
      example: [
        'The demo can stand in for a real city on a first pass: {city}, {districts} districts and {communities} communities, {firstYear}–{lastYear}; as planned it meets {met} of {targets} targets.',
        'It comes with {inputCount} uncertain inputs ({inputs}), {draws} draws and seed {seed}; run Monte Carlo and see how sure “{boundTarget}” is (as planned it is held back by {binding}).',
        'Then let plan synthesis find the least total cost of the floor-space targets, “Apply to a copy and compare”, and read how much more each payer pays.',
      ],
      mistakes: [
        'Concluding from estimates: until actual data is imported, a scenario built from real divisions says its figures are estimates, and its findings are indicative only.',
        'Changing the seed or the draws between runs being compared: the difference may be the sampling alone.',
        'Overlooking the rule set: a real city starts on GOV2020; where local documents differ, change or adjust it on the Rules tab and check the differences in Compare.',
      ],
    },
  },
  figures: (ctx) => ({ ...cityFacts(ctx), ...verdictCounts(ctx), ...uncertaintyFacts(ctx) }),
};

export default page;
