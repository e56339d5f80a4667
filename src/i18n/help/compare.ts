/** Help: the comparison page — two to four scenarios side by side against a baseline. */
import type { HelpPage } from './helpPage';
import { planFacts, verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'compare',
  part: 'views',
  order: 20,
  shots: ['compare.webp'],
  rules: ['GOV2020-3a', 'GOV2020-3b', 'GOV2020-4'],
  text: {
    'zh-CN': {
      title: '方案对比',
      purpose:
        '把 2–4 个方案并排比较：第一个是基准，其余逐项与基准相减。用来回答“多招一些人、多给一些钱，能多达成哪些目标、多花多少”。所选方案记在网址里，可以加入书签或发给同事（对方需有相同的方案）。',
      controls: [
        ['选择方案', '在方案库列表中勾选“对比”（最多 4 个），用“基准”单选设定基准；第一个勾选的默认为基准。'],
        ['对比结论', '每个方案一句话：与基准相比多达成或少达成哪些目标、支出多少；“打开方案”回到该方案。'],
        ['目标达标判定', '各方案的判定并列，与基准不同的单元格加框标出。'],
        ['调节参数与政策规则的差异', '只列出与基准不同的字段，括号内为与基准之差。'],
        ['规划期各级财政支出合计', '各出资方在整个规划期的支出，以及比基准多或少多少。'],
        ['关键指标与基准之差（逐年）', '每条线是该方案减去基准，零线表示相同；支出以万元计，覆盖率以百分点计。'],
        ['下载差异表 (CSV)', '逐年数值及与基准之差，可直接用 Excel 打开。'],
      ],
      example: [
        '在方案库中把示范方案“复制”一份，打开副本的“实施方案”页，把“每年招聘能力”从 {hiringCapacity} 人调高，例如加一倍。',
        '回到顶部的“方案对比”，勾选原方案（作基准）和副本。原方案 {targets} 项目标中 {met} 项达标；看“{boundTarget}”一行的判定是否变了、框出的单元格在哪里。',
        '再看“规划期各级财政支出合计”：多招的人要发报酬，支出增加落在哪一级财政，逐年差异图会显示从哪一年开始。',
      ],
      mistakes: [
        '对比政策规则集不同的方案却以为只差调节参数：“调节参数与政策规则的差异”会列出规则集和各项政策参数的不同，先看这一表。',
        '把链接发给同事却打不开：对比页的网址只记录方案编号，方案本身在本机浏览器里；要让别人看到，请用分享链接或导出方案文件。',
        '规划期不同的方案逐年相减：只有共同的年份可比，判定的考核年份也可能不同。',
        '含估算数据的方案：页面会提示哪些方案有估算的基础数据，比较结果仅供参考。',
      ],
    },
    en: {
      title: 'Compare scenarios',
      purpose:
        'Sets 2–4 scenarios side by side: the first is the baseline and each other one is compared with it. It answers “if we recruit more or spend more, which targets do we gain, and at what cost?”. The choice is kept in the address, so it can be bookmarked (or sent to a colleague who has the same scenarios).',
      controls: [
        ['Choose scenarios', 'Tick “Compare” in the list of your scenarios (at most 4) and pick the “Baseline”; the first ticked is the baseline unless you choose another.'],
        ['Findings', 'One sentence per scenario: targets gained or lost against the baseline and what it spends; “Open scenario” goes back to it.'],
        ['Target verdicts', 'The scenarios’ verdicts side by side; cells whose verdict differs from the baseline are boxed.'],
        ['Levers and rules that differ', 'Only the fields that differ from the baseline, with the change in brackets.'],
        ['Spending over the horizon by payer', 'What each payer spends over the horizon, and how much more or less than the baseline.'],
        ['Key figures minus the baseline, by year', 'Each line is the scenario minus the baseline; zero means the same. Spending is in 万, coverage in percentage points.'],
        ['Download the differences (CSV)', 'The figures by year and their differences, ready for Excel.'],
      ],
      example: [
        'In the library, Duplicate the demo, open the copy’s Plan tab and raise “Hiring capacity” from {hiringCapacity}, say to twice as many.',
        'Go to Compare at the top, tick the original (as baseline) and the copy. The original meets {met} of {targets} targets; see whether the row “{boundTarget}” changed and which cells are boxed.',
        'Then read “Spending over the horizon by payer”: the extra workers are paid, and the chart by year shows which payer pays more and from which year.',
      ],
      mistakes: [
        'Comparing scenarios on different rule sets as if only the levers differed: “Levers and rules that differ” lists the rule set and every rule parameter that differs; read it first.',
        'Sending the page’s address to a colleague: it holds only the scenarios’ ids, and the scenarios live in your browser; send a share link or an exported file instead.',
        'Subtracting scenarios over different horizons: only the years they share compare, and their targets may be judged in different years.',
        'Scenarios with estimated data: the page says which ones hold estimated base figures; their comparison is indicative only.',
      ],
    },
  },
  figures: (ctx) => ({ ...verdictCounts(ctx), ...planFacts(ctx) }),
};

export default page;
