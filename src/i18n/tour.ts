/** Strings of the first-visit tour of the demo: one bubble per step, and its buttons. */
import type { Locale } from './messages';

export type TourStepId = 'verdicts' | 'binding' | 'lever' | 'figure' | 'panel' | 'report';

interface TourText {
  label: string;
  counter: (step: number, of: number) => string;
  next: string;
  back: string;
  skip: string;
  finish: string;
  skipHint: string;
  restart: string;
  restartHint: string;
  restartFailed: string;
  steps: Record<TourStepId, { title: string; body: string }>;
}

const zh: TourText = {
  label: '导览',
  counter: (step, of) => `第 ${step} 步，共 ${of} 步`,
  next: '下一步',
  back: '上一步',
  skip: '跳过',
  finish: '完成',
  skipHint: '按 Esc 键可随时跳过导览；跳过或完成后不再出现，可从“帮助”重新开始。',
  restart: '重新开始导览',
  restartHint: '在示范方案上重走一遍：判定、制约因素、杠杆、解释面板和报告。',
  restartFailed: '无法打开示范方案，导览未能开始。',
  steps: {
    verdicts: {
      title: '目标达标判定',
      body: '每行是一项目标：在考核年份把测算值与目标值比较，判定“达标”或“未达标”。示范方案中有几项未达标。',
    },
    binding: {
      title: '制约因素',
      body: '未达标的目标，这一列指出卡住它的那一项：某年的招聘能力、某个出资方某年的预算等。它就是最值得先调的地方。',
    },
    lever: {
      title: '调一项杠杆',
      body: '“实施方案”页左边是可调的杠杆，右边是随即重算的判定。试着调高“每年招聘能力”，看右侧第一行的判定怎样变化；按“撤销”可恢复。',
    },
    figure: {
      title: '点数字看来源',
      body: '带点状下划线的数字都可以点击：判定表、图表下的表格和各社区的数字都一样。',
    },
    panel: {
      title: '解释面板',
      body: '侧栏给出这个数字的算式、每个输入的取值和来源（政策条款、方案输入或估算），可以逐层点开。按 Esc 或 × 关闭。',
    },
    report: {
      title: '打印报告',
      body: '“打印报告”页把判定、经费和所依据的条款汇成一份报告，可用浏览器打印为 A4 文件。',
    },
  },
};

const en: TourText = {
  label: 'Tour',
  counter: (step, of) => `Step ${step} of ${of}`,
  next: 'Next',
  back: 'Back',
  skip: 'Skip',
  finish: 'Finish',
  skipHint: 'Press Esc to skip the tour at any time; once skipped or finished it does not come back, but Help can start it again.',
  restart: 'Restart the tour',
  restartHint: 'Walk through the demo again: verdicts, what binds, a lever, the explanation panel and the report.',
  restartFailed: 'The demo could not be opened, so the tour did not start.',
  steps: {
    verdicts: {
      title: 'Target verdicts',
      body: 'One row per target: in its year the value is compared with the threshold, and the target is met or not met. Several of the demo’s targets are not met.',
    },
    binding: {
      title: 'What binds',
      body: 'For a target not met, this column names what holds it back: a year’s hiring capacity, one payer’s budget in one year, and so on. That is the first thing worth changing.',
    },
    lever: {
      title: 'Move a lever',
      body: 'On the Plan tab the levers are on the left and the verdicts, re-run at once, on the right. Try raising “Hiring capacity” and watch the first verdict on the right; Undo puts it back.',
    },
    figure: {
      title: 'Click a figure',
      body: 'Every figure with a dotted underline can be clicked: in the verdicts, in the tables under the charts and in the communities’ rows.',
    },
    panel: {
      title: 'The explanation panel',
      body: 'The side panel shows the figure’s formula, every input’s value and where it comes from (a policy clause, the plan, or an estimate); each can be opened in turn. Esc or × closes it.',
    },
    report: {
      title: 'Printable report',
      body: 'The Printable report tab gathers the verdicts, the funding and the clauses behind them into one report that the browser prints on A4.',
    },
  },
};

export const TOUR: Record<Locale, TourText> = { 'zh-CN': zh, en };
