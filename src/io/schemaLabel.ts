/** A schema field's name for the screen, read from its bilingual description. */
import type { Name } from '../registry';
import { z } from './strictCsp';

type AnySchema = z.core.$ZodType;

export function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s._zod.def.innerType as AnySchema;
  return s;
}

/** Text up to its first separator outside brackets, without a long bracketed note ("（NJ2007-17 以上年度水平为报酬目标）"). */
function firstClause(text: string, separators: readonly string[]): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（' || c === '[') depth++;
    else if (c === ')' || c === '）' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.some((s) => text.startsWith(s, i))) return text.slice(0, i);
  }
  return text;
}

const LONG_NOTE = /\s*(（[^（）]{13,}）|\([^()]{16,}\)|\[[^\]]*\])/g;

/** The field's name from its description "中文说明 / English", cut at the first clause: "户数年增长率，如 0.02 / annual household growth rate, e.g. 0.02" → 户数年增长率 / annual household growth rate. */
export function labelOf(schema: AnySchema | undefined): Name | null {
  const text = schema && ((schema as { description?: string }).description ?? (unwrap(schema) as { description?: string }).description);
  if (!text) return null;
  // The English half starts after the first " / " followed by Latin text ("户数 / 套数" inside the Chinese half is not it).
  const cut = text.search(/ \/ (?=[A-Za-z'"‘“(])/);
  if (cut < 0) return null;
  const zh = firstClause(text.slice(0, cut), ['：', '，', '；']).replace(LONG_NOTE, '').trim();
  const en = firstClause(text.slice(cut + 3), [': ', '; ', ', ', ' / ']).replace(LONG_NOTE, '').trim();
  return zh && en ? { zh, en } : null;
}
