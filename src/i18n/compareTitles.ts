/** A compared scenario's title as a sentence: targets met against the baseline's, and the spending that moved most. */
import type { CompareTitle } from '../engine/compare';
import { wanZh, yuanEn } from '../engine/money';
import { PAYER_NAME, PAYER_SHORT_NAME } from '../registry';
import type { Locale } from './messages';

function zh(t: CompareTitle, span: string): string {
  let head = `${t.name}达成 ${t.of} 个目标中的 ${t.met} 个`;
  if (t.more === undefined) return head;
  head += t.more === 0 ? '，与基准相同' : t.more > 0 ? `，比基准多 ${t.more} 个` : `，比基准少 ${-t.more} 个`;
  const s = t.spending;
  const money = s ? `${span} 年${PAYER_NAME[s.payer].zh}${s.delta > 0 ? '多' : '少'}支出 ${wanZh(s.delta)}` : `${span} 年各级财政支出与基准相当`;
  return `${head}；${money}`;
}

function en(t: CompareTitle, span: string): string {
  let head = `"${t.name}" meets ${t.met} of ${t.of} targets`;
  if (t.more === undefined) return head;
  head += t.more === 0 ? ', as many as the baseline' : `, ${Math.abs(t.more)} ${t.more > 0 ? 'more' : 'fewer'} than the baseline`;
  const s = t.spending;
  const money = s
    ? `it ${s.delta > 0 ? 'costs' : 'saves'} the ${PAYER_SHORT_NAME[s.payer].en} ${yuanEn(s.delta)} ${s.delta > 0 ? 'more ' : ''}over ${span}`
    : `it spends about the same as the baseline over ${span}`;
  return `${head}; ${money}`;
}

export function compareTitle(t: CompareTitle, locale: Locale): string {
  const span = t.span[0] === t.span[1] ? `${t.span[0]}` : `${t.span[0]}–${t.span[1]}`;
  return locale === 'en' ? en(t, span) : zh(t, span);
}
