/**
 * The values a number field of a scenario allows, from its zod schema (least value, greatest value,
 * whole numbers) and its bound (src/io/fieldBounds.ts), so a box can turn a number down with the same
 * range the validator would, before it reaches the scenario.
 */
import { schemaAt } from './describeAllowed';
import { fieldBound } from './fieldBounds';
import { scenarioSchema } from './scenarioSchema';
import { z } from './strictCsp';
import type { PathSegment } from './validationError';

export interface FieldRange {
  min: number;
  max: number;
  int: boolean;
}

function numberSchema(schema: z.core.$ZodType | undefined): z.ZodNumber | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.core.$ZodType;
  if (s instanceof z.ZodNumber) return s;
  // A rule override is one number or dated numbers: the one number's schema is the option to read.
  if (s instanceof z.ZodUnion) for (const o of s.options as z.core.$ZodType[]) if (o instanceof z.ZodNumber) return o;
  return undefined;
}

const finite = (x: number | null | undefined, fallback: number) => (x === null || x === undefined || Math.abs(x) >= Number.MAX_SAFE_INTEGER ? fallback : x);

export function fieldRange(path: readonly PathSegment[]): FieldRange {
  const bound = fieldBound(path);
  const s = numberSchema(schemaAt(scenarioSchema, path));
  return {
    min: Math.max(bound.min, finite(s?.minValue, -Infinity)),
    max: Math.min(bound.max, finite(s?.maxValue, Infinity)),
    int: s?.isInt ?? false,
  };
}
