/** A service circle (CASES-wuhai) as readers see it: its walk and its facility types, in either language. */
import { FACILITY_TYPE_NAME } from '../registry';
import type { FacilityType } from '../registry/facilityTypes';
import type { Locale } from './messages';

export interface CircleNaming {
  id: string;
  minutes: number;
  types: readonly FacilityType[];
}

/** "10分钟服务圈（WH10）" / "10-minute service circle (WH10)" */
export function circleName(c: CircleNaming, locale: Locale): string {
  return locale === 'en' ? `${c.minutes}-minute service circle (${c.id})` : `${c.minutes}分钟服务圈（${c.id}）`;
}

/** The circle's facility types, joined as a list. */
export function circleTypes(c: CircleNaming, locale: Locale): string {
  return locale === 'en' ? c.types.map((t) => FACILITY_TYPE_NAME[t].en).join(', ') : c.types.map((t) => FACILITY_TYPE_NAME[t].zh).join('、');
}
