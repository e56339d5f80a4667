/**
 * The one reader of a number typed by a person, used by every number box and by imported cells that
 * hold text: thousands separators (1,000 or 1 000), full-width digits and punctuation (１，２３４．５),
 * a per-cent sign where the field is shown in %, and 万 / 亿 as the powers of ten officials write —
 * except in a field shown in 万元, where 万 is the unit itself ("5万" is 5 万元, "1.2亿" is 12,000 万元).
 */

/** The unit a box shows its number in: per cent, 万元, or anything else (people, m², 元, years). */
export type ShownUnit = 'percent' | 'wan' | 'plain';

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Folds full-width forms (NFKC) and the minus signs a word processor writes; drops spaces of every width. */
function fold(raw: string): string {
  return raw.normalize('NFKC').replace(/[\u2212\u2012\u2013]/g, '-').replace(/[\s\u00a0\u2009\u202f]+/g, '');
}

/** The digits as Number() reads them, or null when a comma is not a thousands separator. */
function digits(text: string): string | null {
  if (text.includes(',') && !GROUPED.test(text)) return null;
  const plain = text.replace(/,/g, '');
  return NUMBER.test(plain) ? plain : null;
}

/** How many of the field's shown unit one 万 or 亿 makes. */
function multiplier(word: string, unit: ShownUnit): number | null {
  if (word === '' || word === '元') return unit === 'wan' && word === '元' ? null : 1;
  if (unit === 'percent') return null;
  if (word === '万' || word === '万元') return unit === 'wan' ? 1 : 1e4;
  if (word === '亿' || word === '亿元') return unit === 'wan' ? 1e4 : 1e8;
  return null;
}

/** The number in the field's shown unit, or null when the text is not one. */
export function readTypedNumber(raw: string, unit: ShownUnit): number | null {
  let text = fold(raw);
  if (text.endsWith('%')) {
    if (unit !== 'percent') return null;
    text = text.slice(0, -1);
  }
  const word = /(万元|亿元|万|亿|元)$/.exec(text)?.[0] ?? '';
  const times = multiplier(word, unit);
  const body = digits(text.slice(0, text.length - word.length));
  if (times === null || body === null) return null;
  const value = Number(body) * times;
  // Twelve significant digits drop the binary dust of the multiplier (1.2 × 10,000 = 12000.000000000002).
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : null;
}

/** The unit a box shows, from the scale it applies to the stored value (100 for a share in %, 1/10,000 for yuan in 万元). */
export function shownUnitOfScale(scale: number | undefined): ShownUnit {
  return scale === 100 ? 'percent' : scale === 1e-4 ? 'wan' : 'plain';
}
