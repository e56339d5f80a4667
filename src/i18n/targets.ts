/** Strings of the targets editor. */
import type { MetricUnit } from '../engine/metrics';
import { UNIT_NAME } from '../registry';
import type { Locale } from './messages';
import { namesOf } from './names';

const METRIC_UNITS: readonly MetricUnit[] = ['share', 'yuan', 'person', 'm2'];

const zh = {
  heading: '目标',
  intro: '每个目标由指标、目标值、考核年份和考核范围组成；“当前判定”为最近一次测算的结果，修改后自动重新测算。',
  caption: '方案的目标及其当前达标判定',
  columns: {
    id: '编号',
    metric: '指标',
    threshold: '目标值',
    year: '考核年份',
    scope: '考核范围',
    label: '目标名称',
    rule: '依据条款',
    verdict: '当前判定',
    actions: '操作',
  },
  units: namesOf(METRIC_UNITS, UNIT_NAME, 'zh'),
  better: { higher: '不低于', lower: '不高于' },
  wholeCity: '全市',
  unknownDistrict: (id: string) => `未知区（县）“${id}”`,
  outsideHorizon: (year: number) => `${year}（规划期外）`,
  unknownMetric: (id: string) => `未知指标“${id}”`,
  zh: '中',
  en: '英',
  fieldOf: (id: string, field: string) => `目标 ${id} ${field}`,
  labelZh: '中文名称',
  labelEn: '英文名称',
  openClause: '查看',
  openClauseOf: (rule: string) => `查看条款 ${rule}`,
  unknownRule: '条款库中无此编号',
  add: '新增目标',
  remove: '删除',
  removeOf: (id: string) => `删除目标 ${id}`,
  removed: (id: string) => `已删除目标 ${id}`,
  met: '达标',
  notMet: '未达标',
  pending: '待测算',
  stale: '待更新',
  staleHint: '修改后的测算尚未完成，显示的是上一次测算的判定',
  notInRuleSet: '规则集无此条款',
  firstMet: (year: number) => `${year} 年首次达标`,
  empty: '尚未设定目标，点击“新增目标”添加。',
};

export type TargetsMessages = typeof zh;

const en: TargetsMessages = {
  heading: 'Targets',
  intro: 'Each target is a metric, a threshold, a year and a scope; “Verdict now” is the latest run’s result, which follows every edit.',
  caption: 'The scenario’s targets and their current verdicts',
  columns: {
    id: 'Id',
    metric: 'Metric',
    threshold: 'Threshold',
    year: 'Year',
    scope: 'Scope',
    label: 'Label',
    rule: 'Rule',
    verdict: 'Verdict now',
    actions: 'Actions',
  },
  units: { ...namesOf(METRIC_UNITS, UNIT_NAME, 'en'), yuan: '× 10,000 yuan' },
  better: { higher: 'at least', lower: 'at most' },
  wholeCity: 'Whole city',
  unknownDistrict: (id: string) => `unknown district "${id}"`,
  outsideHorizon: (year: number) => `${year} (outside the horizon)`,
  unknownMetric: (id: string) => `unknown metric "${id}"`,
  zh: 'zh',
  en: 'en',
  fieldOf: (id: string, field: string) => `Target ${id}: ${field}`,
  labelZh: 'Chinese label',
  labelEn: 'English label',
  openClause: 'Open',
  openClauseOf: (rule: string) => `Open clause ${rule}`,
  unknownRule: 'not in the policy library',
  add: 'Add target',
  remove: 'Remove',
  removeOf: (id: string) => `Remove target ${id}`,
  removed: (id: string) => `Removed target ${id}`,
  met: 'Met',
  notMet: 'Not met',
  pending: 'Not run yet',
  stale: 'updating',
  staleHint: 'The run after the last edit has not finished; this is the previous verdict',
  notInRuleSet: 'Not in the rule set',
  firstMet: (year: number) => `first met ${year}`,
  empty: 'No targets yet; use “Add target” to set one.',
};

export const TARGETS: Record<Locale, TargetsMessages> = { 'zh-CN': zh, en };
