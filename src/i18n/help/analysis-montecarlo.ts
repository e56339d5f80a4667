/** Help: the Monte Carlo view of the analysis tab — reading probabilities and fans, the seed and the draws. */
import type { HelpPage } from './helpPage';
import { uncertaintyFacts, verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'analysis-montecarlo',
  part: 'analysis',
  order: 1,
  shots: ['monteCarlo.webp'],
  rules: ['GOV2020-3a', 'GOV2020-4'],
  text: {
    'zh-CN': {
      title: '蒙特卡洛模拟：达成目标的概率',
      purpose:
        '方案里有些输入并不确定：户数增长、工资增长、各级预算执行、建设延误和招聘完成率。蒙特卡洛模拟按设定的分布反复抽取这些输入，每次把整个方案完整测算一遍，统计每个目标在多少次抽样中达成，回答“这个方案有多大把握达标”。',
      controls: [
        ['抽样次数', '测算多少次。次数越多概率越稳，用时也越长；1,000 次时概率的标准误差不超过约 1.6 个百分点（95% 把握约 ±3 个百分点）。'],
        ['随机数种子', '决定抽到哪些数。同一种子、同一抽样次数得到完全相同的结果，与电脑的线程数无关；换一个种子可检验结论是否只是偶然。'],
        ['添加不确定性设置', '方案还没有不确定性时，先点它建立设置。'],
        ['添加 / 删除', '在“不确定输入的分布”表中增删一项输入，并为它选分布（正态、三角、均匀）和参数。'],
        ['运行蒙特卡洛', '开始抽样；进度条显示已完成的抽样，可随时“取消”。'],
        ['目标达成概率', '每个目标在其年份达成的抽样比例；“按方案测算”一列是不考虑不确定性时的判定，“测算值 P5 / 中位数 / P95”给出测算值的分布。'],
        ['关键指标的不确定范围', '扇形图：深色带 P25–P75 是一半抽样落在其中的范围，浅色带 P5–P95 是九成抽样的范围，线是中位数。'],
        ['敏感性', '哪一项不确定输入对目标影响最大：把抽样按该输入的取值排序，比较最低 10% 与最高 10% 的抽样。'],
        ['下载数据 (CSV)', '把表格下载为 CSV，供 Excel 等软件使用。'],
      ],
      example: [
        '示范方案已设好不确定性：{inputCount} 项不确定输入（{inputs}），抽样 {draws} 次，随机数种子 {seed}。',
        '打开“不确定性与反推”页，选“蒙特卡洛模拟”，点“运行蒙特卡洛”。按方案测算，{targets} 项目标中 {met} 项达标；概率表把这个“是或否”变成了“有多大把握”。',
        '看“{boundTarget}”：按方案测算未达标，制约因素是{binding}。它的达成概率说明，在所设的不确定性下这个目标有多大把握达成。',
        '概率接近 0 或 100% 的目标，结论对不确定性不敏感；在 30%–70% 之间的目标最值得再调方案，敏感性图会指出该先盯住哪项输入。',
      ],
      mistakes: [
        '把达成概率当成预测：它只反映所设分布的不确定性，分布本身是估计值（示范方案每项都注明了“估计值”）。分布设得越窄，概率看起来越确定。',
        '抽样次数太少：100 次时标准误差可达 5 个百分点（95% 把握约 ±10 个百分点），两个方案概率相差几个百分点不能说明谁更好。',
        '修改方案后不重新运行：页面会提示结果对应修改前的方案，这时的概率已不作数。',
        '比较两次结果时换了种子或抽样次数：差别可能只是抽样不同；比较方案时保持种子和次数不变。',
      ],
    },
    en: {
      title: 'Monte Carlo: the probability of meeting each target',
      purpose:
        'Some inputs of a plan are uncertain: household growth, wage growth, how much of each budget is paid out, building delays and how many planned hires succeed. Monte Carlo draws these inputs from the distributions you set, runs the whole scenario once per draw and counts the draws in which each target is met: how sure can one be that the plan meets it?',
      controls: [
        ['Draws', 'How many runs. More draws give steadier probabilities and take longer; at 1,000 draws the standard error of a probability is at most about 1.6 points (about ±3 points at 95% confidence).'],
        ['Random seed', 'Fixes which numbers are drawn. The same seed and draws give exactly the same results on any computer; another seed shows whether a finding was luck.'],
        ['Add uncertainty settings', 'Creates the settings when the scenario has none.'],
        ['Add / Remove', 'Adds or removes an input in “Distributions of the uncertain inputs”, with its distribution (normal, triangular, uniform) and parameters.'],
        ['Run Monte Carlo', 'Starts the draws; the bar shows how many are done, and Cancel stops them.'],
        ['Probability of meeting each target', 'The share of draws in which each target is met in its year; “Plan as set” is the verdict without uncertainty, and “Value P5 / median / P95” shows the spread of the value.'],
        ['Range of the key figures', 'Fan charts: the dark band P25–P75 holds half the draws, the light band P5–P95 nine in ten, the line is the median.'],
        ['Sensitivity', 'Which uncertain input moves a target most: the draws are sorted by that input and the lowest 10% compared with the highest 10%.'],
        ['Download data (CSV)', 'Downloads the table as CSV for Excel and other programs.'],
      ],
      example: [
        'The demo comes with uncertainty set: {inputCount} uncertain inputs ({inputs}), {draws} draws, random seed {seed}.',
        'Open “Uncertainty & goal seek”, choose Monte Carlo and press “Run Monte Carlo”. As planned, {met} of {targets} targets are met; the probability table turns that yes-or-no into how sure.',
        'Look at “{boundTarget}”: not met as planned, held back by {binding}. Its probability tells how sure one can be of meeting it under the uncertainty set.',
        'A target near 0 or 100% does not depend on the uncertainty; those between 30% and 70% are worth another look at the plan, and the sensitivity chart names the input to watch first.',
      ],
      mistakes: [
        'Reading a probability as a forecast: it reflects only the distributions you set, and those are estimates (the demo marks each one “estimate”). Narrower distributions make any result look surer.',
        'Too few draws: at 100 draws the standard error can reach 5 points (about ±10 at 95% confidence), so two plans a few points apart cannot be ranked.',
        'Not running again after an edit: the page says the results are for the scenario as it was; those probabilities no longer count.',
        'Comparing runs with different seeds or draws: the difference may be the sampling alone; keep both fixed when comparing plans.',
      ],
    },
  },
  figures: (ctx) => ({ ...uncertaintyFacts(ctx), ...verdictCounts(ctx) }),
};

export default page;
