/** Help: the Results tab (测算结果). */
import { prefixed, verdictCells, verdictCount } from '../helpFigures';
import type { HelpPage } from './helpPage';

const page: HelpPage = {
  id: 'results',
  part: 'views',
  order: 5,
  rules: ['GOV2020-3a', 'GOV2020-4', 'GOV2020-4b'],
  shots: ['results.webp'],
  text: {
    'zh-CN': {
      title: '测算结果',
      purpose: '逐年测算方案，判断每个目标是否达标、差距多大、卡在哪里。每改一个输入，结果都会自动重新测算。',
      controls: [
        ['目标达标判定', '每个目标一行：目标值、测算值、是否达标、首次达标年份、差距和制约因素。未达标的行左侧标红。'],
        ['带下划线的数字', '点击任一测算值或制约因素，右侧打开计算说明：公式、输入值和所依据的条款。'],
        ['条款编号（如 GOV2020-4）', '点击可在侧栏阅读该条款原文。'],
        ['逐年测算图表', '专职工作者应配与在岗、社区用房应达与现有、各出资方支出与预算、各项条款达标社区比例和分区（县）对比；每张图下方可展开数据表。'],
        ['社区一览', '每个社区逐年的户数、应配与在岗工作者、用房和支出，可筛选和排序。'],
        ['导入与导出', '结果下方可下载结果工作簿，或导入城市数据（见“数据导入”）。'],
      ],
      example: [
        '示例方案共有 {total} 个目标，目前达标 {met} 个。',
        '看“{spaceName}”一行：目标值为 {spaceThreshold}，{spaceYear} 年测算值为 {spaceValue}，判定为{spaceVerdict}，差距 {spaceShortfall}。制约因素一栏写着“{spaceBinding}”——用房建设由区（县）级财政出资，预算不够，部分开工只能延后。',
        '再看“{gapName}”：{gapYear} 年测算值为 {gapValue}，判定为{gapVerdict}，首次达标年份为 {gapFirstYearMet}。',
        '点击 {spaceValue}，侧栏会列出各社区应有用房（户数 ÷ 100 × 每百户面积，且不低于按社区类型规定的最低面积）和现有用房，说明这个比例是怎样得来的。',
      ],
      mistakes: [
        '把“未达标”当成数据错误：它说的是在现有方案下做不到。先看制约因素，再到“实施方案”里调整对应的调节参数。',
        '忽略结果上方的估算提示：户数等基础数据为估算值时，结果仅供参考，应先导入实际数据。',
        '只看最后一年：目标有各自的年份，某个目标 2027 年未达标，即使 2030 年达到了，判定仍为未达标。',
      ],
    },
    en: {
      title: 'Results',
      purpose: 'Projects the scenario year by year and says, for each target, whether it is met, by how much it falls short and what binds. Every edit reruns the projection.',
      controls: [
        ['Target verdicts', 'One row per target: threshold, projected value, verdict, first year met, shortfall and what binds. Rows not met are marked red on the left.'],
        ['Underlined figures', 'Click any value or binding constraint to open its explanation in the side panel: formula, inputs and the clause behind it.'],
        ['Rule ids (e.g. GOV2020-4)', "Click to read the clause's text in the side panel."],
        ['Charts by year', 'Workers required and in post, floor space required and in place, spending and budget by payer, shares of communities meeting each clause, and districts side by side; each chart opens its data table.'],
        ['Community table', 'Every community year by year: households, workers required and in post, floor space and spending; filter and sort it.'],
        ['Import and export', 'Below the results: download the results workbook, or import city data (see “Data import”).'],
      ],
      example: [
        'The demo scenario has {total} targets, of which {met} are met.',
        'Take the row “{spaceName}”: the threshold is {spaceThreshold}, the projected value in {spaceYear} is {spaceValue}, the verdict is {spaceVerdict}, short by {spaceShortfall}. What binds reads “{spaceBinding}”: the district pays for building, its budget is short, and some building starts are deferred.',
        'Then “{gapName}”: in {gapYear} the value is {gapValue}, the verdict {gapVerdict}, first met in {gapFirstYearMet}.',
        "Click {spaceValue}: the side panel lists each community's required floor space (households ÷ 100 × the area per 100 households, and no less than the minimum for its kind) against what it has, and shows how the share was reached.",
      ],
      mistakes: [
        'Reading “not met” as a data error: it says the plan as it stands cannot do it. Look at what binds, then change the matching lever on the Plan tab.',
        'Ignoring the estimates note above the results: when households or other base figures are estimated, the results are indicative; import real data first.',
        'Looking only at the last year: each target has its own year, and a target missed in 2027 stays not met even if 2030 gets there.',
      ],
    },
  },
  figures: (ctx) => ({
    ...verdictCount(ctx),
    ...prefixed('space', verdictCells(ctx, 'space-90-2027')),
    ...prefixed('gap', verdictCells(ctx, 'staff-gap-2028')),
  }),
};

export default page;
