/**
 * A horizon as people say it: "2026–2030", and when it is exactly one national five-year plan, its
 * name too ("十五五", "15th Five-Year Plan").
 */
import type { Horizon } from '../../engine/scenario';
import { LIBRARY } from '../../i18n/library';
import type { Locale } from '../../i18n/messages';

/**
 * The number of the national five-year plan covering exactly these years, or null. The 1st and 2nd
 * plans ran 1953–1957 and 1958–1962; after three years of readjustment (1963–1965) the 3rd began in
 * 1966 and every plan since has followed the last without a gap (15th: 1966 + 12 × 5 = 2026).
 */
export function fiveYearPlanNumber(firstYear: number, lastYear: number): number | null {
  if (lastYear - firstYear !== 4) return null;
  if (firstYear === 1953) return 1;
  if (firstYear === 1958) return 2;
  if (firstYear < 1966 || (firstYear - 1966) % 5 !== 0) return null;
  return 3 + (firstYear - 1966) / 5;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals as used in plan names: 十五, 二十一. */
export function zhNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[ones]}`;
}

/** 1st, 2nd, 3rd, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The years, and the plan's name when the horizon is one ("2026–2030", "十五五"). */
export function horizonParts(horizon: Horizon, locale: Locale): { years: string; plan: string | null } {
  const { firstYear, lastYear } = horizon;
  const years = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  const plan = fiveYearPlanNumber(firstYear, lastYear);
  if (plan === null) return { years, plan: null };
  return { years, plan: LIBRARY[locale].fiveYearPlan(locale === 'en' ? ordinal(plan) : zhNumeral(plan)) };
}

/** On one line: "2026–2030（十五五）", "2026–2030 (15th Five-Year Plan)". */
export function horizonLabel(horizon: Horizon, locale: Locale): string {
  const { years, plan } = horizonParts(horizon, locale);
  return plan === null ? years : LIBRARY[locale].horizonWithPlan(years, plan);
}
