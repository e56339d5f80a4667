/**
 * One problem found in a scenario file: where it is and what to do about it, in both languages the
 * app speaks.
 */

export interface ValidationError {
  /** e.g. `city.districts[2].streets[0].communities[5].households`; '' for the file as a whole */
  path: string;
  zh: string;
  en: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Dotted names and [index]; keys that are not plain names (years, parameter keys) go in ["…"] so the path reads back unambiguously. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

/** A value as the user would recognise it in their file, short enough for one line. */
export function describeValue(value: unknown): { zh: string; en: string } {
  if (value === null) return { zh: 'null', en: 'null' };
  if (Array.isArray(value)) {
    return value.length === 0
      ? { zh: '空列表', en: 'an empty list' }
      : { zh: `含 ${value.length} 项的列表`, en: `a list of ${value.length} item${value.length === 1 ? '' : 's'}` };
  }
  switch (typeof value) {
    case 'string': {
      if (value === '') return { zh: '空文本 ""', en: 'empty text ""' };
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return { zh: `文本 ${JSON.stringify(shown)}`, en: `text ${JSON.stringify(shown)}` };
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return { zh: String(value), en: String(value) };
    case 'object':
      return { zh: '对象', en: 'an object' };
    default:
      return { zh: typeof value, en: typeof value };
  }
}

/** Joins a list for a message: 、 in Chinese, commas in English. */
export function listOf(items: readonly (string | number)[], quote = true): { zh: string; en: string } {
  const shown = items.map((s) => (quote && typeof s === 'string' ? JSON.stringify(s) : String(s)));
  return { zh: shown.join('、'), en: shown.join(', ') };
}

const ASCII_EDGE = /[\x21-\x7e]/;

/** Chinese text runs into Latin letters and digits with a space between, as in "不小于 0 的整数". */
export function zhJoin(...parts: string[]): string {
  return parts.reduce((out, part) => {
    const spaced = out !== '' && part !== '' && (ASCII_EDGE.test(out[out.length - 1]) || ASCII_EDGE.test(part[0]));
    const fullWidthEdge = /[，。；：？、（）“”]$/.test(out) || /^[，。；：？、（）“”]/.test(part);
    return spaced && !fullWidthEdge ? `${out} ${part}` : out + part;
  }, '');
}
