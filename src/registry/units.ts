/**
 * Units of measure. Money is kept in yuan everywhere and shown in 万元 (DESIGN.md, convention 3);
 * this file is the one place that knows how many yuan a 万 is and how finely 万元 are shown.
 */
import type { Name } from './text';

export const YUAN_PER_WAN = 10_000;

export function yuanToWan(yuan: number): number {
  return yuan / YUAN_PER_WAN;
}

export function wanToYuan(wan: number): number {
  return wan * YUAN_PER_WAN;
}

/**
 * Decimal places for an amount in 万元: whole 万 from 100 up (a district budget of 45,020.35 万元
 * reads "45,020"), two places down to 0.01 万 (100 yuan), four below that so that an amount of one
 * yuan does not read as 0.
 */
export function wanDecimals(wan: number): number {
  const size = Math.abs(wan);
  return size >= 100 ? 0 : size >= 0.01 || size === 0 ? 2 : 4;
}

/** Units that figures carry between the engine and the screen. */
export type Unit =
  | 'yuan'
  | 'yuanPerPerson'
  | 'yuanPerHousehold'
  | 'yuanPerM2'
  | 'm2'
  | 'm2Per100Households'
  | 'person'
  | 'household'
  | 'community'
  | 'share'
  | 'year'
  | 'count'
  | 'metre'
  | 'minute'
  | 'metrePerMinute'
  /** a pure number that scales another, such as a walk's detour factor */
  | 'factor';

export const UNIT_NAME: Record<Unit, Name> = {
  yuan: { zh: '元', en: 'yuan' },
  yuanPerPerson: { zh: '元/人', en: 'yuan per person' },
  yuanPerHousehold: { zh: '元/户', en: 'yuan per household' },
  yuanPerM2: { zh: '元/平方米', en: 'yuan per m²' },
  m2: { zh: '平方米', en: 'm²' },
  m2Per100Households: { zh: '平方米/百户', en: 'm² per 100 households' },
  person: { zh: '人', en: 'people' },
  household: { zh: '户', en: 'households' },
  community: { zh: '个', en: 'communities' },
  share: { zh: '%', en: '%' },
  year: { zh: '年', en: 'years' },
  count: { zh: '个', en: '' },
  metre: { zh: '米', en: 'm' },
  minute: { zh: '分钟', en: 'minutes' },
  metrePerMinute: { zh: '米/分钟', en: 'm per minute' },
  factor: { zh: '', en: '' },
};

/** 万元, the display unit of money. */
export const WAN_NAME: Name = { zh: '万元', en: '10,000 yuan' };
