/** What money is spent on: the cost lines of a run, each carried by one payer. */
import type { Name } from './text';

export const COST_ITEMS = [
  'staffPay',
  'workerSubsidy',
  'workingFunds',
  'householdFunds',
  'newHouseholdFunds',
  'reward',
  'building',
  /** life-circle facilities: capital in the opening year, running costs from then on */
  'facility',
] as const;
export type CostItem = (typeof COST_ITEMS)[number];

export const COST_ITEM_NAME: Record<CostItem, Name> = {
  staffPay: { zh: '专职工作者报酬', en: 'worker pay' },
  workerSubsidy: { zh: '人员补贴', en: 'per-worker subsidy' },
  workingFunds: { zh: '社区工作经费', en: 'community working funds' },
  householdFunds: { zh: '按户社区服务经费', en: 'per-household funds' },
  newHouseholdFunds: { zh: '新增户管理服务经费', en: 'new-household funds' },
  reward: { zh: '以奖代补奖励', en: 'one-off reward' },
  building: { zh: '用房建设投资', en: 'building investment' },
  facility: { zh: '生活圈设施建设和运营', en: 'life-circle facilities' },
};
