/**
 * The uncertain inputs a scenario may name: a key for each (the same input twice would be drawn twice
 * and applied twice), the values a draw may take, its neutral value and its label.
 */
import type { Text } from '../ruleSet';
import type { Payer, UncertainInput, UncertainWhat } from '../scenario';

export interface InputSpec {
  /** the values a draw may take; a draw outside them (the tail of an unbounded normal) is clamped */
  range: [number, number];
  /** the value that leaves the scenario as it is */
  neutral: number;
  /** whole numbers only */
  whole: boolean;
  label: Text;
  unit: Text;
}

export const INPUT_SPECS: Record<UncertainWhat, InputSpec> = {
  // Estimate: ten points a year faster or slower than the communities' own rates is beyond any city's swing.
  householdGrowth: {
    range: [-0.1, 0.1],
    neutral: 0,
    whole: false,
    label: { zh: '户数增长率偏差', en: 'household growth shift' },
    unit: { zh: '百分点/年', en: 'points a year' },
  },
  // Estimate: as for household growth.
  wageGrowth: {
    range: [-0.1, 0.1],
    neutral: 0,
    whole: false,
    label: { zh: '工资增长率偏差', en: 'wage growth shift' },
    unit: { zh: '百分点/年', en: 'points a year' },
  },
  // Estimate: a budget may be cut to nothing or trebled, not more.
  budget: {
    range: [0, 3],
    neutral: 1,
    whole: false,
    label: { zh: '预算执行系数', en: 'budget multiplier' },
    unit: { zh: '倍', en: '×' },
  },
  // Estimate: five years late is a stalled project, which a plan should name, not draw.
  buildingDelay: {
    range: [0, 5],
    neutral: 0,
    whole: true,
    label: { zh: '建设延期', en: 'building delay' },
    unit: { zh: '年', en: 'years' },
  },
  // A share of the planned recruitment filled: no more than all of it.
  hiringSuccess: {
    range: [0, 1],
    neutral: 1,
    whole: false,
    label: { zh: '招聘完成率', en: 'hiring success' },
    unit: { zh: '比例', en: 'share' },
  },
};

const PAYER_TEXT: Record<Payer, Text> = {
  city: { zh: '市级财政', en: 'city' },
  district: { zh: '区（县）级财政', en: 'district' },
  street: { zh: '街道财政', en: 'street' },
};

/** "householdGrowth", "budget.district": one key per thing perturbed. */
export function inputKey(input: UncertainInput): string {
  return input.what === 'budget' ? `budget.${input.payer}` : input.what;
}

export function inputLabel(input: UncertainInput): Text {
  const spec = INPUT_SPECS[input.what];
  if (input.what !== 'budget') return spec.label;
  const p = PAYER_TEXT[input.payer];
  return { zh: `${p.zh}${spec.label.zh}`, en: `${p.en} ${spec.label.en}` };
}
