/** Help path for a planning official: try a budget scenario on the demo and print it. */
import type { HelpPage } from './helpPage';
import { planFacts, shareVerdict, verdictCounts } from './demo/readings';

const page: HelpPage = {
  id: 'path-official',
  part: 'paths',
  order: 1,
  rules: ['GOV2020-3a', 'GOV2020-3b', 'GOV2020-4'],
  text: {
    'zh-CN': {
      title: '规划部门：试一个预算方案并打印',
      purpose: '十五分钟上手：在示范方案上改一年的预算，看哪些目标随之达标或落空，再把结果打印成 A4 报告带去开会。',
      controls: [
        ['1. 方案库 · 以此新建', '第一次打开时示范方案已自动新建并打开；否则在“内置方案”中对示范市点“以此新建”。'],
        ['2. 测算结果', '先读“目标达标判定”：哪些达标、哪些未达标，“制约因素”一列说明卡在哪里。'],
        ['3. 实施方案 · 各级财政预算（万元）', '改某一年某级财政的预算（可填金额或“不限”），右侧判定随即重算；“撤销”可恢复。'],
        ['4. 打印报告 · 打印', '报告按 A4 排版，汇总判定、经费和所依据的条款；在打印对话框中可选“另存为 PDF”。'],
      ],
      example: [
        '示范方案 {targets} 项目标中 {met} 项达标。“{shareTarget}”在 {shareYear} 年只有 {shareValue}（要求 {shareThreshold}），制约“{boundTarget}”的是{binding}。',
        '在“实施方案”页的“各级财政预算（万元）”中，把区（县）级 {budgetYear} 年的预算（现为 {districtBudget}）调高，看右侧用房目标的判定和“资金不足时”推迟的支出怎样变化。',
        '满意后打开“打印报告”页，点“打印”。报告依次是封面、目标达标判定、图表、生活圈覆盖、经费和所依据的条款；用“另存为 PDF”即可发给同事。',
      ],
      mistakes: [
        '某一年的预算显示“不限”：那一年没有预算上限，钱永远够，结果会偏乐观。',
        '在示范方案原件上反复试：先在方案库中“复制”一份，每种预算做一个副本，之后可以在“方案对比”中并排看。',
        '直接用浏览器截图代替报告：报告中带有条款原文和测算口径，截图没有。',
      ],
    },
    en: {
      title: 'For a planning official: try a budget and print it',
      purpose: 'Fifteen minutes: change one year’s budget in the demo, see which targets are won or lost, and print the result as an A4 report for the meeting.',
      controls: [
        ['1. Scenarios · New from this', 'On the first visit the demo is made and opened for you; otherwise choose “New from this” beside the demo city among the built-in scenarios.'],
        ['2. Results', 'Read the target verdicts first: which are met, which not, and “What binds” says what holds each back.'],
        ['3. Plan · budgets by payer', 'Change one payer’s budget in one year (an amount or “unlimited”); the verdicts beside it run again at once, and Undo puts it back.'],
        ['4. Printable report · Print', 'The report is laid out for A4 with the verdicts, the funding and the clauses behind them; the print dialog can save it as PDF.'],
      ],
      example: [
        'The demo meets {met} of {targets} targets. “{shareTarget}” reaches only {shareValue} in {shareYear} (against {shareThreshold}), and “{boundTarget}” is held back by {binding}.',
        'In the Plan tab’s budgets, raise the district budget of {budgetYear}, now {districtBudget}, and watch the floor-space verdicts and the spending deferred for lack of money.',
        'When it reads well, open the Printable report tab and press Print. After the cover come the verdicts, the charts, the life-circle coverage, the funding and the clauses behind them; “Save as PDF” makes a file to send.',
      ],
      mistakes: [
        'A year showing “unlimited”: that year has no budget limit, money never runs short, and the results look better than they will be.',
        'Trying everything on one scenario: Duplicate it first, one copy per budget, so that Compare can set them side by side.',
        'Sending a screenshot instead of the report: the report carries the clauses and how each figure was reached; a screenshot does not.',
      ],
    },
  },
  figures: (ctx) => ({ ...verdictCounts(ctx), ...planFacts(ctx), ...shareVerdict(ctx, 'spaceShareMet') }),
};

export default page;
