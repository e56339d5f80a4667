/**
 * What a number box says when it turns typing down: the field's own label, what was typed, and the
 * range it allows in the unit the box shows (0% to 100% for a share, 万元 for money), never the
 * stored fraction or yuan.
 */
import type { Locale } from './messages';
import { zhJoin } from './validation';

export interface ShownRange {
  /** bounds in the shown unit; ±Infinity where there is none */
  min: number;
  max: number;
  int: boolean;
}

/** Typing a box turned down: the text, and the number it read where it read one (in the shown unit). */
export interface Rejection {
  raw: string;
  shown: number | null;
  range: ShownRange;
}

const fmt = (x: number, locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(x);

/** "0 到 1,000,000 之间的整数（人/年）", "a number from −50% to 100%"; unit is the shown unit's name in the locale, '' for none. */
export function rangeText(r: ShownRange, unit: string, locale: Locale): string {
  const en = locale === 'en';
  const per = unit === '%';
  const f = (x: number) => (per ? `${fmt(x, locale)}%` : fmt(x, locale));
  const noun = r.int ? (en ? 'a whole number' : '整数') : en ? 'a number' : '数';
  const lo = Number.isFinite(r.min);
  const hi = Number.isFinite(r.max);
  const text = en
    ? lo && hi
      ? `${noun} from ${f(r.min)} to ${f(r.max)}`
      : lo
        ? `${noun} of at least ${f(r.min)}`
        : hi
          ? `${noun} of at most ${f(r.max)}`
          : noun
    : lo && hi
      ? `${f(r.min)} 到 ${f(r.max)} 之间的${noun}`
      : lo
        ? `不小于 ${f(r.min)} 的${noun}`
        : hi
          ? `不大于 ${f(r.max)} 的${noun}`
          : noun;
  if (unit === '' || per) return text;
  return en ? `${text} (${unit})` : `${text}（${unit}）`;
}

/** "每年招聘能力：“1,0” 不是数字，应为 0 到 1,000,000 之间的整数（人/年）". */
export function rejectionText(r: Rejection, label: string, unit: string, locale: Locale): string {
  const allowed = rangeText(r.range, unit, locale);
  const typed = r.raw.trim();
  if (locale === 'en') {
    return r.shown === null
      ? `${label}: “${typed}” is not a number; expected ${allowed} (thousands separators, full-width digits${unit === '%' ? ' and %' : ' and 万'} are fine)`
      : `${label}: ${typed} is not allowed; expected ${allowed}`;
  }
  return r.shown === null
    ? zhJoin(`${label}：“${typed}”不是数字，应为`, allowed, `；可写千位分隔符、全角数字${unit === '%' ? '和 %' : '和“万”'}`)
    : zhJoin(`${label}：`, typed, '不在允许范围内，应为', allowed);
}
