/**
 * A path in a scenario (`plan.hiring.capacityPerYear`, `plan.budgets.district["2026"]`,
 * `city.districts[0].streets[2].communities[5].households`) in words for the screen: the lever
 * vocabulary's names where it has one (src/engine/levers, src/i18n/levers.ts), else the field's own
 * label from the schema's bilingual description, each list item by its name (or its place in the
 * list), years and dates as such, parameters by their label, payers and cost items by their names.
 * No path reaches the screen: the red banner, import problems, the comparison and the command line
 * all name a field through here.
 */
import { fieldOfKeys, paramLabel } from '../engine/levers';
import { isParamKey } from '../engine/params';
import type { Scenario } from '../engine/scenario';
import { FIELD_WORDS } from '../i18n/fieldWords';
import { fieldName } from '../i18n/levers';
import { COST_ITEM_NAME, PAYER_NAME, type Name } from '../registry';
import { labelOf, unwrap } from './schemaLabel';
import { scenarioSchema } from './scenarioSchema';
import { z } from './strictCsp';

type AnySchema = z.core.$ZodType;
type Key = string | number;

const TOKEN = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** `a.b[2]["c.d"]` (src/io/validationError.ts formatPath) → ['a', 'b', 2, 'c.d']; null when it does not read. */
export function pathKeys(path: string): Key[] | null {
  const keys: Key[] = [];
  let rest = path;
  while (rest.length > 0) {
    const m = TOKEN.exec(rest);
    if (!m) return null;
    keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string)));
    rest = rest.slice(m[0].length);
  }
  return keys;
}

function childOf(schema: AnySchema | undefined, key: Key): AnySchema | undefined {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return (s.shape as Record<string, AnySchema>)[String(key)];
  if (s instanceof z.ZodArray) return s.element as AnySchema;
  if (s instanceof z.ZodTuple) return (s._zod.def.items as AnySchema[])[Number(key)] ?? (s._zod.def.items as AnySchema[])[0];
  if (s instanceof z.ZodRecord) return s.valueType as AnySchema;
  if (s instanceof z.ZodUnion) for (const o of s.options as AnySchema[]) { const c = childOf(o, key); if (c) return c; }
  return undefined;
}

/** A text in both languages, { zh, en }: its halves are named by their language. */
function isBilingual(schema: AnySchema | undefined): boolean {
  const s = unwrap(schema);
  return s instanceof z.ZodObject && Object.keys(s.shape).sort().join() === 'en,zh';
}

/** A record (keys chosen by the file: years, parameters, payers, ids), as opposed to an object with fixed fields. */
function isRecord(schema: AnySchema | undefined): boolean {
  const s = unwrap(schema);
  if (s instanceof z.ZodRecord) return true;
  return s instanceof z.ZodUnion && (s.options as AnySchema[]).some((o) => isRecord(o));
}

const YEAR = /^\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A key the file chose, in words: a year, a date, a parameter, a payer, a cost item, a district. */
function keyWords(key: string, scenario: Scenario | undefined): Name {
  if (YEAR.test(key)) return FIELD_WORDS.year(key);
  if (DATE.test(key)) return FIELD_WORDS.fromDate(key);
  if (isParamKey(key)) return paramLabel(key, scenario ? [scenario] : []) ?? FIELD_WORDS.key(key);
  if (key in PAYER_NAME) return PAYER_NAME[key as keyof typeof PAYER_NAME];
  if (key in COST_ITEM_NAME) return COST_ITEM_NAME[key as keyof typeof COST_ITEM_NAME];
  const district = scenario?.city.districts.find((d) => d.id === key);
  return district ? FIELD_WORDS.named({ zh: '区（县）', en: 'district' }, district.name) : FIELD_WORDS.key(key);
}

/** How a list item is known to a reader: its name, label or id. */
function itemName(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  for (const k of ['name', 'label', 'id']) if (typeof v[k] === 'string' && v[k] !== '') return v[k] as string;
  return null;
}

const at = (value: unknown, key: Key): unknown => (value !== null && typeof value === 'object' ? (value as Record<Key, unknown>)[key] : undefined);

function vocabulary(keys: readonly Key[], scenario: Scenario | undefined): Name | null {
  if (!keys.every((k): k is string => typeof k === 'string')) return null;
  const field = fieldOfKeys(keys, scenario ? [scenario] : []);
  return field ? { zh: fieldName(field, 'zh-CN'), en: fieldName(field, 'en') } : null;
}

/** What a path names, in both languages; the scenario, where given, lends list items their names. */
export function pathWords(path: string, scenario?: Scenario): Name {
  if (path === '') return FIELD_WORDS.wholeFile;
  const keys = pathKeys(path);
  if (!keys || keys.length === 0) return FIELD_WORDS.somewhere;
  const known = vocabulary(keys, scenario);
  if (known) return known;
  const parts: Name[] = [];
  let schema: AnySchema | undefined = scenarioSchema;
  let value: unknown = scenario;
  keys.forEach((key, i) => {
    const parent = schema;
    schema = childOf(parent, key);
    value = at(value, key);
    const last = i === keys.length - 1;
    if (typeof key === 'number' && unwrap(parent) instanceof z.ZodTuple) {
      const end = keys[i - 1] === 'range' ? FIELD_WORDS.rangeEnd[key] : undefined;
      parts.push(end ?? labelOf(schema) ?? FIELD_WORDS.tupleItem(key));
    } else if ((key === 'zh' || key === 'en') && isBilingual(parent)) parts.push(FIELD_WORDS.language[key]);
    else if (typeof key === 'number') {
      const item = labelOf(schema) ?? labelOf(parent) ?? FIELD_WORDS.somewhere;
      const name = itemName(value);
      parts.push(name ? FIELD_WORDS.named(item, name) : FIELD_WORDS.nth(item, key));
    } else if (isRecord(parent) || isParamKey(key)) parts.push(keyWords(key, scenario));
    // A section (市, 实施方案) or a list is said by its items; a field, or an object inside an item, by its label.
    else if (last || (i > 0 && !(unwrap(schema) instanceof z.ZodArray) && !isRecord(schema))) {
      const label = labelOf(schema);
      if (label) parts.push(label);
      else if (last) parts.push(FIELD_WORDS.key(key));
    }
  });
  return FIELD_WORDS.joined(parts);
}
