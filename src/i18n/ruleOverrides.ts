/** Strings of the Rules tab's dated and per-district values, and of the timeline on each rule card. */
import type { Locale } from './messages';

const zh = {
  byYear: '分年设置（改革自某年起生效）',
  fromYearLabel: '自',
  fromYearUnit: '年起',
  fromYearValue: (label: string) => `${label}：自所选年份起的取值`,
  fromYearSelect: (label: string) => `${label}：生效年份`,
  apply: '应用',
  tableHeading: '逐年取值',
  tableHint: '每格为该年实际取值；改动一格只改该年，清空则恢复规则集的值。',
  yearValue: (label: string, year: number) => `${label}：${year} 年取值`,
  timeline: '规划期逐年取值',
  fromRuleSet: (id: string) => `规则集 ${id}`,
  fromOverride: '本方案',
  changesHere: '本年起变化',
  districts: '各区（县）自定',
  districtsHint: '文件允许各区（县）在范围内自定；留空即用全市取值。',
  districtValue: (label: string, district: string) => `${label}：${district}`,
  reform: '新改革',
  reformHint: '复制本方案、从某年起改一条规则，并与现行政策并排比较。',
  reformParam: '改哪条规则',
  reformFrom: '自哪年起',
  reformValue: '新取值',
  reformName: (name: string) => `${name}（新改革）`,
  reformFailed: '未能保存新改革方案',
};

export type RuleOverrideMessages = typeof zh;

const en: RuleOverrideMessages = {
  byYear: 'By year (a reform from a given year)',
  fromYearLabel: 'From',
  fromYearUnit: 'on',
  fromYearValue: (label) => `${label}: value from the chosen year`,
  fromYearSelect: (label) => `${label}: year it takes effect`,
  apply: 'Apply',
  tableHeading: 'Year by year',
  tableHint: 'Each cell is the value in force that year; changing one changes only that year, clearing it goes back to the rule set.',
  yearValue: (label, year) => `${label}: value in ${year}`,
  timeline: 'Value in each horizon year',
  fromRuleSet: (id) => `rule set ${id}`,
  fromOverride: 'this scenario',
  changesHere: 'changes this year',
  districts: 'Chosen by each district',
  districtsHint: 'The document lets districts choose within the range; leave empty to use the city-wide value.',
  districtValue: (label, district) => `${label}: ${district}`,
  reform: 'New reform',
  reformHint: 'Copy this scenario, change one rule from a given year, and compare it with current policy side by side.',
  reformParam: 'Rule to change',
  reformFrom: 'From year',
  reformValue: 'New value',
  reformName: (name) => `${name} (new reform)`,
  reformFailed: 'The new reform could not be saved',
};

export const RULE_OVERRIDE_TEXT: Record<Locale, RuleOverrideMessages> = { 'zh-CN': zh, en };
