/**
 * What a field accepts, read off its zod schema, so every message can say what is allowed without a
 * hand-written table that would drift from the schema.
 */
import { z } from './strictCsp';
import { ALLOWED } from '../i18n/validation';
import type { Name } from '../registry';
import { isPercentSchema } from './schemaFields';
import { labelOf } from './schemaLabel';
import { describeValue, listOf } from './validationError';

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

function fmtPlain(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** A fraction shown in % (schemaFields: share, growth) reads in %: 0.29 → "29%". */
function fmtPercent(n: number): string {
  return `${fmtPlain(n * 100)}%`;
}

function describeNumber(schema: z.ZodNumber): Name {
  const fmt = isPercentSchema(schema) ? fmtPercent : fmtPlain;
  const noun = ALLOWED.number(schema.isInt);
  const bound = (v: number | null) => (v === null || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? null : v);
  const lo = bound(schema.minValue);
  const hi = bound(schema.maxValue);
  const exclusiveLo = (schema._zod.def.checks ?? []).some((c) => {
    const def = c._zod.def as { check?: string; inclusive?: boolean };
    return def.check === 'greater_than' && def.inclusive === false;
  });
  if (lo !== null && hi !== null) return ALLOWED.between(fmt(lo), fmt(hi), noun);
  if (lo !== null) return exclusiveLo ? ALLOWED.above(fmt(lo), noun) : ALLOWED.atLeast(fmt(lo), noun);
  if (hi !== null) return ALLOWED.atMost(fmt(hi), noun);
  return noun;
}

/** The value found, as the field shows it: a fraction shown in % as "150%". */
export function describeFound(schema: AnySchema | undefined, value: unknown): Name {
  const s = schema && unwrap(schema);
  if (s && typeof value === 'number' && isPercentSchema(s)) return describeValue(`${fmtPercent(value)}`, false);
  return describeValue(value);
}

export function describeAllowed(schema: AnySchema): Name {
  const s = unwrap(schema);
  if (s instanceof z.ZodNumber) return describeNumber(s);
  if (s instanceof z.ZodString) return ALLOWED.text((s.minLength ?? 0) > 0);
  if (s instanceof z.ZodEnum) return ALLOWED.oneOf(listOf(s.options as string[]));
  if (s instanceof z.ZodLiteral) {
    const values = [...s.values].map((v) => (typeof v === 'string' ? v : Number(v)));
    const shown = listOf(values);
    return values.length === 1 ? shown : ALLOWED.oneOf(shown);
  }
  if (s instanceof z.ZodObject) {
    // The required fields by their names on screen, not their keys in the file.
    const required = Object.entries(s.shape as Record<string, AnySchema>)
      .filter(([, v]) => !(v instanceof z.ZodOptional))
      .map(([k, v]) => labelOf(v) ?? { zh: k, en: k });
    return ALLOWED.object(required.length > 0 ? { zh: `（${required.map((n) => n.zh).join('、')}）`, en: ` (${required.map((n) => n.en).join(', ')})` } : { zh: '', en: '' });
  }
  if (s instanceof z.ZodArray) {
    const min = (s._zod.def.checks ?? [])
      .map((c) => c._zod.def as { check?: string; minimum?: number })
      .find((d) => d.check === 'min_length')?.minimum;
    return ALLOWED.list(min);
  }
  // The format's only record is a budget keyed by year.
  if (s instanceof z.ZodRecord) return ALLOWED.byYear;
  if (s instanceof z.ZodUnion) return ALLOWED.either((s.options as readonly AnySchema[]).map(describeAllowed));
  return ALLOWED.valid;
}
