/**
 * Every string the app shows, in Simplified Chinese (the default) and English. Terms follow the
 * project glossary so that one concept has one name on screen.
 */
import { PAYER_NAME, PAYER_SHORT_NAME, UNIT_NAME } from '../registry';
import { namesIn } from './names';

export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const zhCN = {
  appName: '社区规划沙盘',
  appTagline: '社区建设规划与预算测算',
  switchLanguage: 'English',
  switchLanguageHint: 'Switch to English',
  loading: '正在载入示例方案…',
  computing: '计算中…',
  stage: {
    validating: '校验方案',
    projecting: '逐年测算',
    summarising: '汇总结果',
  },
  invalidHeading: '方案未通过校验',
  failedHeading: '计算失败',
  scenario: '方案',
  ruleSet: '政策规则集',
  horizon: '规划期',
  ruleSetWithId: (name: string, id: string) => `${name}（${id}）`,
  elapsed: (ms: number) => `用时 ${ms} 毫秒`,
  verdictsHeading: '目标达标判定',
  verdictColumns: {
    target: '目标',
    year: '年份',
    threshold: '目标值',
    value: '测算值',
    met: '达标判定',
    firstYearMet: '首次达标年份',
    shortfall: '差距',
    binding: '制约因素',
  },
  met: '达标',
  notMet: '未达标',
  none: '—',
  notInRuleSet: '规则集无此条款',
  summaryHeading: '全市逐年汇总',
  summaryColumns: {
    year: '年份',
    households: '户数',
    staffRequired: '应配专职工作者（人）',
    inPost: '在岗专职工作者（人）',
    spaceRequired: '应有社区用房（平方米）',
    space: '现有社区用房（平方米）',
  },
  spendingOf: (payer: string) => `${payer}支出（万元）`,
  summaryNote: '户数、专职工作者和用房为社区一级合计；支出为各级财政当年实际支出（含街道和区（县）服务中心）。',
  payer: namesIn(PAYER_NAME, 'zh'),
  unit: {
    wan: UNIT_NAME.yuan.zh,
    m2: UNIT_NAME.m2.zh,
    person: UNIT_NAME.person.zh,
    household: UNIT_NAME.household.zh,
    count: UNIT_NAME.count.zh,
    percentagePoints: '个百分点',
  },
};

export type Messages = typeof zhCN;

const en: Messages = {
  appName: 'Shapan',
  appTagline: 'Community construction planning and budgeting',
  switchLanguage: '中文',
  switchLanguageHint: '切换到中文',
  loading: 'Loading the demo scenario…',
  computing: 'Computing…',
  stage: {
    validating: 'checking the scenario',
    projecting: 'projecting year by year',
    summarising: 'summing up',
  },
  invalidHeading: 'The scenario did not pass validation',
  failedHeading: 'The run failed',
  scenario: 'Scenario',
  ruleSet: 'Rule set',
  horizon: 'Horizon',
  ruleSetWithId: (name: string, id: string) => `${name} (${id})`,
  elapsed: (ms: number) => `${ms} ms`,
  verdictsHeading: 'Target verdicts',
  verdictColumns: {
    target: 'Target',
    year: 'Year',
    threshold: 'Threshold',
    value: 'Value',
    met: 'Verdict',
    firstYearMet: 'First year met',
    shortfall: 'Shortfall',
    binding: 'What binds',
  },
  met: 'met',
  notMet: 'not met',
  none: '—',
  notInRuleSet: 'not in the rule set',
  summaryHeading: 'City totals by year',
  summaryColumns: {
    year: 'Year',
    households: 'Households',
    staffRequired: 'Workers required',
    inPost: 'Workers in post',
    spaceRequired: 'Community floor space required (m²)',
    space: 'Community floor space (m²)',
  },
  spendingOf: (payer: string) => `Spending: ${payer} (万 yuan)`,
  summaryNote:
    'Households, workers and floor space are community totals; spending is what each payer spent in the year, service centres included, in 万 (10,000 yuan).',
  payer: namesIn(PAYER_SHORT_NAME, 'en'),
  unit: {
    wan: UNIT_NAME.yuan.en,
    m2: UNIT_NAME.m2.en,
    person: UNIT_NAME.person.en,
    household: UNIT_NAME.household.en,
    count: UNIT_NAME.count.en,
    percentagePoints: 'pp',
  },
};

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
