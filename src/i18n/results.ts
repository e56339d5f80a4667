/** Strings of the Results tab: charts, their data tables and CSV headers, the per-community table. */
import { PAYER_NAME } from '../registry';
import type { Locale } from './messages';
import { capitalised, namesIn, unitWords } from './names';

export type ChartName = 'staff' | 'space' | 'funding' | 'shares' | 'districts';

export type CommunityColumn =
  | 'name'
  | 'district'
  | 'street'
  | 'households'
  | 'staffRequired'
  | 'inPost'
  | 'staffGap'
  | 'spaceRequired'
  | 'space'
  | 'spaceGap'
  | 'spending';

const zh = {
  noRun: '尚无测算结果。方案通过校验后会自动测算。',
  chartsHeading: '逐年测算图表',
  chartsNote: '专职工作者和用房为社区一级合计（规则集按区县核定总量时，应配专职工作者为各区县总量之和）；点击支出柱段或下表中的金额可查看计算过程。',
  chart: {
    staff: '专职工作者：应配与在岗',
    space: '社区用房：应达与现有面积',
    funding: '各出资方支出与预算',
    shares: '各项条款达标社区比例',
    districts: '分区（县）对比',
  } satisfies Record<ChartName, string>,
  unit: { ...unitWords('zh'), yi: '亿元' },
  year: '年份',
  series: {
    staffRequired: '应配专职工作者',
    inPost: '在岗专职工作者',
    staffGap: '专职工作者缺口',
    spaceRequired: '应达用房面积',
    space: '现有用房面积',
    spaceGap: '用房缺口',
    spending: '支出',
    budget: '预算',
    shortfall: '资金缺口',
    deferred: '因预算不足延后的支出',
  },
  payer: namesIn(PAYER_NAME, 'zh'),
  payerHeader: '出资方',
  noBudget: '预算不限',
  budgetMarker: '短横线为该出资方预算（自其柱段底部量起）',
  overBudget: '超出预算',
  deferredShort: '延后',
  withUnit: (label: string, unit: string) => `${label}（${unit}）`,
  district: '区（县）',
  lineSummary: (label: string, y0: number, v0: string, y1: number, v1: string) => `${label}：${y0} 年 ${v0}，${y1} 年 ${v1}`,
  chartSummary: (title: string, parts: string[]) => `${title}。${parts.join('；')}。`,
  fundingSummary: (year: number, parts: string[]) => `${year} 年支出：${parts.join('，')}`,
  districtSummary: (measure: string, top: string, value: string, year: number) => `${measure}：${year} 年最大为${top}（${value}）`,
  noShares: '所选规则集没有可计算达标比例的条款。',
  explainFunding: (payer: string, year: number, amount: string) => `${payer} ${year} 年支出 ${amount}：查看计算过程`,
  explainDeferred: (payer: string, year: number, amount: string) => `${payer} ${year} 年因预算不足延后 ${amount}：查看延后了哪些招聘和开工`,
  districtQuota: {
    heading: '专职工作者：各区（县）核定总量',
    note: '按条款 GOV2020-3a 以区（县）为单位核定总量：总量 = ⌈Σ 各城市社区 max(最少人数, 户数 ÷ 配比)⌉，区（县）内人员可统筹调配，缺口和达标判定按区（县）合计。农村社区不在总量内。点击总量查看计算过程。',
    year: '年份',
    district: '区（县）',
    quota: '核定总量',
    counted: '计入总量的在岗人数',
    gap: '缺口',
    met: '是否达到总量',
    yes: '达到',
    no: '未达到',
    explain: (district: string, year: number, value: string) => `${district} ${year} 年核定总量 ${value}：查看计算过程`,
  },
  communities: {
    heading: '社区明细',
    secondary: '社区明细（参考：按区县总量核定时的次要视图）',
    secondaryNote: '当年按区（县）核定总量：各社区“应配”为其在区（县）总量中的份额（未取整），“人员缺口”只是与自身份额相比，判定以上方区（县）合计为准。',
    year: '年份',
    filter: '筛选',
    filterPlaceholder: '社区、街道或区（县）名称',
    count: (shown: number, total: number) => (shown === total ? `共 ${total} 个社区` : `${shown} / ${total} 个社区`),
    notEstablished: '尚未设立',
    note: '缺口 = 应配（应达）减在岗（现有），不足为零时记 0；金额单位万元。点击数字查看计算过程。',
    csv: '下载本年全表 (CSV)',
    sortBy: (column: string) => `按“${column}”排序`,
    explain: (community: string, year: number, what: string, value: string) => `${community} ${year} 年${what} ${value}：查看计算过程`,
    columns: {
      name: '社区',
      district: '区（县）',
      street: '街道（乡镇）',
      households: '户数',
      staffRequired: '应配专职工作者',
      inPost: '在岗',
      staffGap: '人员缺口',
      spaceRequired: '应达用房面积',
      space: '现有用房面积',
      spaceGap: '用房缺口',
      spending: '支出',
    } satisfies Record<CommunityColumn, string>,
  },
  verdict: {
    explain: (label: string, value: string) => `${label}：${value}，查看计算过程`,
    clause: (rule: string) => `查看条款 ${rule}`,
    explainBinding: (binding: string) => `${binding}：查看该年支出的计算过程`,
    /** a life-circle verdict while its coverage is still being worked out, just after a first visit's verdicts appear */
    pending: '计算中',
  },
};

