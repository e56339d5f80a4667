/**
 * What a field accepts, read off its zod schema, so every message can say what is allowed without a
 * hand-written table that would drift from the schema.
 */
import { z } from 'zod';
import { listOf, zhJoin } from './validationError';

type Text = { zh: string; en: string };
type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as AnySchema) : schema;
}

/** The schema of the value at a path inside root, or undefined when the path leaves the schema. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let here: AnySchema | undefined = root;
  for (const seg of path) {
    if (here === undefined) return undefined;
    here = childOf(unwrap(here), seg);
  }
  return here;
}

function childOf(schema: AnySchema, seg: PropertyKey): AnySchema | undefined {
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, AnySchema>)[String(seg)];
  if (schema instanceof z.ZodArray) return schema.element as AnySchema;
  if (schema instanceof z.ZodRecord) return schema.valueType as AnySchema;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as readonly AnySchema[]) {
      const child = childOf(unwrap(option), seg);
      if (child) return child;
    }
  }
  return undefined;
}

/** Field names an object schema accepts; empty when schema is not an object. */
export function fieldsOf(schema: AnySchema | undefined): string[] {
  const s = schema && unwrap(schema);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function describeNumber(schema: z.ZodNumber): Text {
  const noun = schema.isInt ? { zh: '整数', en: 'a whole number' } : { zh: '数', en: 'a number' };
  const bound = (v: number | null) => (v === null || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? null : v);
  const lo = bound(schema.minValue);
  const hi = bound(schema.maxValue);
  const exclusiveLo = (schema._zod.def.checks ?? []).some((c) => {
    const def = c._zod.def as { check?: string; inclusive?: boolean };
    return def.check === 'greater_than' && def.inclusive === false;
  });
  if (lo !== null && hi !== null) {
    return { zh: `${fmt(lo)} 到 ${fmt(hi)} 之间的${noun.zh}`, en: `${noun.en} from ${fmt(lo)} to ${fmt(hi)}` };
  }
  if (lo !== null) {
    return exclusiveLo
      ? { zh: `大于 ${fmt(lo)} 的${noun.zh}`, en: `${noun.en} > ${fmt(lo)}` }
      : { zh: `不小于 ${fmt(lo)} 的${noun.zh}`, en: `${noun.en} ≥ ${fmt(lo)}` };
  }
  if (hi !== null) return { zh: `不大于 ${fmt(hi)} 的${noun.zh}`, en: `${noun.en} ≤ ${fmt(hi)}` };
  return noun;
}

export function describeAllowed(schema: AnySchema): Text {
  const s = unwrap(schema);
  if (s instanceof z.ZodNumber) return describeNumber(s);
  if (s instanceof z.ZodString) {
    return (s.minLength ?? 0) > 0 ? { zh: '非空文本', en: 'non-empty text' } : { zh: '文本', en: 'text' };
  }
  if (s instanceof z.ZodEnum) {
    const values = listOf(s.options as string[]);
    return { zh: `以下之一：${values.zh}`, en: `one of ${values.en}` };
  }
  if (s instanceof z.ZodLiteral) {
    const values = [...s.values].map((v) => (typeof v === 'string' ? v : Number(v)));
    const shown = listOf(values);
    return values.length === 1 ? { zh: shown.zh, en: shown.en } : { zh: `以下之一：${shown.zh}`, en: `one of ${shown.en}` };
  }
  if (s instanceof z.ZodObject) {
    const required = Object.entries(s.shape as Record<string, AnySchema>)
      .filter(([, v]) => !(v instanceof z.ZodOptional))
      .map(([k]) => k);
    const fields = required.length > 0 ? ` { ${required.join(', ')} }` : '';
    return { zh: `对象${fields}`, en: `an object${fields}` };
  }
  if (s instanceof z.ZodArray) {
    const min = (s._zod.def.checks ?? [])
      .map((c) => c._zod.def as { check?: string; minimum?: number })
      .find((d) => d.check === 'min_length')?.minimum;
    return min ? { zh: `至少含 ${min} 项的列表`, en: `a list of at least ${min} item${min === 1 ? '' : 's'}` } : { zh: '列表', en: 'a list' };
  }
  // The format's only record is a budget keyed by year.
  if (s instanceof z.ZodRecord) return { zh: '以四位数年份为键的对象', en: 'an object keyed by four-digit years' };
  if (s instanceof z.ZodUnion) {
    const parts = (s.options as readonly AnySchema[]).map(describeAllowed);
    const zh = parts.map((p) => p.zh).reduce((a, b) => zhJoin(a, '或', b));
    return { zh, en: parts.map((p) => p.en).join(' or ') };
  }
  return { zh: '有效值', en: 'a valid value' };
}
