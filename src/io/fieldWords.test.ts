import { describe, expect, it } from 'vitest';
import { demoScenario } from '../fixtures/demo/demoScenario';
import { pathWords } from './fieldWords';
import { scenarioSchema } from './scenarioSchema';
import { z } from './strictCsp';
import { type PathSegment } from './validationError';
import { formatPath } from './formatPath';

type AnySchema = z.core.$ZodType;

/** A key a record of this path holds: a year for budgets and dated values, a date in a rule set's values, a district id in its own values. */
function sampleKey(path: readonly PathSegment[]): string {
  if (path.at(-1) === 'values') return '2028-01-01';
  if (path.at(-2) === 'districtOverrides') return 'D1';
  return '2026';
}

/** Every path the validator can name: each field of each object, list items at index 0, record keys as a file would have them. */
function everyPath(schema: AnySchema, path: PathSegment[], out: PathSegment[][], depth = 0): void {
  if (depth > 14) return;
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s._zod.def.innerType as AnySchema;
  if (path.length > 0) out.push(path);
  if (s instanceof z.ZodObject) for (const [k, v] of Object.entries(s.shape as Record<string, AnySchema>)) everyPath(v, [...path, k], out, depth + 1);
  else if (s instanceof z.ZodArray) everyPath(s.element as AnySchema, [...path, 0], out, depth + 1);
  else if (s instanceof z.ZodTuple) (s._zod.def.items as AnySchema[]).forEach((item, i) => everyPath(item, [...path, i], out, depth + 1));
  else if (s instanceof z.ZodRecord) everyPath(s.valueType as AnySchema, [...path, sampleKey(path)], out, depth + 1);
  else if (s instanceof z.ZodUnion) for (const o of s.options as AnySchema[]) everyPath(o, path, out, depth + 1);
}

const paths = (() => {
  const out: PathSegment[][] = [];
  everyPath(scenarioSchema, [], out);
  const all = out.map((p) => formatPath(p));
  // A comparison names projects and facilities by id (src/engine/fieldDifferences.ts), not by place.
  const byId = out.filter((p) => p[0] === 'plan' && p.includes(0)).map((p) => formatPath(p.map((k) => (k === 0 ? 'P1' : k))));
  return [...new Set([...all, ...byId])];
})();

const CJK = /[\u4e00-\u9fff]/;
// What would give a path away: dotted names, brackets, code identifiers in camelCase.
const LEAK = /[A-Za-z_$][\w$]*\.[A-Za-z_$]|[[\]]|\b[a-z]+[A-Z][A-Za-z]*\b/;

describe('every schema path has words in Chinese and English (issue 12: no internal path on screen)', () => {
  it('walks a schema of the expected size', () => expect(paths.length).toBeGreaterThan(800));

  it.each([demoScenario(), undefined])('with %s scenario at hand', (scenario) => {
    const bad = paths.flatMap((path) => {
      const w = pathWords(path, scenario);
      const wrong = !CJK.test(w.zh) || LEAK.test(w.zh) || w.en.trim() === '' || LEAK.test(w.en) || /[\u4e00-\u9fff]/.test(w.en.replace(/“[^”]*”/g, '').replace(/\b万\b/g, ''));
      return wrong ? [`${path} → ${w.zh} | ${w.en}`] : [];
    });
    expect(bad).toEqual([]);
  });
});

describe('pathWords: the cases seen', () => {
  it.each([
    { path: 'plan.hiring.capacityPerYear', zh: '每年招聘能力', en: 'Hiring capacity per year' },
    { path: 'plan.budgets.district["2026"]', zh: '2026年区（县）级财政预算', en: 'District finance budget 2026' },
    { path: '', zh: '整个场景文件', en: 'The scenario file as a whole' },
  ])('$path', ({ path, zh, en }) => {
    expect(pathWords(path)).toEqual({ zh, en });
  });

  it('a community field names the district, street and community, and the field', () => {
    const s = demoScenario();
    const d = s.city.districts[0];
    const st = d.streets[0];
    const c = st.communities[1];
    expect(pathWords('city.districts[0].streets[0].communities[1].growth', s).zh).toBe(`区（县）「${d.name}」 › 街道（乡镇）「${st.name}」 › 社区「${c.name}」 › 户数年增长率`);
    expect(pathWords('city.districts[0].streets[0].communities[1].growth').zh).toBe('第 1 个区（县） › 第 1 个街道（乡镇） › 第 2 个社区 › 户数年增长率');
  });
});