export type ResultsMessages = typeof zh;

const en: ResultsMessages = {
  noRun: 'No results yet. The scenario runs as soon as it passes validation.',
  chartsHeading: 'Year by year',
  chartsNote: 'Workers and floor space are community totals (where the rule set sets one quota per district, workers required is the sum of the district quotas). Click a spending bar or an amount in the table below to see how it was reached.',
  chart: {
    staff: 'Full-time community workers: required and in post',
    space: 'Community floor space: required and in use',
    funding: 'Spending and budget by payer',
    shares: 'Share of communities meeting each rule',
    districts: 'Districts compared',
  },
  unit: { ...unitWords('en'), wan: '10,000 yuan', yi: '100 million yuan' },
  year: 'Year',
  series: {
    staffRequired: 'Workers required',
    inPost: 'Workers in post',
    staffGap: 'Worker gap',
    spaceRequired: 'Floor space required',
    space: 'Floor space in use',
    spaceGap: 'Floor-space gap',
    spending: 'Spending',
    budget: 'Budget',
    shortfall: 'Budget shortfall',
    deferred: 'Deferred for want of budget',
  },
  payer: namesIn(PAYER_NAME, 'en', capitalised),
  payerHeader: 'Payer',
  noBudget: 'budget unlimited',
  budgetMarker: "Short bars mark each payer's budget, measured from the foot of its segment",
  overBudget: 'over budget',
  deferredShort: 'deferred',
  withUnit: (label: string, unit: string) => `${label} (${unit})`,
  district: 'District',
  lineSummary: (label: string, y0: number, v0: string, y1: number, v1: string) => `${label}: ${v0} in ${y0}, ${v1} in ${y1}`,
  chartSummary: (title: string, parts: string[]) => `${title}. ${parts.join('; ')}.`,
  fundingSummary: (year: number, parts: string[]) => `Spending in ${year}: ${parts.join(', ')}`,
  districtSummary: (measure: string, top: string, value: string, year: number) => `${measure}: largest in ${year} is ${top} (${value})`,
  noShares: 'The chosen rule set has no rule whose share of communities can be computed.',
  explainFunding: (payer: string, year: number, amount: string) => `${payer} spending ${year}, ${amount}: show how it was reached`,
  explainDeferred: (payer: string, year: number, amount: string) => `${payer} deferred ${amount} in ${year} for want of budget: show which hires and starts waited`,
  districtQuota: {
    heading: 'Full-time workers: each district’s quota',
    note: 'GOV2020-3a sets one total per district (county): quota = ⌈Σ over its urban communities of max(minimum, households ÷ ratio)⌉. Staff may be posted anywhere in the district, so the gap and the verdicts are district totals. Villages are outside the quota. Click a quota to see how it was reached.',
    year: 'Year',
    district: 'District',
    quota: 'Quota',
    counted: 'Counted in post',
    gap: 'Gap',
    met: 'Quota met',
    yes: 'met',
    no: 'not met',
    explain: (district: string, year: number, value: string) => `${district}, quota ${year}: ${value}; show how it was reached`,
  },
  communities: {
    heading: 'Communities',
    secondary: 'Communities (secondary view under district quotas)',
    secondaryNote: 'This year the requirement is one quota per district: a community’s “workers required” is its unrounded share of that quota, and its gap compares it with its own share only. The verdicts follow the district totals above.',
    year: 'Year',
    filter: 'Filter',
    filterPlaceholder: 'community, street or district name',
    count: (shown: number, total: number) => (shown === total ? `${total} communities` : `${shown} of ${total} communities`),
    notEstablished: 'not yet set up',
    note: 'Gap = required minus in post (in use), 0 when there is none; money in 万 (10,000 yuan). Click a figure to see how it was reached.',
    csv: 'Download the whole table for this year (CSV)',
    sortBy: (column: string) => `Sort by ${column}`,
    explain: (community: string, year: number, what: string, value: string) => `${community}, ${what} ${year}: ${value}; show how it was reached`,
    columns: {
      name: 'Community',
      district: 'District',
      street: 'Street',
      households: 'Households',
      staffRequired: 'Workers required',
      inPost: 'In post',
      staffGap: 'Worker gap',
      spaceRequired: 'Floor space required',
      space: 'Floor space in use',
      spaceGap: 'Floor-space gap',
      spending: 'Spending',
    },
  },
  verdict: {
    explain: (label: string, value: string) => `${label}: ${value}; show how it was reached`,
    clause: (rule: string) => `Show clause ${rule}`,
    explainBinding: (binding: string) => `${binding}: show how that year's spending was reached`,
    pending: 'computing…',
  },
};

export const RESULTS: Record<Locale, ResultsMessages> = { 'zh-CN': zh, en };
