/** Strings of the Rules tab: the rule set, its parameters with units and citations, and overrides. */
import { PARAM_UNITS, UNIT_NAME } from '../registry';
import type { Locale } from './messages';
import { namesOf } from './names';

export type ParamGroup = 'community' | 'staffing' | 'space' | 'pay' | 'funds' | 'reward' | 'migrants' | 'volunteers';

const zh = {
  picker: '政策规则集',
  pickerHint: '方案按所选规则集测算。下列参数可逐项覆盖：留空即按文件取值，填写后规划期每年都用此值。',
  documents: '依据文件',
  undated: '未载发文日期',
  noNumber: '无文号',
  groups: {
    community: '社区规模',
    staffing: '人员配备',
    space: '用房面积',
    pay: '薪酬',
    funds: '社区工作经费',
    reward: '奖励（以奖代补）',
    migrants: '流动人口管理',
    volunteers: '社区义工',
  } satisfies Record<ParamGroup, string>,
  inForce: '规划期内取值',
  fromYear: (year: number, value: string) => `自 ${year} 年起 ${value}`,
  yearSpan: (from: number, to: number, value: string) => (from === to ? `${from} 年 ${value}` : `${from}—${to} 年 ${value}`),
  segmentJoin: '；',
  notInForce: '本规划期内未生效',
  unit: '单位',
  range: '文件允许范围',
  rangeText: (lo: string, hi: string) => `${lo} ～ ${hi}`,
  note: '说明',
  citation: '出处',
  openClause: (rule: string) => `查看条款 ${rule} 原文`,
  override: '本方案取值',
  overrideOf: (label: string) => `${label}：本方案取值`,
  overrideEvery: (value: string) => `本方案：${value}（规划期各年）`,
  withUnit: (unit: string) => `（${unit}）`,
  overridden: '已覆盖',
  reset: '恢复原值',
  resetLabel: (label: string) => `恢复原值：${label}`,
  missing: '本规则集无此条款',
  missingHeading: (n: number) => `本规则集未含的参数（${n} 项）`,
  missingIntro: '引擎认识但所选规则集没有的参数。未填写时不产生任何要求或费用；填写后即为本方案增设此项，但该值没有文件依据。',
  noDocument: '此值没有文件依据，是本方案自行设定的假定。',
  dropped: (n: number, id: string) => `已改用规则集 ${id}，并清除了 ${n} 项该规则集没有的覆盖值。`,
  yes: '是',
  no: '否',
  units: namesOf(PARAM_UNITS, UNIT_NAME, 'zh'),
};

export type RulesMessages = typeof zh;

const en: RulesMessages = {
  picker: 'Rule set',
  pickerHint: 'The scenario is run under the chosen rule set. Any parameter below can be overridden: leave it empty to follow the document; a value applies in every year of the horizon.',
  documents: 'Documents',
  undated: 'date not stated',
  noNumber: 'no document number',
  groups: {
    community: 'Community size',
    staffing: 'Staffing',
    space: 'Floor space',
    pay: 'Pay',
    funds: 'Community working funds',
    reward: 'Reward',
    migrants: 'Migrant management',
    volunteers: 'Community volunteers',
  },
  inForce: 'In force over the horizon',
  fromYear: (year, value) => `from ${year}: ${value}`,
  yearSpan: (from, to, value) => (from === to ? `${from}: ${value}` : `${from}–${to}: ${value}`),
  segmentJoin: '; ',
  notInForce: 'not in force within this horizon',
  unit: 'Unit',
  range: 'Range the document allows',
  rangeText: (lo, hi) => `${lo} to ${hi}`,
  note: 'Note',
  citation: 'Source',
  openClause: (rule) => `Show the text of clause ${rule}`,
  override: 'Value in this scenario',
  overrideOf: (label) => `${label}: value in this scenario`,
  overrideEvery: (value) => `this scenario: ${value} (all years)`,
  withUnit: (unit) => ` (${unit})`,
  overridden: 'overridden',
  reset: 'Reset',
  resetLabel: (label) => `Reset: ${label}`,
  missing: 'not in this rule set',
  missingHeading: (n) => `Parameters this rule set does not have (${n})`,
  missingIntro:
    'Parameters the model knows that the chosen rule set lacks. Left empty they set no requirement and no cost; a value here adds the rule to this scenario, with no document behind it.',
  noDocument: 'No document stands behind this value; it is an assumption of this scenario.',
  dropped: (n, id) => `Switched to rule set ${id} and removed ${n} override${n === 1 ? '' : 's'} it does not have.`,
  yes: 'yes',
  no: 'no',
  units: namesOf(PARAM_UNITS, UNIT_NAME, 'en'),
};

export const RULES_TEXT: Record<Locale, RulesMessages> = { 'zh-CN': zh, en };
