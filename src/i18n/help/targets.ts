/** Help: the Targets tab (目标). */
import { prefixed, verdictCells } from '../helpFigures';
import type { HelpPage } from './helpPage';

const page: HelpPage = {
  id: 'targets',
  part: 'views',
  order: 4,
  rules: ['GOV2020-3a', 'GOV2020-4', 'GOV2020-4b'],
  shots: ['targets.webp'],
  text: {
    'zh-CN': {
      title: '目标',
      purpose: '设定方案要达到的目标。每个目标由指标、目标值、考核年份和考核范围组成，测算后得到达标判定。',
      controls: [
        ['指标', '要考核的量，如“办公服务用房达标社区比例”“专职工作者缺口（人）”“区（县）级财政资金缺口”；名称与“测算结果”一致。'],
        ['目标值', '与“不低于 / 不高于”一起决定何为达标；比例类指标以 % 填写。'],
        ['考核年份', '目标要在哪一年达到；规划期外的年份会标出。'],
        ['考核范围', '全市，或某一个区（县）。'],
        ['目标名称 / 依据条款', '可选：中英文名称，以及目标所依据的条款编号（点击“查看”阅读原文）。'],
        ['当前判定', '最近一次测算的判定；修改后测算未完成时显示“待更新”。'],
        ['新增目标 / 删除', '增加或删除一个目标；删除可撤销。'],
      ],
      example: [
        '示例方案的目标“{lifeName}”：指标为五类生活圈设施的居民覆盖率，目标值 {lifeThreshold}，考核年份 {lifeYear}，依据 GOV2020-4b。当前测算值为 {lifeValue}，判定为{lifeVerdict}。',
        '目标“{minName}”考核 {minYear} 年，目标值 {minThreshold}，测算值 {minValue}，判定为{minVerdict}，首次达标年份 {minFirstYearMet}。',
      ],
      mistakes: [
        '比例目标填成小数：目标值 90% 应填 90，不是 0.9。',
        '考核年份落在规划期外：规划期外的年份无法测算，判定不会出现。',
        '所考核的指标依据的条款不在所选规则集中：测算值一栏会显示“规则集无此条款”，应换用规则集或删去该目标。',
      ],
    },
    en: {
      title: 'Targets',
      purpose: 'Set what the scenario must achieve. Each target is a metric, a threshold, a year and a scope; the projection gives it a verdict.',
      controls: [
        ['Metric', 'What is measured, such as the share of communities meeting the floor-space rule, the worker gap or a payer\'s funding gap; named as on Results.'],
        ['Threshold', 'With “at least / at most”, what counts as met; shares are entered in %.'],
        ['Year', 'The year the target must be reached; a year outside the horizon is flagged.'],
        ['Scope', 'The whole city, or one district.'],
        ['Label / Rule', 'Optional: names in both languages, and the clause the target rests on (click to read it).'],
        ['Verdict now', 'The verdict of the latest run; while a rerun is pending it is marked as waiting for an update.'],
        ['Add target / Remove', 'Add or remove a target; a removal can be undone.'],
      ],
      example: [
        'The demo\'s target “{lifeName}” measures the share of residents within reach of all five life-circle facilities, threshold {lifeThreshold} in {lifeYear}, under GOV2020-4b. Its value is now {lifeValue}: {lifeVerdict}.',
        'The target “{minName}” is judged in {minYear} at {minThreshold}; the value is {minValue}, {minVerdict}, first met in {minFirstYearMet}.',
      ],
      mistakes: [
        'A share entered as a fraction: a 90% threshold is entered as 90, not 0.9.',
        'A year outside the horizon: it cannot be projected and gets no verdict.',
        'A metric whose clause the chosen rule set lacks: its value reads “not in the rule set”; pick another rule set or drop the target.',
      ],
    },
  },
  figures: (ctx) => ({
    ...prefixed('life', verdictCells(ctx, 'life-circle-2030')),
    ...prefixed('min', verdictCells(ctx, 'space-min-2028')),
  }),
};

export default page;
