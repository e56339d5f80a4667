/**
 * What an uncertain input of a scenario may perturb, with its name; the ranges and how a drawn value
 * applies are in src/engine/uncertainty/. A budget input names its payer as well ("city budget
 * multiplier"); src/i18n/names.ts puts the two together.
 */
import type { Name } from './text';

export const UNCERTAIN_INPUTS = ['householdGrowth', 'wageGrowth', 'budget', 'buildingDelay', 'hiringSuccess'] as const;
export type UncertainWhat = (typeof UNCERTAIN_INPUTS)[number];

export const UNCERTAIN_INPUT_NAME: Record<UncertainWhat, Name> = {
  householdGrowth: { zh: '户数增长率偏差', en: 'household growth shift' },
  wageGrowth: { zh: '工资增长率偏差', en: 'wage growth shift' },
  budget: { zh: '预算执行系数', en: 'budget multiplier' },
  buildingDelay: { zh: '建设延期', en: 'building delay' },
  hiringSuccess: { zh: '招聘完成率', en: 'hiring success' },
};
