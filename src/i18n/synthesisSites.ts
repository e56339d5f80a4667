/** Sentences about the facility sites a synthesized plan opens, year by year. */
import type { SiteYear } from '../engine';
import { FACILITY_TYPE_NAME } from '../registry/facilityTypes';
import { formatWan, formatWhole } from './format';
import type { Locale } from './messages';

/** "2030年新开设施 648 处（便民市场 130、…），投资 X 万元" */
export function siteYearSentence(s: SiteYear, locale: Locale): string {
  const en = locale === 'en';
  const types = s.types.map((t) => `${FACILITY_TYPE_NAME[t.type][en ? 'en' : 'zh']} ${formatWhole(t.count, locale)}`).join(en ? ', ' : '、');
  const capital = formatWan(s.capital, locale);
  return en
    ? `${s.year}: ${formatWhole(s.count, locale)} facilities open (${types}), ${capital} to build`
    : `${s.year}年新开设施 ${formatWhole(s.count, locale)} 处（${types}），投资 ${capital}`;
}

/** Said when a coverage target is left unmet for want of the site lever. */
export const SITES_HINT = {
  'zh-CN': '设施选址未作为调节参数：加上 --sites 可让方案选择新设施的位置和开业年份。',
  en: 'Facility sites are not a lever here: add --sites to let the plan choose where and when new facilities open.',
} satisfies Record<Locale, string>;
