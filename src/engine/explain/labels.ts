import type { CostItem, SeriesName } from '../projection';
import type { Text } from '../ruleSet';
import type { Payer } from '../scenario';

export const PAYER_LABEL: Record<Payer, Text> = {
  city: { zh: '市级财政', en: 'city finance' },
  district: { zh: '区（县）级财政', en: 'district finance' },
  street: { zh: '街道财政', en: 'street finance' },
};

export const ITEM_LABEL: Record<CostItem, Text> = {
  staffPay: { zh: '专职工作者报酬', en: 'worker pay' },
  workerSubsidy: { zh: '人员补贴', en: 'per-worker subsidy' },
  workingFunds: { zh: '社区工作经费', en: 'community working funds' },
  householdFunds: { zh: '按户社区服务经费', en: 'per-household funds' },
  newHouseholdFunds: { zh: '新增户管理服务经费', en: 'new-household funds' },
  reward: { zh: '以奖代补奖励', en: 'one-off reward' },
  building: { zh: '用房建设投资', en: 'building investment' },
  facility: { zh: '生活圈设施建设和运营', en: 'life-circle facilities' },
};

export const SERIES_LABEL: Partial<Record<SeriesName, Text>> = {
  households: { zh: '户数', en: 'households' },
  newHouseholds: { zh: '新增户数', en: 'new households' },
  staffRequired: { zh: '应配专职工作者', en: 'workers required' },
  inPost: { zh: '在岗专职工作者', en: 'workers in post' },
  spaceRequired: { zh: '应达用房面积', en: 'floor space required' },
  space: { zh: '现有用房面积', en: 'floor space in use' },
};
